import type { ReactNode } from "react";

// The server marks each matching word as «word», where a word is what its snippet scanner reads as one (KnowledgeBase.Snippet): a
// letter or digit, then letters, digits and _, with . or - only between them. Reading only that shape as a mark leaves a document's
// own guillemets around phrases, spaces or punctuation (« see below », «payments-db») as text. A guillemet-quoted single word that
// did not match is still indistinguishable from a mark: only the server can tell them apart (see the report on this change).
const mark = /«([\p{L}\p{Nd}](?:[\p{L}\p{Nd}_]|[.-](?=[\p{L}\p{Nd}]))*)»/gu;

/** A search snippet with the server's marked words shown as highlights. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  const parts: ReactNode[] = [];
  let position = 0;
  for (const found of snippet.matchAll(mark)) {
    if (found.index > position) {
      parts.push(<span key={parts.length}>{snippet.slice(position, found.index)}</span>);
    }
    parts.push(<mark key={parts.length}>{found[1]}</mark>);
    position = found.index + found[0].length;
  }
  if (position < snippet.length) {
    parts.push(<span key={parts.length}>{snippet.slice(position)}</span>);
  }
  return <>{parts}</>;
}
