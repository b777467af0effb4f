import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import { screenshotPath, startServer, type RunningServer } from "./support/server";

const adminKey = `fm_${"e2e".repeat(15)}0123456789`;

// Its own server, with credentials required: the one place the web app must ask for a key.
const test = base.extend<{}, { authServer: RunningServer }>({
  authServer: [
    async ({}, use) => {
      const server = await startServer({ FM_AUTH: "required", FM_BOOTSTRAP_ADMIN_KEY: adminKey });
      await use(server);
      await server.stop();
    },
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ authServer }, use) => use(authServer.url),
});

test("asks for an API key, refuses a wrong one with the server's reason, and signs in with a right one", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("/");
  const form = page.getByRole("form", { name: "Sign in" });
  await expect(form).toBeVisible();
  await page.screenshot({ path: screenshotPath("sign-in.png") });
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);

  await page.getByLabel("API key").fill("fm_not-a-real-key-not-a-real-key-not-a-real-key");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).not.toBeEmpty();

  await page.getByLabel("API key").fill(adminKey);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "New case" })).toBeVisible();
  await page.getByRole("button", { name: "New case" }).click();
  await expect(page.getByRole("region", { name: "Investigation" })).toBeVisible();

  // The key stays in this tab's sessionStorage and never appears in a URL.
  expect(await page.evaluate(() => sessionStorage.getItem("faultmaven.apiKey"))).toBe(adminKey);
  expect(requests.filter((url) => url.includes(adminKey))).toEqual([]);
});

test("a key a header cannot carry is refused with a reason and the tab can still sign in", async ({ page }) => {
  await page.goto("/");
  for (const bad of ["fm_ключ💥", "fm_abc\u200Bdef", "fm_…"]) {
    await page.getByLabel("API key").fill(bad);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("The key contains characters an API key cannot have");
    expect(await page.evaluate(() => sessionStorage.getItem("faultmaven.apiKey"))).toBeNull();
  }
  await page.getByLabel("API key").fill(`  ${adminKey}\n`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("a key revoked mid-session returns the tab to sign-in with the reason", async ({ page, request }) => {
  const admin = { Authorization: `Bearer ${adminKey}` };
  const created = await (await request.post("/api/v1/admin/api-keys", { headers: admin, data: { name: "e2e-revoked", role: "engineer" } })).json();
  await page.goto("/");
  await page.getByLabel("API key").fill(created.key);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("region", { name: "Cases" })).toBeVisible();

  expect((await request.delete(`/api/v1/admin/api-keys/${created.id}`, { headers: admin })).status()).toBe(204);
  // Clicking Cases while on the list reloads it; that call is refused.
  await page.getByRole("link", { name: "Cases" }).click();
  await expect(page.getByRole("alert")).toContainText("Your key was refused");
  await expect(page.getByRole("form", { name: "Sign in" })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem("faultmaven.apiKey"))).toBeNull();
});
