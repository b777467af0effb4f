import { useEffect, useRef, useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import type { FaultMaven } from "../api/client";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";
import type { EvidenceRef } from "../api/types";
import { describeCitation, useEvidenceNames } from "../investigation/citations";

/** Lines read around a citation, and per "Show earlier/later lines": an upload of 500,000 lines is opened where it is cited. */
const Context = 200;
const Step = 1000;

interface Loaded {
  title: string;
  /** The number of the first line in `lines` (1-based). */
  from: number;
  lines: string[];
  /** How many lines the whole text has. */
  total: number;
  /** The cited lines, 1-based and inclusive; null when the citation names no place. */
  first: number | null;
  last: number | null;
  /** For uploads: reads more lines; null for knowledge documents, which come whole. */
  read: ((from: number, count: number) => Promise<string[]>) | null;
}

/** Shows what a citation points at, highlighted and scrolled to: an upload's stored (redacted) text at the cited lines (read in
 * windows, so a large upload opens at once), or the knowledge document a chunk belongs to at the chunk's lines. */
export function CitedEvidenceDialog({ caseId, citation, onClose }: { caseId: string; citation: EvidenceRef; onClose: () => void }) {
  const client = useFaultMaven();
  const names = useEvidenceNames();
  const dialog = useRef<HTMLDialogElement>(null);
  const firstCited = useRef<HTMLLIElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal?.();
  }, []);

  useEffect(() => {
    let cancelled = false;
    const load = () => (citation.kind === "upload" ? loadUpload(client, caseId, citation, describeCitation(citation, names)) : loadKnowledge(client, citation));
    load().then(
      (result) => !cancelled && setLoaded(result),
      (e: unknown) => !cancelled && setError(problemText(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [client, caseId, citation, names]);

  useEffect(() => {
    firstCited.current?.scrollIntoView?.({ block: "center" });
  }, [loaded?.first, loaded?.title]);

  const more = async (earlier: boolean) => {
    if (!loaded?.read) {
      return;
    }
    setBusy(true);
    try {
      const from = earlier ? Math.max(1, loaded.from - Step) : loaded.from + loaded.lines.length;
      const count = earlier ? loaded.from - from : Step;
      const lines = await loaded.read(from, count);
      setLoaded((l) => l && (earlier ? { ...l, from, lines: [...lines, ...l.lines] } : { ...l, lines: [...l.lines, ...lines] }));
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  const first = loaded?.first ?? null;
  const last = loaded?.last ?? first;
  const isCited = (lineNumber: number) => first != null && last != null && lineNumber >= first && lineNumber <= last;
  const hasEarlier = loaded !== null && loaded.from > 1;
  const hasLater = loaded !== null && loaded.from + loaded.lines.length - 1 < loaded.total;

  return (
    <dialog ref={dialog} className="evidence-dialog" aria-label="Cited evidence" onClose={onClose} onCancel={onClose}>
      <header>
        <h2>{loaded?.title ?? describeCitation(citation, names)}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!loaded && !error && <p>Loading…</p>}
      {hasEarlier && loaded.read && (
        <button type="button" className="more-lines" disabled={busy} onClick={() => void more(true)}>
          Show earlier lines ({loaded.from - 1} before line {loaded.from})
        </button>
      )}
      {loaded && (
        <ol className="evidence-lines" aria-label="Evidence text" start={loaded.from}>
          {loaded.lines.map((line, index) => {
            const number = loaded.from + index;
            const cited = isCited(number);
            return (
              <li key={number} ref={cited && number === first ? firstCited : undefined} className={cited ? "cited" : undefined} data-cited={cited || undefined}>
                {cited ? <mark>{line || " "}</mark> : line || " "}
              </li>
            );
          })}
        </ol>
      )}
      {hasLater && loaded.read && (
        <button type="button" className="more-lines" disabled={busy} onClick={() => void more(false)}>
          Show later lines ({loaded.total - (loaded.from + loaded.lines.length - 1)} more)
        </button>
      )}
    </dialog>
  );
}

async function loadUpload(client: FaultMaven, caseId: string, citation: EvidenceRef, title: string): Promise<Loaded> {
  const read = async (from: number, count: number) => {
    const window = expectData(
      await client.api.GET("/api/v1/cases/{caseId}/data/{dataId}/lines", { params: { path: { caseId, dataId: citation.id }, query: { from, count } } }),
    );
    return { lines: window.lines, total: Number(window.totalLines) };
  };
  const first = citation.startLine == null ? null : Number(citation.startLine);
  const last = citation.endLine == null ? first : Number(citation.endLine);
  // The cited lines with some context either side (the window is at most 5,000 lines: a longer citation shows its start).
  const from = first == null ? 1 : Math.max(1, first - Context);
  const count = first == null || last == null ? Step : Math.min(5000, last - from + 1 + Context);
  const window = await read(from, count);
  return { title, from, lines: window.lines, total: window.total, first, last, read: async (f, c) => (await read(f, c)).lines };
}

async function loadKnowledge(client: FaultMaven, citation: EvidenceRef): Promise<Loaded> {
  const [documentId = "", chunkIndex] = citation.id.split("#");
  const index = chunkIndex !== undefined && /^\d+$/.test(chunkIndex) ? Number(chunkIndex) : null;
  const [document, chunk] = await Promise.all([
    client.api.GET("/api/v1/knowledge/documents/{id}", { params: { path: { id: documentId } } }).then(expectData),
    // A chunk the document no longer has (it was edited since) still opens the document, unhighlighted.
    index === null
      ? null
      : client.api.GET("/api/v1/knowledge/documents/{id}/chunks/{index}", { params: { path: { id: documentId, index } } }).then(({ data }) => data ?? null),
  ]);
  const heading = chunk?.headingPath.at(-1);
  const lines = (document.text ?? "").split("\n");
  return {
    title: `${document.title}${heading && heading !== document.title ? ` › ${heading}` : ""} (${citation.id})`,
    from: 1,
    lines,
    total: lines.length,
    first: chunk ? Number(chunk.firstLine) : null,
    last: chunk ? Number(chunk.lastLine) : null,
    read: null,
  };
}
