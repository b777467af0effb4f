import { useEffect, useRef, useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";
import type { EvidenceRef } from "../api/types";
import { describeCitation, useEvidenceNames } from "../investigation/citations";

interface Loaded {
  title: string;
  lines: string[];
  /** The cited lines, 1-based and inclusive; null when the citation names no place. */
  first: number | null;
  last: number | null;
}

/** Shows what a citation points at, highlighted and scrolled to: an upload's stored (redacted) text at the cited lines, or the
 * knowledge document a chunk belongs to at the chunk's lines. */
export function CitedEvidenceDialog({ caseId, citation, onClose }: { caseId: string; citation: EvidenceRef; onClose: () => void }) {
  const client = useFaultMaven();
  const names = useEvidenceNames();
  const dialog = useRef<HTMLDialogElement>(null);
  const firstCited = useRef<HTMLLIElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal?.();
  }, []);

  useEffect(() => {
    let cancelled = false;
    const load = async (): Promise<Loaded> => {
      if (citation.kind === "upload") {
        const content = expectData(
          await client.api.GET("/api/v1/cases/{caseId}/data/{dataId}/content", { params: { path: { caseId, dataId: citation.id } } }),
        );
        const first = citation.startLine == null ? null : Number(citation.startLine);
        const last = citation.endLine == null ? first : Number(citation.endLine);
        return { title: describeCitation(citation, names), lines: content.text.split("\n"), first, last };
      }
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
      return {
        title: `${document.title}${heading && heading !== document.title ? ` › ${heading}` : ""} (${citation.id})`,
        lines: (document.text ?? "").split("\n"),
        first: chunk ? Number(chunk.firstLine) : null,
        last: chunk ? Number(chunk.lastLine) : null,
      };
    };
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
  }, [loaded]);

  const first = loaded?.first ?? null;
  const last = loaded?.last ?? first;
  const isCited = (lineNumber: number) => first != null && last != null && lineNumber >= first && lineNumber <= last;

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
      {loaded && (
        <ol className="evidence-lines" aria-label="Evidence text">
          {loaded.lines.map((line, index) => {
            const cited = isCited(index + 1);
            return (
              <li key={index} ref={cited && index + 1 === first ? firstCited : undefined} className={cited ? "cited" : undefined} data-cited={cited || undefined}>
                {cited ? <mark>{line || " "}</mark> : line || " "}
              </li>
            );
          })}
        </ol>
      )}
    </dialog>
  );
}
