import { defineConfig } from "@playwright/test";

// Debian's chromium, not a Playwright download (none is reachable here): CHROMIUM overrides the path.
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Each test file starts its own real server; one worker keeps the shared 2-core machine calm.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    headless: true,
    launchOptions: { executablePath },
    trace: "off",
    screenshot: "only-on-failure",
  },
});
