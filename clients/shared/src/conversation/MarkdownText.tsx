import type { ReactNode } from "react";
import { CitationButton } from "../investigation/CitationButton";
import { citationPattern, parseCitationMarker } from "../investigation/citations";

/** Renders the small Markdown subset answers use (headings, lists, paragraphs, bold, italics, code) as React elements — never as
 * HTML, so nothing in an answer can inject markup — with each citation marker turned into a button that opens the evidence. */
export function MarkdownText({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) {
      blocks.push(<p key={blocks.length}>{inline(paragraph.join(" "))}</p>);
      paragraph = [];
    }
  };
  const flushList = () => {
    if (list) {
      const items = list.items.map((item, i) => <li key={i}>{inline(item)}</li>);
      blocks.push(list.ordered ? <ol key={blocks.length}>{items}</ol> : <ul key={blocks.length}>{items}</ul>);
      list = null;
    }
  };
  for (const line of text.split("\n")) {
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      // Answer headings sit below the page's own h2/h3.
      blocks.push(<h4 key={blocks.length}>{inline(heading[2]!)}</h4>);
    } else if (bullet || numbered) {
      flushParagraph();
      const ordered = Boolean(numbered);
      if (list && list.ordered !== ordered) {
        flushList();
      }
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
    } else if (line.trim() === "") {
      flushParagraph();
      flushList();
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return <>{blocks}</>;
}

function inline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  const pattern = new RegExp(`(${citationPattern.source})|\\*\\*([^*]+)\\*\\*|\`([^\`]+)\`|_([^_]+)_`, "g");
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) {
      nodes.push(text.slice(last, match.index));
    }
    const key = nodes.length;
    if (match[1]) {
      const citation = parseCitationMarker(match[1]);
      nodes.push(citation ? <CitationButton key={key} citation={citation} /> : match[1]);
    } else if (match[2]) {
      nodes.push(<strong key={key}>{match[2]}</strong>);
    } else if (match[3]) {
      nodes.push(<code key={key}>{match[3]}</code>);
    } else if (match[4]) {
      nodes.push(<em key={key}>{match[4]}</em>);
    }
    last = match.index + match[0].length;
  }
  if (last < text.length) {
    nodes.push(text.slice(last));
  }
  return nodes;
}
