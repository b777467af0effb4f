import { expect, test } from "./support/fixtures";

// The API page keeps its own, looser policy (an inline start-up module); it must still run under it, next to the web app.
test("/docs renders the API reference under its CSP", async ({ page }) => {
  await page.goto("/docs/");
  await expect(page.getByRole("heading", { name: "FaultMaven API" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "Sessions" }).first()).toBeVisible();
  await expect(page.getByText("/api/v1/sessions").first()).toBeVisible();
});
