import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { startServer, type RunningServer } from "./server";

/** `server`: one real `fm serve` per worker (auth off, as on a laptop); `baseURL` points the page at it. */
export const test = base.extend<{ expectAccessible: () => Promise<void> }, { server: RunningServer }>({
  server: [
    async ({}, use) => {
      // The tests open many cases and turns in a minute; the per-client creation budget is not what they test.
      const server = await startServer({ FM_RATE_LIMIT_CREATE_PER_MINUTE: "0" });
      await use(server);
      await server.stop();
    },
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  // Every page runs under the server's CSP; a script, style or request it blocks fails the test that caused it.
  page: async ({ page }, use) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
        violations.push(message.text());
      }
    });
    await use(page);
    expect(violations).toEqual([]);
  },
  expectAccessible: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    });
  },
});

export { expect };
