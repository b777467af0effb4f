import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFaultMaven } from "../../src/api/client";
import { problemText, serverUnreachable } from "../../src/api/problem";
import { FaultMavenContext } from "../../src/app/FaultMavenContext";
import { FaultMavenApp } from "../../src/app/FaultMavenApp";
import { memoryCredentialStore } from "../../src/auth/credentials";
import { KnowledgePage } from "../../src/knowledge/KnowledgePage";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("an unreachable server", () => {
  it("is explained the same way whatever the browser calls the failure", () => {
    for (const message of ["Failed to fetch", "NetworkError when attempting to fetch resource.", "Load failed"]) {
      expect(problemText(new TypeError(message))).toBe(serverUnreachable);
    }
    expect(serverUnreachable).toMatch(/^The server could not be reached/);
    // A TypeError from a bug is not blamed on the network.
    expect(problemText(new TypeError("x is undefined"))).toBe("x is undefined");
  });

  it("leaves the knowledge page saying so, not loading forever", async () => {
    vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))));
    render(
      <FaultMavenContext.Provider value={createFaultMaven("http://fm.test", memoryCredentialStore())}>
        <KnowledgePage />
      </FaultMavenContext.Provider>,
    );
    expect((await screen.findByRole("alert")).textContent).toBe(serverUnreachable);
    expect(screen.queryByText("Loading documents…")).toBeNull();
  });
});

describe("the Cases link", () => {
  it("reloads the list when it is already on screen", async () => {
    const listCalls: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new Request(input, init).url;
        if (url.includes("limit=100")) {
          listCalls.push(url);
        }
        return new Response(JSON.stringify({ items: [], nextCursor: null }), { status: 200, headers: { "Content-Type": "application/json" } });
      }),
    );
    render(<FaultMavenApp client={createFaultMaven("http://fm.test", memoryCredentialStore())} navigation={{ path: "/cases", go: () => undefined }} />);
    await waitFor(() => expect(listCalls).toHaveLength(1));
    fireEvent.click(screen.getByRole("link", { name: "Cases" }));
    await waitFor(() => expect(listCalls).toHaveLength(2));
  });
});
