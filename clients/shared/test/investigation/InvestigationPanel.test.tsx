import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InvestigationPanel } from "../../src/investigation/InvestigationPanel";
import { CitationContext, EvidenceNamesContext } from "../../src/investigation/citations";
import type { EvidenceRef } from "../../src/api/types";
import { sampleState } from "./sampleState";

afterEach(cleanup);

function renderPanel(state = sampleState, open: (ref: EvidenceRef) => void = () => undefined) {
  return render(
    <CitationContext.Provider value={open}>
      <EvidenceNamesContext.Provider value={new Map([["dat_1", "checkout.log"]])}>
        <InvestigationPanel state={state} />
      </EvidenceNamesContext.Provider>
    </CitationContext.Provider>,
  );
}

describe("InvestigationPanel", () => {
  it("is the region named Investigation", () => {
    renderPanel();
    expect(screen.getByRole("region", { name: "Investigation" })).toBeTruthy();
  });

  it("marks the current doctrine phase, the ones before it as done, and says why", () => {
    renderPanel();
    const steps = within(screen.getByRole("list", { name: "Doctrine phases" })).getAllByRole("listitem");
    expect(steps.map((s) => s.textContent)).toEqual(["1Blast radius (done)", "2Timeline (done)", "3Hypotheses (done)", "4Validation (current)", "5Solution"]);
    expect(steps[3]!.getAttribute("aria-current")).toBe("step");
    expect(screen.getByText(/pod's previous log would tell them apart/)).toBeTruthy();
  });

  it("shows intake, with no phase current, before the first", () => {
    renderPanel({ ...sampleState, phase: "intake", phaseReason: null });
    expect(screen.getByRole("list", { name: "Doctrine phases" }).querySelector("[aria-current]")).toBeNull();
    expect(screen.getByText(/Intake: waiting for evidence/)).toBeTruthy();
  });

  it("ranks the hypothesis ledger by confidence with status and evidence for and against", () => {
    renderPanel();
    const ledger = screen.getAllByRole("listitem").filter((li) => li.getAttribute("aria-label")?.startsWith("Hypothesis "));
    expect(ledger.map((li) => li.getAttribute("aria-label"))).toEqual(["Hypothesis h1", "Hypothesis h2"]);
    expect(within(ledger[0]!).getByText("supported")).toBeTruthy();
    expect(within(ledger[0]!).getByText("81%")).toBeTruthy();
    expect(within(ledger[0]!).getByRole("group", { name: "Evidence for h1" }).textContent).toContain("lines 21–59 of checkout.log");
    expect(within(ledger[1]!).getByRole("group", { name: "Evidence against h2" }).textContent).toContain("lines 3–4 of checkout.log");
  });

  it("opens the cited lines when a citation is pressed", () => {
    const open = vi.fn();
    renderPanel(sampleState, open);
    fireEvent.click(screen.getAllByRole("button", { name: "Open line 21 of checkout.log" })[0]!);
    expect(open).toHaveBeenCalledWith({ kind: "upload", id: "dat_1", startLine: 21, endLine: 21 });
  });

  it("lists the blast radius and the timeline in order, with untimed events said so", () => {
    renderPanel();
    expect(screen.getByText("high").className).toContain("severity-high");
    expect(screen.getByText("checkout-api")).toBeTruthy();
    const timeline = screen.getByText("Retries begin").closest("li")!;
    expect(timeline.textContent).toContain("no time");
  });

  it("offers the requested evidence's command to copy, without the Run: prefix", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderPanel();
    expect(screen.getByText("kubectl -n payments get pods -l app=payments-db").tagName).toBe("CODE");
    fireEvent.click(screen.getByRole("button", { name: "Copy command for The database pod's state" }));
    expect(writeText).toHaveBeenCalledWith("kubectl -n payments get pods -l app=payments-db");
    expect(await screen.findByRole("button", { name: "Copy command for The database pod's state" })).toHaveProperty("textContent", "Copied");
    expect(screen.queryByRole("button", { name: "Copy command for The alert that fired" })).toBeNull();
  });

  it("shows solution steps in order with risks and verification", () => {
    renderPanel();
    expect(within(screen.getByRole("list", { name: "Solution steps" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Fail over to the replica",
      "Restart the checkout pods",
    ]);
    expect(within(screen.getByRole("list", { name: "Risks" })).getByText("Restarting drops in-flight payments")).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Verification" })).getByText("Error rate returns to baseline")).toBeTruthy();
  });

  it("says what is not established yet instead of drawing empty parts", () => {
    renderPanel({ ...sampleState, blastRadius: null, timeline: [], hypotheses: [], evidenceRequests: [], solution: null });
    for (const text of ["Not established yet.", "No events placed in time yet.", "No hypotheses yet.", "Nothing requested.", "No solution proposed yet."]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
  });
});
