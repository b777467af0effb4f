import { describe, expect, it } from "vitest";
import { citationPattern, describeCitation, parseCitationMarker } from "../../src/investigation/citations";

describe("citations", () => {
  it("reads a past case's marker and names it", () => {
    const ref = parseCitationMarker("[case:case_01abc]");
    expect(ref).toEqual({ kind: "past-case", id: "case_01abc", startLine: null, endLine: null });
    expect(describeCitation(ref!)).toBe("past case case_01abc");
  });

  it("finds every kind of marker in an answer", () => {
    const answer = "Disk full [upload:dat_1 L3–5], as last time [case:case_9] per [kb:rb-2#1].";
    expect(answer.match(citationPattern)).toEqual(["[upload:dat_1 L3–5]", "[case:case_9]", "[kb:rb-2#1]"]);
  });

  it("leaves unknown markers alone", () => {
    expect(parseCitationMarker("[ticket:OPS-1]")).toBeNull();
  });
});
