import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FaultMaven } from "../../src/api/client";
import { ApiError } from "../../src/api/problem";
import type { DataUpload } from "../../src/api/types";
import { FaultMavenContext } from "../../src/app/FaultMavenContext";
import { EvidenceDropZone } from "../../src/evidence/EvidenceDropZone";

const { uploadEvidence } = vi.hoisted(() => ({ uploadEvidence: vi.fn() }));
vi.mock("../../src/api/uploadWithProgress", () => ({ uploadEvidence }));

afterEach(cleanup);
beforeEach(() => {
  uploadEvidence.mockReset();
});

/** A hand-held upload: the test decides when it ends and how. */
interface HeldUpload {
  name: string;
  progress: (fraction: number) => void;
  succeed: () => void;
  fail: (error: unknown) => void;
}

function holdUploads(): HeldUpload[] {
  const held: HeldUpload[] = [];
  uploadEvidence.mockImplementation(
    (_client: unknown, _caseId: string, _file: Blob, name: string, progress: (fraction: number) => void) =>
      new Promise((resolve, reject) => held.push({ name, progress, succeed: () => resolve({ id: `dat_${name}` } as DataUpload), fail: reject })),
  );
  return held;
}

function renderZone(onUploaded = vi.fn()) {
  render(
    <FaultMavenContext.Provider value={{} as FaultMaven}>
      <EvidenceDropZone caseId="case_1" onUploaded={onUploaded} />
    </FaultMavenContext.Provider>,
  );
  return onUploaded;
}

function choose(...names: string[]) {
  const files = names.map((name) => new File(["line"], name, { type: "text/plain" }));
  fireEvent.change(screen.getByLabelText("Evidence"), { target: { files } });
}

const settle = () => act(async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe("EvidenceDropZone", () => {
  it("sends many files three at a time and starts the next as one finishes", async () => {
    const held = holdUploads();
    const onUploaded = renderZone();
    choose("a.log", "b.log", "c.log", "d.log", "e.log");
    await settle();
    expect(held.map((h) => h.name)).toEqual(["a.log", "b.log", "c.log"]);
    expect(screen.getAllByRole("progressbar")).toHaveLength(5);
    expect(screen.getByText("d.log (waiting)")).toBeTruthy();

    held[0]!.succeed();
    await settle();
    expect(held.map((h) => h.name)).toEqual(["a.log", "b.log", "c.log", "d.log"]);
    for (const h of held.slice(1)) {
      h.succeed();
    }
    await settle();
    held[4]!.succeed();
    await settle();
    expect(onUploaded).toHaveBeenCalledTimes(5);
    expect(screen.queryAllByRole("progressbar")).toHaveLength(0);
  });

  it("tries a throttled upload again after Retry-After, and lists every file that finally failed with its reason", async () => {
    let attempts = 0;
    uploadEvidence.mockImplementation(async (_client: unknown, _caseId: string, _file: Blob, name: string) => {
      if (name === "throttled-once.log" && attempts++ === 0) {
        throw new ApiError(429, { detail: "Too many requests." }, 0);
      }
      if (name === "always-throttled.log") {
        throw new ApiError(429, { detail: "Too many requests." }, 0);
      }
      if (name === "empty.log") {
        throw new ApiError(400, { detail: "The upload is empty." });
      }
      return { id: `dat_${name}` } as DataUpload;
    });
    const onUploaded = renderZone();
    choose("throttled-once.log", "always-throttled.log", "empty.log", "fine.log");
    for (let i = 0; i < 10; i++) {
      await settle();
    }
    expect(onUploaded.mock.calls.map(([upload]) => (upload as DataUpload).id).sort()).toEqual(["dat_fine.log", "dat_throttled-once.log"]);
    // Four retries after the first try, then it gives up.
    expect(uploadEvidence.mock.calls.filter(([, , , name]) => name === "always-throttled.log")).toHaveLength(5);
    const failed = within(screen.getByRole("list", { name: "Files not attached" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(failed).toEqual(["empty.log: The upload is empty.", "always-throttled.log: Too many requests."]);
    expect(screen.getByRole("alert").textContent).toContain("2 files were not attached");
  });

  it("gives two files of the same name a progress bar each", async () => {
    const held = holdUploads();
    renderZone();
    choose("app.log", "app.log");
    await settle();
    const bars = screen.getAllByRole("progressbar", { name: "Uploading app.log" });
    expect(bars).toHaveLength(2);
    act(() => held[1]!.progress(0.5));
    expect(bars.map((b) => b.getAttribute("value"))).toEqual(["0", "0.5"]);

    held[0]!.succeed();
    await settle();
    const left = screen.getAllByRole("progressbar", { name: "Uploading app.log" });
    expect(left).toHaveLength(1);
    expect(left[0]!.getAttribute("value")).toBe("0.5");
  });
});
