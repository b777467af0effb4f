import { test as base, expect } from "@playwright/test";
import { startOidcIssuer, type OidcIssuer } from "./support/oidcIssuer";
import { startServer, type RunningServer } from "./support/server";

const clientId = "faultmaven-web";
const audience = "api://faultmaven";

// A server that requires credentials and accepts the issuer's tokens, with the web app registered there as a public client.
const test = base.extend<{}, { oidc: { issuer: OidcIssuer; server: RunningServer } }>({
  oidc: [
    async ({}, use) => {
      const issuer = await startOidcIssuer({ clientId, audience, subject: "alice", roles: ["engineer"] });
      const server = await startServer({ FM_AUTH: "required", FM_OIDC_AUTHORITY: issuer.authority, FM_OIDC_AUDIENCE: audience, FM_OIDC_CLIENT_ID: clientId });
      await use({ issuer, server });
      await server.stop();
      await issuer.stop();
    },
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ oidc }, use) => use(oidc.server.url),
});

test("single sign-on: authorization code with PKCE at the issuer, then the API with its access token", async ({ page, oidc }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Sign in with single sign-on" }).click();

  // Back from the issuer: signed in, the code gone from the address bar, and a case can be opened as alice.
  await expect(page.getByRole("button", { name: "New case" })).toBeVisible();
  expect(new URL(page.url()).search).toBe("");
  await page.getByRole("button", { name: "New case" }).click();
  await expect(page.getByRole("region", { name: "Investigation" })).toBeVisible();

  const exchange = oidc.issuer.tokenRequests.at(-1)!;
  expect(exchange.get("grant_type")).toBe("authorization_code");
  expect(exchange.get("code_verifier")!.length).toBeGreaterThanOrEqual(43);
  expect(exchange.get("client_secret")).toBeNull();

  const token = await page.evaluate(() => sessionStorage.getItem("faultmaven.apiKey"));
  const cases = await (await fetch(`${oidc.server.url}/api/v1/cases`, { headers: { Authorization: `Bearer ${token}` } })).json();
  expect(cases.items[0].owner).toBe("oidc:alice");
});

test("a sign-in reply that this tab did not start is refused", async ({ page }) => {
  await page.goto("/sign-in?code=stolen&state=forged");
  await expect(page.getByRole("alert")).toContainText("was not started here");
  await expect(page.getByRole("button", { name: "Sign in with single sign-on" })).toBeVisible();
});
