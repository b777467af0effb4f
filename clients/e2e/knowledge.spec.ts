import { join } from "node:path";
import { expect, test } from "./support/fixtures";
import { screenshotPath } from "./support/server";

test("import a runbook with progress, find it with highlighted words, delete it", async ({ page, expectAccessible }) => {
  await page.goto("/knowledge");
  await page.getByLabel("Documents to import").setInputFiles(join(__dirname, "fixtures", "runbook-payments-db.md"));
  await expect(page.getByRole("status").filter({ hasText: "Imported: Payments database connection refused" })).toBeVisible();
  const documents = page.getByRole("region", { name: "Documents", exact: true });
  await expect(documents).toContainText("Payments database connection refused");
  await expect(documents).toContainText("imported by local");

  await page.getByRole("searchbox", { name: "Search knowledge" }).fill("payments-db connection refused");
  await page.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results).toContainText("Payments database connection refused");
  await expect(results.locator("mark").first()).toHaveText(/payments|connection|refused/i);
  await expectAccessible();
  await page.screenshot({ path: screenshotPath("knowledge.png") });

  await documents.getByRole("button", { name: "Delete Payments database connection refused" }).click();
  await documents.getByRole("button", { name: "Confirm delete Payments database connection refused" }).click();
  await expect(documents).not.toContainText("Payments database connection refused");
});
