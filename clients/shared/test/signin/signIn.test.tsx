import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFaultMaven } from "../../src/api/client";
import { memoryCredentialStore } from "../../src/auth/credentials";
import { FaultMavenApp } from "../../src/app/FaultMavenApp";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

/** A server that requires credentials: `answer` sees each request's path and bearer key. */
function serve(answer: (path: string, key: string | null) => Response) {
  const seen: { path: string; key: string | null }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const key = request.headers.get("Authorization")?.replace(/^Bearer /, "") ?? null;
      seen.push({ path: url.pathname + url.search, key });
      if (url.pathname === "/auth/options") {
        return json(200, { oidc: null });
      }
      return answer(url.pathname + url.search, key);
    }),
  );
  return seen;
}

const emptyPage = { items: [], nextCursor: null };

function renderApp(credential: string | null = null) {
  const credentials = memoryCredentialStore(credential);
  render(<FaultMavenApp client={createFaultMaven("http://fm.test", credentials)} navigation={{ path: "/cases", go: () => undefined }} singleSignOn={false} />);
  return credentials;
}

async function signInWith(key: string) {
  fireEvent.change(await screen.findByLabelText("API key"), { target: { value: key } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("signing in with an API key", () => {
  it.each([["fm_ключ💥"], ["fm_abc\u200Bdef"], ["fm_…"]])("refuses %j before storing or sending it, and stays on the sign-in form", async (key) => {
    const seen = serve((_, k) => (k ? json(200, emptyPage) : json(401, { detail: "Credentials required." })));
    const credentials = renderApp();
    await signInWith(key);
    expect((await screen.findByRole("alert")).textContent).toContain("The key contains characters an API key cannot have");
    expect(credentials.get()).toBeNull();
    expect(seen.every((r) => r.key === null)).toBe(true);
    expect(screen.getByLabelText("API key")).toBeTruthy();
  });

  it("trims the whitespace a paste brings along", async () => {
    const seen = serve((_, k) => (k === "fm_good" ? json(200, emptyPage) : json(401, { detail: "Credentials required." })));
    const credentials = renderApp();
    await signInWith("  fm_good\n");
    expect(await screen.findByRole("button", { name: "Sign out" })).toBeTruthy();
    expect(credentials.get()).toBe("fm_good");
    expect(seen.some((r) => r.key === "fm_good")).toBe(true);
  });

  it("refuses a key the server finds too large (431) and does not stay signed in", async () => {
    serve((_, k) => (k ? new Response("", { status: 431 }) : json(401, { detail: "Credentials required." })));
    const credentials = renderApp();
    await signInWith(`fm_${"x".repeat(3000)}`);
    expect((await screen.findByRole("alert")).textContent).toContain("too large to be an API key");
    expect(credentials.get()).toBeNull();
    expect(screen.queryByRole("button", { name: "Sign out" })).toBeNull();
  });

  it("signs out a key stored before it was checked instead of locking the tab", async () => {
    serve(() => json(401, { detail: "Credentials required." }));
    const credentials = renderApp("fm_ключ");
    expect((await screen.findByRole("alert")).textContent).toContain("The key contains characters an API key cannot have");
    expect(credentials.get()).toBeNull();
  });
});

describe("a credential refused mid-session", () => {
  it("returns to sign-in with the server's reason when a key is revoked", async () => {
    let revoked = false;
    serve((path, k) => (k === "fm_live" && !(revoked && path.includes("limit=100")) ? json(200, emptyPage) : json(401, { detail: "The API key was revoked." })));
    revoked = true;
    const credentials = renderApp("fm_live");
    expect((await screen.findByRole("alert")).textContent).toBe("Your key was refused: The API key was revoked.");
    expect(screen.getByLabelText("API key")).toBeTruthy();
    expect(credentials.get()).toBeNull();
  });

  it("says the session ended when a single sign-on token expires", async () => {
    serve((path) => (path.includes("limit=1") && !path.includes("limit=100") ? json(200, emptyPage) : json(401, { detail: "The token expired." })));
    const credentials = renderApp("eyJhbGciOiJSUzI1NiJ9.e30.sig");
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("Your session ended; sign in again."));
    expect(credentials.get()).toBeNull();
  });
});
