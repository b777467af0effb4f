import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFaultMaven } from "../../src/api/client";
import { AppErrorBoundary } from "../../src/app/AppErrorBoundary";
import { FaultMavenApp } from "../../src/app/FaultMavenApp";
import { memoryCredentialStore } from "../../src/auth/credentials";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error("the case arrived without its turns");
}

describe("a page that cannot be drawn", () => {
  it("shows what happened and a way back instead of a blank page", () => {
    // React reports the caught error to the console and jsdom to window.onerror; the test expects it.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const quiet = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener("error", quiet);
    const onBack = vi.fn();
    const { rerender } = render(
      <AppErrorBoundary resetKey="/cases/case_1" onBack={onBack}>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toContain("the case arrived without its turns");
    fireEvent.click(screen.getByRole("button", { name: "Back to cases" }));
    expect(onBack).toHaveBeenCalled();

    rerender(
      <AppErrorBoundary resetKey="/cases" onBack={onBack}>
        <p>the list</p>
      </AppErrorBoundary>,
    );
    expect(screen.getByText("the list")).toBeTruthy();
    window.removeEventListener("error", quiet);
  });

  it("treats a case link that is not valid percent-encoding as no case", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ items: [], nextCursor: null }), { status: 200, headers: { "Content-Type": "application/json" } })));
    render(<FaultMavenApp client={createFaultMaven("http://fm.test", memoryCredentialStore())} navigation={{ path: "/cases/%E0%A4%A", go: () => undefined }} />);
    expect((await screen.findByRole("alert")).textContent).toContain("There is no case at this address");
    expect(screen.getByRole("link", { name: "Back to cases" })).toBeTruthy();
  });
});
