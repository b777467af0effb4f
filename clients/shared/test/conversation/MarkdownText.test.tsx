import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MarkdownText } from "../../src/conversation/MarkdownText";
import { parseCitationMarker } from "../../src/investigation/citations";

afterEach(cleanup);

describe("MarkdownText", () => {
  it("turns citation markers into buttons and leaves markup in the answer as text", () => {
    render(<MarkdownText text={"## Root cause\n\nDB down <img src=x onerror=alert(1)> [upload:dat_9 L21–59] and [kb:kb_1#2]."} />);
    expect(screen.getByRole("heading", { name: "Root cause" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Open lines 21–59 of dat_9" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Open knowledge kb_1#2" })).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeTruthy();
  });

  it("renders lists, bold and code", () => {
    render(<MarkdownText text={"1. **Supported**, run `kubectl get pods`\n2. second\n\n- a bullet"} />);
    expect(screen.getAllByRole("list")).toHaveLength(2);
    expect(screen.getByText("Supported").tagName).toBe("STRONG");
    expect(screen.getByText("kubectl get pods").tagName).toBe("CODE");
  });
});

describe("parseCitationMarker", () => {
  it("reads single lines, ranges with either dash, and knowledge chunks", () => {
    expect(parseCitationMarker("[upload:dat_1 L13]")).toEqual({ kind: "upload", id: "dat_1", startLine: 13, endLine: 13 });
    expect(parseCitationMarker("[upload:dat_1 L12-14]")).toEqual({ kind: "upload", id: "dat_1", startLine: 12, endLine: 14 });
    expect(parseCitationMarker("[kb:kb_1#0]")).toEqual({ kind: "knowledge-chunk", id: "kb_1#0", startLine: null, endLine: null });
    expect(parseCitationMarker("[nonsense]")).toBeNull();
  });
});
