import { createContext, useContext } from "react";
import type { EvidenceRef } from "../api/types";

/** Opens a citation: the cited upload's redacted text at its lines, or the cited knowledge document. */
export const CitationContext = createContext<(ref: EvidenceRef) => void>(() => undefined);

export function useOpenCitation(): (ref: EvidenceRef) => void {
  return useContext(CitationContext);
}

/** The case's upload ids with their file names, so a citation reads "lines 3–5 of checkout.log" rather than an id. */
export const EvidenceNamesContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useEvidenceNames(): ReadonlyMap<string, string> {
  return useContext(EvidenceNamesContext);
}

/** How a citation reads to a person: "lines 12–14 of upload dat_…", "runbook chunk rb-1#2", "past case case_…". */
export function describeCitation(ref: EvidenceRef, names: ReadonlyMap<string, string> = new Map()): string {
  const source = names.get(ref.id) ?? ref.id;
  const start = ref.startLine == null ? null : Number(ref.startLine);
  const end = ref.endLine == null ? start : Number(ref.endLine);
  switch (ref.kind) {
    case "upload":
      return start == null ? source : start === end ? `line ${start} of ${source}` : `lines ${start}–${end} of ${source}`;
    case "knowledge-chunk":
      return `knowledge ${ref.id}`;
    case "finding":
      return `finding ${ref.id}`;
    case "turn":
      return `turn ${ref.id}`;
    case "past-case":
      return `past case ${ref.id}`;
  }
}

/** Whether the app can open what a citation points at (uploads and knowledge chunks; findings and turns have no view of their own). */
export function canOpen(ref: EvidenceRef): boolean {
  return ref.kind === "upload" || ref.kind === "knowledge-chunk";
}

/** Reads the citation markers of an answer's Markdown: [upload:ID L12–14], [upload:ID L3], [kb:doc#2], [finding:ID], [case:ID]. */
export function parseCitationMarker(marker: string): EvidenceRef | null {
  const match = /^\[(upload|kb|finding|turn|case):([^\]\s]+)(?:\s+L(\d+)(?:[–-](\d+))?)?\]$/.exec(marker);
  if (!match) {
    return null;
  }
  const [, kind, id, first, last] = match;
  const evidenceKind = kind === "kb" ? "knowledge-chunk" : kind === "case" ? "past-case" : (kind as EvidenceRef["kind"]);
  return {
    kind: evidenceKind,
    id: id!,
    startLine: first ? Number(first) : null,
    endLine: last ? Number(last) : first ? Number(first) : null,
  };
}

export const citationPattern = /\[(?:upload|kb|finding|turn|case):[^\]\s]+(?:\s+L\d+(?:[–-]\d+)?)?\]/g;
