import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFaultMaven } from "../../src/api/client";
import type { Case } from "../../src/api/types";
import { FaultMavenContext } from "../../src/app/FaultMavenContext";
import { memoryCredentialStore } from "../../src/auth/credentials";
import { CaseLifecycle } from "../../src/cases/CaseLifecycle";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const caseAt = (status: Case["status"], version: number) => ({ id: "case_1", title: "checkout 502s", status, version }) as unknown as Case;

/** A case on the server: PATCH succeeds only with its current version, after a short delay (a click's request in flight). */
function serveCase(onServer: { status: Case["status"]; version: number }) {
  const patches: unknown[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === "GET") {
        return json(200, caseAt(onServer.status, onServer.version));
      }
      const body = (await request.json()) as { status: Case["status"]; version: number };
      patches.push(body);
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (body.version !== onServer.version) {
        return json(412, { title: "Precondition failed", detail: `The case is at version ${onServer.version}, not ${body.version}.` });
      }
      onServer.status = body.status;
      onServer.version++;
      return json(200, caseAt(onServer.status, onServer.version));
    }),
  );
  return patches;
}

function Harness({ initial }: { initial: Case }) {
  const [current, setCurrent] = useState(initial);
  return <CaseLifecycle current={current} onChanged={setCurrent} />;
}

function renderLifecycle(initial: Case) {
  render(
    <FaultMavenContext.Provider value={createFaultMaven("http://fm.test", memoryCredentialStore())}>
      <Harness initial={initial} />
    </FaultMavenContext.Provider>,
  );
}

describe("CaseLifecycle", () => {
  it("sends one change for a double click on Resolve, and shows no version conflict", async () => {
    const patches = serveCase({ status: "investigating", version: 3 });
    renderLifecycle(caseAt("investigating", 3));
    const resolve = screen.getByRole("button", { name: "Resolve" });
    fireEvent.click(resolve);
    fireEvent.click(resolve);
    expect(screen.getByRole("button", { name: "Close case" }).hasAttribute("disabled")).toBe(true);
    await screen.findByLabelText("Status: resolved");
    expect(patches).toHaveLength(1);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("reloads a case another tab changed and says so, so the next click works", async () => {
    const onServer = { status: "investigating" as Case["status"], version: 5 };
    serveCase(onServer);
    renderLifecycle(caseAt("open", 4));
    fireEvent.click(screen.getByRole("button", { name: "Close case" }));
    expect((await screen.findByRole("alert")).textContent).toBe("This case changed in another tab or by someone else; it has been reloaded — try again.");
    await screen.findByLabelText("Status: investigating");

    fireEvent.click(screen.getByRole("button", { name: "Close case" }));
    await screen.findByLabelText("Status: closed");
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });
});
