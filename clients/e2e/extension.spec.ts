import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, expect, test, type BrowserContext } from "@playwright/test";
import { freePort, screenshotPath, startServer, type RunningServer } from "./support/server";

const incidentPage = `<!doctype html><html><head><title>Grafana — checkout errors</title></head><body>
<nav>Dashboards · Explore · Alerting</nav>
<main><h1>checkout-api logs</h1><pre id="logs">2026-12-01T09:12:02Z ERROR checkout-api upstream payments-db connection refused: dial tcp 10.0.4.12:5432: connect: connection refused
2026-12-01T09:12:03Z ERROR checkout-api upstream payments-db connection refused: dial tcp 10.0.4.12:5432: connect: connection refused</pre></main>
</body></html>`;

let context: BrowserContext;
let server: RunningServer;
let pageServer: Server;
let pageUrl: string;
let extensionId: string;
let profile: string;
let unpacked: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // The built extension, as an engineer loads it unpacked. The copy also holds the test page's origin among its host permissions,
  // standing in for the activeTab grant a person gives by opening the panel on that page (a test cannot click the toolbar).
  unpacked = mkdtempSync(join(tmpdir(), "fm-extension-"));
  cpSync(join(__dirname, "..", "extension", "dist"), unpacked, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(unpacked, "manifest.json"), "utf8"));
  writeFileSync(join(unpacked, "manifest.json"), JSON.stringify({ ...manifest, host_permissions: ["http://127.0.0.1/*"] }));

  const port = await freePort();
  pageServer = createServer((_, response) => response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(incidentPage)).listen(port, "127.0.0.1");
  pageUrl = `http://127.0.0.1:${port}/grafana`;

  profile = mkdtempSync(join(tmpdir(), "fm-profile-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [`--disable-extensions-except=${unpacked}`, `--load-extension=${unpacked}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  extensionId = new URL(worker.url()).host;

  // The server lets this extension's origin in, as docs/CLIENTS.md tells an admin to.
  server = await startServer({ FM_CORS_ORIGINS: `chrome-extension://${extensionId}` });
});

test.afterAll(async () => {
  await context?.close();
  await server?.stop();
  pageServer?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(unpacked, { recursive: true, force: true });
});

test("the side panel runs a case against the server; Capture page and Send selection attach the page to it", async () => {
  // Options: the server URL is saved where the side panel and the context menu read it.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel("Server URL").fill(server.url);
  await options.getByRole("button", { name: "Save" }).click();
  await expect(options.getByRole("status")).toContainText(`chrome-extension://${extensionId}`);
  await options.close();

  const page = await context.newPage();
  await page.goto(pageUrl);

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole("button", { name: "New case" }).click();
  await expect(panel.getByRole("region", { name: "Investigation" })).toBeVisible();

  await page.bringToFront();
  await panel.getByRole("button", { name: "Capture page" }).click();
  // Named after the page, and listed with the page it came from.
  const captured = panel.getByRole("button", { name: "View Grafana - checkout errors.txt" });
  await expect(captured).toBeVisible();
  await expect(panel.getByRole("list", { name: "Uploaded evidence" }).getByRole("link", { name: "Grafana — checkout errors" })).toHaveAttribute("href", pageUrl);
  await panel.screenshot({ path: screenshotPath("extension-side-panel.png") });
  const serious = (await new AxeBuilder({ page: panel }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);

  // The capture holds the page's main content, not its navigation, with its URL and title.
  const caseId = await panel.evaluate(async () => (await chrome.storage.local.get("currentCaseId")).currentCaseId as string);
  const uploads = await (await fetch(`${server.url}/api/v1/cases/${caseId}/data`)).json();
  const upload = uploads.items.find((u: { fileName: string }) => u.fileName === "Grafana - checkout errors.txt");
  expect(upload.sourceUrl).toBe(pageUrl);
  expect(upload.pageTitle).toBe("Grafana — checkout errors");
  const content = await (await fetch(`${server.url}/api/v1/cases/${caseId}/data/${upload.id}/content`)).json();
  expect(content.text).toContain("connection refused");
  expect(content.text).not.toContain("Dashboards");

  // "Send selection to FaultMaven": the context menu's handler, given the selection the menu would pass.
  const selected = await page.evaluate(() => {
    window.getSelection()!.selectAllChildren(document.getElementById("logs")!);
    return window.getSelection()!.toString();
  });
  const worker = context.serviceWorkers()[0]!;
  const sent = await worker.evaluate(
    ([text, url, title]) => (globalThis as unknown as { faultMavenSendSelection: (t: string, u: string, ti: string) => Promise<{ ok: boolean }> }).faultMavenSendSelection(text!, url!, title!),
    [selected, pageUrl, "Grafana — checkout errors"],
  );
  expect(sent.ok).toBe(true);
  const after = await (await fetch(`${server.url}/api/v1/cases/${caseId}/data`)).json();
  expect(after.items.map((u: { fileName: string }) => u.fileName)).toContain("selection from Grafana - checkout errors.txt");

  // The outcome shown on the toolbar button is cleared when the side panel opens again.
  const badgeText = () => worker.evaluate(() => chrome.action.getBadgeText({}));
  expect(await badgeText()).toBe("✓");
  await panel.reload();
  await expect.poll(badgeText).toBe("");
  expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe("Open FaultMaven");

  // And the panel answers over what was captured.
  await panel.getByRole("textbox", { name: "Question" }).fill("why does checkout fail?");
  await panel.getByRole("button", { name: "Ask" }).click();
  await expect(panel.getByRole("article", { name: "Answer", exact: true })).toContainText("connection refused");
});
