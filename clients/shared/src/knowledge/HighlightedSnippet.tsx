import type { ReactNode } from "react";

/** Where a matching word is in a snippet (UTF-16 offsets, as the server counts them). */
export interface SnippetRange {
  start?: number | string;
  length?: number | string;
}

// Without offsets (a server older than them), the marks are read by shape: «word», where a word is what the server's snippet scanner
// reads as one (KnowledgeBase.Snippet) — a letter or digit, then letters, digits and _, with . or - only between them. A document's
// own guillemets around phrases or punctuation stay text; around a single word they cannot be told from a mark.
const mark = /«([\p{L}\p{Nd}](?:[\p{L}\p{Nd}_]|[.-](?=[\p{L}\p{Nd}]))*)»/gu;

/** A search snippet with the server's marked words shown as highlights: at the offsets the server gives (each word between the « »
 * it added, which are dropped), so a guillemet the document itself holds is always shown as text. */
export function HighlightedSnippet({ snippet, highlights }: { snippet: string; highlights?: SnippetRange[] | null }) {
  const ranges = highlights
    ? highlights.map((h) => ({ start: Number(h.start), end: Number(h.start) + Number(h.length) })).filter((r) => r.start >= 1 && r.end < snippet.length && snippet[r.start - 1] === "«" && snippet[r.end] === "»")
    : Array.from(snippet.matchAll(mark), (found) => ({ start: found.index + 1, end: found.index + found[0].length - 1 }));
  const parts: ReactNode[] = [];
  let position = 0;
  for (const { start, end } of ranges.sort((a, b) => a.start - b.start)) {
    if (start - 1 < position) {
      continue;
    }
    if (start - 1 > position) {
      parts.push(<span key={parts.length}>{snippet.slice(position, start - 1)}</span>);
    }
    parts.push(<mark key={parts.length}>{snippet.slice(start, end)}</mark>);
    position = end + 1;
  }
  if (position < snippet.length) {
    parts.push(<span key={parts.length}>{snippet.slice(position)}</span>);
  }
  return <>{parts}</>;
}
