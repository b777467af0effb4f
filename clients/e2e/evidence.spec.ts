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
