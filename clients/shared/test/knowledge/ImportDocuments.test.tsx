import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FaultMaven } from "../../src/api/client";
import { ApiError } from "../../src/api/problem";
import { FaultMavenContext } from "../../src/app/FaultMavenContext";
import { ImportDocuments } from "../../src/knowledge/ImportDocuments";

const { uploadWithProgress } = vi.hoisted(() => ({ uploadWithProgress: vi.fn() }));
vi.mock("../../src/api/uploadWithProgress", () => ({ uploadWithProgress }));

afterEach(cleanup);

describe("ImportDocuments", () => {
  it("imports each file as the kind chosen when it was dropped, a bar per file, and lists the ones that failed", async () => {
    const sent: { name: string; kind: string }[] = [];
    const finish: (() => void)[] = [];
    uploadWithProgress.mockImplementation((_client: unknown, _path: string, form: FormData) => {
      const file = form.get("file") as File;
      sent.push({ name: file.name, kind: String(form.get("kind")) });
      if (file.name === "empty.md") {
        return Promise.reject(new ApiError(400, { detail: "The document is empty." }));
      }
      return new Promise((resolve) => finish.push(() => resolve({ title: file.name })));
    });
    const onImported = vi.fn();
    render(
      <FaultMavenContext.Provider value={{} as FaultMaven}>
        <ImportDocuments onImported={onImported} />
      </FaultMavenContext.Provider>,
    );
    const files = ["a.md", "README.md", "README.md", "empty.md"].map((name) => new File(["# x"], name));
    fireEvent.change(screen.getByLabelText("Documents to import"), { target: { files } });
    // Changed while the fourth file waits its turn: it is still imported as a runbook.
    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "postmortem" } });
    expect(screen.getAllByRole("progressbar", { name: "Importing README.md" })).toHaveLength(2);

    await act(async () => {
      finish.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(sent).toEqual(["a.md", "README.md", "README.md", "empty.md"].map((name) => ({ name, kind: "runbook" })));
    expect((await screen.findByRole("alert")).textContent).toContain("empty.md: The document is empty.");
    expect(onImported).toHaveBeenCalledTimes(1);
  });
});
