import { expect, test } from "./support/fixtures";

test("a page load asks for nothing the server does not have, the favicon included", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) {
      missing.push(response.url());
    }
  });
  await page.goto("/cases");
  await expect(page.getByRole("region", { name: "Cases" })).toBeVisible();
  const icon = await page.request.get(await page.locator("link[rel=icon]").evaluate((link: HTMLLinkElement) => link.href));
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.waitForLoadState("networkidle");
  expect(missing).toEqual([]);
});

test("a case link that is not valid percent-encoding says so instead of a blank page", async ({ page }) => {
  await page.goto("/cases/%E0%A4%A");
  await expect(page.getByRole("alert")).toContainText("There is no case at this address");
  await page.getByRole("link", { name: "Back to cases" }).click();
  await expect(page.getByRole("region", { name: "Cases" })).toBeVisible();
});
