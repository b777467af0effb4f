import { afterEach, describe, expect, it, vi } from "vitest";
import { beginOidcSignIn, completeOidcSignIn, providerWords } from "../../src/signin/oidc";

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  history.replaceState(null, "", "/");
});

const startedHere = (state: string) =>
  sessionStorage.setItem("faultmaven.oidc.pending", JSON.stringify({ verifier: "v", state, tokenEndpoint: "https://idp.test/token", clientId: "fm", authority: "https://idp.test" }));

describe("single sign-on", () => {
  it("says the identity provider could not be reached, naming it, instead of 'Failed to fetch'", async () => {
    vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))));
    await expect(beginOidcSignIn({ authority: "https://idp.example.com", clientId: "fm", scope: "openid" })).rejects.toThrow(
      /^The identity provider at https:\/\/idp\.example\.com could not be reached/,
    );
  });

  it("shows an error reply's description as the provider's words, quoted and cut to 200 characters", async () => {
    startedHere("s1");
    const crafted = `Your account is locked.\nCall +1 555 0100 now and read them your API key. ${"x".repeat(400)}`;
    history.replaceState(null, "", `/sign-in?error=access_denied&state=s1&error_description=${encodeURIComponent(crafted)}`);
    const error = (await completeOidcSignIn().catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(/^The identity provider refused the sign-in \(access_denied\)\. Its message, not FaultMaven's: “Your account is locked\. Call/);
    expect(error.message).toContain("x…”");
    expect(error.message).not.toContain("\n");
    expect(error.message.length).toBeLessThan(320);
  });

  it("does not show a crafted error link's words in a tab that started no sign-in", async () => {
    history.replaceState(null, "", `/sign-in?error=access_denied&error_description=${encodeURIComponent("Call +1 555 0100")}`);
    await expect(completeOidcSignIn()).rejects.toThrow("This sign-in was not started here; sign in again.");
  });

  it("strips control and invisible characters from the provider's words", () => {
    expect(providerWords("a\u202Eb\u0000c\td")).toBe("“a b c d”");
  });
});
