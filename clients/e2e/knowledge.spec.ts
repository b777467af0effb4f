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

test("a runbook the answer cites opens at the cited chunk, highlighted", async ({ page, request }) => {
  // The server is shared by the test files: a postmortem another test saved would be cited instead of the runbook.
  const documents = await (await request.get("/api/v1/knowledge/documents?limit=200")).json();
  for (const document of documents.items as { id: string }[]) {
    await request.delete(`/api/v1/knowledge/documents/${encodeURIComponent(document.id)}`);
  }
  await page.goto("/knowledge");
  await page.getByLabel("Documents to import").setInputFiles(join(__dirname, "fixtures", "runbook-payments-db.md"));
  await expect(page.getByRole("status").filter({ hasText: "Imported: Payments database connection refused" })).toBeVisible();

  await page.getByRole("link", { name: "Cases" }).click();
  await page.getByRole("button", { name: "New case" }).click();
  await page.getByLabel("Evidence", { exact: true }).setInputFiles(join(__dirname, "fixtures", "checkout.log"));
  await expect(page.getByRole("button", { name: "View checkout.log" })).toBeVisible();
  await page.getByRole("textbox", { name: "Question" }).fill("why does checkout fail with connection refused to payments-db?");
  await page.getByRole("button", { name: "Ask" }).click();
  const answer = page.getByRole("article", { name: "Answer", exact: true });
  await expect(answer).not.toHaveAttribute("aria-busy", "true");

  const citation = answer.getByRole("button", { name: /^Open knowledge / }).first();
  const label = (await citation.getAttribute("aria-label"))!;
  const [documentId, index] = label.replace("Open knowledge ", "").split("#");
  const chunk = await (await request.get(`/api/v1/knowledge/documents/${documentId}/chunks/${index}`)).json();
  await citation.click();

  const dialog = page.getByRole("dialog", { name: "Cited evidence" });
  await expect(dialog.getByRole("heading")).toContainText("Payments database connection refused");
  const cited = dialog.locator("li[data-cited]");
  await expect(cited).toHaveCount(chunk.lastLine - chunk.firstLine + 1);
  await expect(cited.first()).toBeInViewport();
  // The lines highlighted are the chunk's: the first is the line its text starts on.
  const lines = dialog.getByRole("list", { name: "Evidence text" }).getByRole("listitem");
  await expect(lines.nth(chunk.firstLine - 1)).toHaveAttribute("data-cited", "true");
  if (chunk.firstLine > 1) {
    await expect(lines.nth(chunk.firstLine - 2)).not.toHaveAttribute("data-cited", "true");
  }
});
