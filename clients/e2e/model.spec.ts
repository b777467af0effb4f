import { join } from "node:path";
import { test as base, expect } from "@playwright/test";
import { startModelServer, type ModelServer } from "./support/modelServer";
import { startServer, type RunningServer } from "./support/server";

// The model's reply in the doctrine's JSON; the person should read its root cause and answer as they are written, never the JSON.
const reply = JSON.stringify({
  root_cause: "checkout-db refuses connections: its pool is exhausted",
  category: "dependency_failure",
  phase: "validation",
  phase_reason: "the log shows the refusals; the database side is unseen",
  hypotheses: [{ statement: "checkout-db's connection pool is exhausted", confidence: 0.7, status: "supported" }],
  evidence_requests: [{ what: "pool usage", why: "confirms exhaustion", how: "psql -c 'select count(*) from pg_stat_activity'" }],
  answer: "## Root cause\n\ncheckout-db refuses connections.\n\n## Next steps\n\nCheck the pool.",
});

const test = base.extend<{}, { model: { llm: ModelServer; server: RunningServer } }>({
  model: [
    async ({}, use) => {
      const llm = await startModelServer(reply, reply.indexOf("## Next steps"));
      const server = await startServer({ FM_OPENAI_API_KEY: "sk-e2e", FM_OPENAI_URL: llm.url, FM_OPENAI_MODEL: "e2e-model", FM_LLM_CACHE: "off", FM_RATE_LIMIT_CREATE_PER_MINUTE: "0" });
      await use({ llm, server });
      await server.stop();
      await llm.stop();
    },
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ model }, use) => use(model.server.url),
});

test("a model's answer is shown as it is written, then replaced by the checked answer", async ({ page, model }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "New case" }).click();
  await expect(page).toHaveURL(/\/cases\/case_/);
  await page.getByLabel("Evidence", { exact: true }).setInputFiles(join(__dirname, "fixtures", "checkout.log"));
  await expect(page.getByRole("button", { name: "View checkout.log" })).toBeVisible();

  await page.getByRole("textbox", { name: "Question" }).fill("why does checkout fail?");
  await page.getByRole("button", { name: "Ask" }).click();

  // The model has written half its reply and stopped: the page shows that half, as prose, while the turn is still busy.
  const answer = page.getByRole("article", { name: "Answer", exact: true });
  await expect(answer).toContainText("Root cause: checkout-db refuses connections: its pool is exhausted");
  await expect(answer).toContainText("checkout-db refuses connections.");
  await expect(answer).toHaveAttribute("aria-busy", "true");
  await expect(answer).not.toContainText("Next steps");
  await expect(answer).not.toContainText("hypotheses");
  expect(model.llm.requests.at(-1)?.stream).toBe(true);

  model.llm.release();
  await expect(answer).toContainText("Next steps");
  await expect(answer).not.toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("region", { name: "Investigation" }).getByRole("listitem", { name: "Hypothesis h1" })).toContainText("pool is exhausted");
  await expect(page.getByRole("region", { name: "Model usage" })).toContainText("(1 by a model)");
});
