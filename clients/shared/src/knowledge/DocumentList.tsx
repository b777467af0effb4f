import { useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";
import type { KnowledgeDocument } from "../api/types";

export function DocumentList({ documents, onDeleted }: { documents: KnowledgeDocument[] | null; onDeleted: () => void }) {
  if (!documents) {
    return <p>Loading documents…</p>;
  }
  return (
    <section aria-label="Documents" className="documents">
      <h3>Documents ({documents.length})</h3>
      {documents.length === 0 && <p className="empty">No documents yet: import your runbooks.</p>}
      <ul>
        {documents.map((d) => (
          <DocumentRow key={d.id} document={d} onDeleted={onDeleted} />
        ))}
      </ul>
    </section>
  );
}

/** Deleting asks once more inline: a browser confirm() would block the page (and the side panel). */
function DocumentRow({ document, onDeleted }: { document: KnowledgeDocument; onDeleted: () => void }) {
  const client = useFaultMaven();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One delete per document: a second click would find it gone and report a 404.
  const [deleting, setDeleting] = useState(false);
  const remove = async () => {
    setDeleting(true);
    try {
      expectData(await client.api.DELETE("/api/v1/knowledge/documents/{id}", { params: { path: { id: document.id } } }));
      onDeleted();
    } catch (e) {
      setError(problemText(e));
      setDeleting(false);
    }
  };
  return (
    <li>
      <span className="document-title">{document.title}</span> <span className="badge">{document.kind}</span>
      <span className="meta">
        imported by {document.importedBy ?? "unknown"} · {new Date(document.updatedAt).toLocaleDateString()}
      </span>
      {confirming ? (
        <>
          <button type="button" className="danger" onClick={remove} disabled={deleting} aria-label={`Confirm delete ${document.title}`}>
            Confirm delete
          </button>
          <button type="button" onClick={() => setConfirming(false)} aria-label={`Keep ${document.title}`}>
            Keep
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} aria-label={`Delete ${document.title}`}>
          Delete
        </button>
      )}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </li>
  );
}
