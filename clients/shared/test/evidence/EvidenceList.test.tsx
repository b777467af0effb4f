import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { DataUpload } from "../../src/api/types";
import { EvidenceList } from "../../src/evidence/EvidenceList";

afterEach(cleanup);

const upload = (extra: Partial<DataUpload>) =>
  ({ id: "dat_1", caseId: "case_1", fileName: "Checkout dashboard.txt", sha256: "", classification: { type: "log" }, summary: "3 errors", redactions: {}, ...extra }) as DataUpload;

describe("EvidenceList", () => {
  it("shows the page a capture came from, linked when it is a web address", () => {
    render(<EvidenceList uploads={[upload({ sourceUrl: "https://grafana.example.com/d/abc", pageTitle: "Checkout dashboard" })]} />);
    const link = screen.getByRole("link", { name: "Checkout dashboard" });
    expect(link.getAttribute("href")).toBe("https://grafana.example.com/d/abc");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("never links a source that is not a web address", () => {
    render(<EvidenceList uploads={[upload({ sourceUrl: "javascript:alert(1)", pageTitle: null })]} />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("javascript:alert(1)")).toBeTruthy();
  });

  it("shows nothing more for a plain upload", () => {
    render(<EvidenceList uploads={[upload({})]} />);
    expect(screen.queryByText(/^from/)).toBeNull();
  });
});
