import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFaultMaven } from "../../src/api/client";
import { FaultMavenContext } from "../../src/app/FaultMavenContext";
import { NavigationContext } from "../../src/app/navigation";
import { useShortcuts } from "../../src/app/useShortcuts";
import { memoryCredentialStore } from "../../src/auth/credentials";
import { NewCaseButton } from "../../src/cases/NewCaseButton";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function serveCreates() {
  const created: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      created.push(`case_${created.length + 1}`);
      return new Response(JSON.stringify({ id: created.at(-1) }), { status: 201, headers: { "Content-Type": "application/json" } });
    }),
  );
  return created;
}

function Page({ question }: { question?: string }) {
  useShortcuts();
  return (
    <>
      <NewCaseButton />
      {question !== undefined && <textarea id="question" defaultValue={question} aria-label="Question" />}
    </>
  );
}

function renderPage(question?: string) {
  const go = vi.fn();
  render(
    <FaultMavenContext.Provider value={createFaultMaven("http://fm.test", memoryCredentialStore())}>
      <NavigationContext.Provider value={{ path: "/cases", go }}>
        <Page question={question} />
      </NavigationContext.Provider>
    </FaultMavenContext.Provider>,
  );
  return go;
}

describe("NewCaseButton", () => {
  it("opens one case for a double click", async () => {
    const created = serveCreates();
    const go = renderPage();
    const button = screen.getByRole("button", { name: "New case" });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(go).toHaveBeenCalledWith("/cases/case_1"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(created).toEqual(["case_1"]);
  });

  it("does not discard a question typed but not asked when Alt+N is pressed in it", async () => {
    const created = serveCreates();
    const go = renderPage("why are checkouts failing since 14:02?");
    const question = screen.getByLabelText("Question");
    fireEvent.keyDown(question, { key: "n", altKey: true });
    expect(await screen.findByRole("alertdialog", { name: "Discard the unsent question?" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Keep writing" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect((question as HTMLTextAreaElement).value).toBe("why are checkouts failing since 14:02?");
    expect(created).toEqual([]);

    fireEvent.keyDown(question, { key: "n", altKey: true });
    fireEvent.click(await screen.findByRole("button", { name: "Discard and open new case" }));
    await waitFor(() => expect(go).toHaveBeenCalledWith("/cases/case_1"));
  });

  it("opens a case at once when the question box is empty", async () => {
    serveCreates();
    const go = renderPage("  ");
    fireEvent.keyDown(screen.getByLabelText("Question"), { key: "n", altKey: true });
    await waitFor(() => expect(go).toHaveBeenCalledWith("/cases/case_1"));
  });
});
