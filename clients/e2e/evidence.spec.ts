import { expect, test } from "./support/fixtures";

test.beforeEach(async ({ page, request }) => {
  const created = await (await request.post("/api/v1/cases", { data: { title: "evidence intake" } })).json();
  await page.goto(`/cases/${created.id}`);
});

test("evidence arrives by paste and by drag-and-drop", async ({ page }) => {
  const dropZone = page.getByRole("group", { name: /Attach evidence/ });

  await dropZone.evaluate((zone) => {
    const data = new DataTransfer();
    data.setData("text/plain", "2026-12-01T09:12:02Z ERROR api upstream redis timeout after 5000 ms");
    zone.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole("button", { name: /^View pasted-.*\.txt$/ })).toBeVisible();

  await dropZone.evaluate((zone) => {
    const data = new DataTransfer();
    data.items.add(new File(["2026-12-01T09:12:05Z ERROR worker OOMKilled\n"], "dropped.log", { type: "text/plain" }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole("button", { name: "View dropped.log" })).toBeVisible();
});

test("a slow upload shows its progress as it is sent", async ({ page }) => {
  // The upload is throttled to 256 KB/s, so a 768 KB log takes about three seconds to send.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 256 * 1024 });
  const line = "2026-12-01T09:12:02Z INFO checkout-api request handled path=/api/cart status=200 duration_ms=21\n";
  await page.getByLabel("Evidence", { exact: true }).setInputFiles({ name: "big.log", mimeType: "text/plain", buffer: Buffer.from(line.repeat(Math.ceil((768 * 1024) / line.length))) });

  const progress = page.getByRole("progressbar", { name: "Uploading big.log" });
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute("value")), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(page.getByRole("button", { name: "View big.log" })).toBeVisible({ timeout: 30_000 });
  await expect(progress).toHaveCount(0);
});

test("a large upload opens at once, a window of its lines at a time", async ({ page }) => {
  const caseId = page.url().split("/cases/")[1]!;
  const lines = Array.from({ length: 60_000 }, (_, i) => `2026-12-01T09:${String(Math.floor(i / 1000) % 60).padStart(2, "0")}:00Z INFO request ${i + 1} served in ${i % 97} ms`);
  const uploaded = await page.request.post(`/api/v1/cases/${caseId}/data?filename=big.log`, { data: lines.join("\n") + "\n", headers: { "Content-Type": "text/plain" } });
  expect(uploaded.ok()).toBe(true);
  await page.reload();

  await page.getByRole("button", { name: "View big.log" }).click();
  const dialog = page.getByRole("dialog", { name: "Cited evidence" });
  const text = dialog.getByRole("list", { name: "Evidence text" });
  await expect(text.getByRole("listitem")).toHaveCount(1000);
  await expect(text.getByRole("listitem").last()).toContainText("request 1000 served");
  await dialog.getByRole("button", { name: "Show later lines (59000 more)" }).click();
  await expect(text.getByRole("listitem")).toHaveCount(2000);
  await expect(text.getByRole("listitem").last()).toContainText("request 2000 served");
});
