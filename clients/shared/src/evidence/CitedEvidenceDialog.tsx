import { useEffect, useRef, useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";
import type { EvidenceRef } from "../api/types";
import { describeCitation, useEvidenceNames } from "../investigation/citations";

interface Loaded {
  title: string;
  lines: string[];
}

/** Shows what a citation points at: an upload's stored (redacted) text with the cited lines highlighted and scrolled to, or the
 * knowledge document a chunk belongs to. */
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
        return { title: describeCitation(citation, names), lines: content.text.split("\n") };
      }
      const documentId = citation.id.split("#")[0]!;
      const document = expectData(await client.api.GET("/api/v1/knowledge/documents/{id}", { params: { path: { id: documentId } } }));
      return { title: `${document.title} (${citation.id})`, lines: (document.text ?? "").split("\n") };
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

  const first = citation.startLine == null ? null : Number(citation.startLine);
  const last = citation.endLine == null ? first : Number(citation.endLine);
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
