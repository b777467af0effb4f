import type { EvidenceRef } from "../api/types";
import { canOpen, describeCitation, useEvidenceNames, useOpenCitation } from "./citations";

/** A citation as a small button that opens the evidence; one that cannot be opened is plain text. */
export function CitationButton({ citation }: { citation: EvidenceRef }) {
  const open = useOpenCitation();
  const label = describeCitation(citation, useEvidenceNames());
  if (!canOpen(citation)) {
    return <span className="citation citation-static">{label}</span>;
  }
  return (
    <button type="button" className="citation" aria-label={`Open ${label}`} onClick={() => open(citation)}>
      {label}
    </button>
  );
}

export function CitationList({ citations, label }: { citations: EvidenceRef[]; label: string }) {
  if (citations.length === 0) {
    return null;
  }
  return (
    <span className="citation-list" aria-label={label} role="group">
      {citations.map((citation, index) => (
        <CitationButton key={`${citation.id}-${citation.startLine ?? ""}-${index}`} citation={citation} />
      ))}
    </span>
  );
}
