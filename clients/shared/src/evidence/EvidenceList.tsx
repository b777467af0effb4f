import type { DataUpload } from "../api/types";
import { useOpenCitation } from "../investigation/citations";

/** The case's uploads, each openable in the redacted view. */
export function EvidenceList({ uploads }: { uploads: DataUpload[] }) {
  const open = useOpenCitation();
  if (uploads.length === 0) {
    return null;
  }
  return (
    <ul className="evidence-list" aria-label="Uploaded evidence">
      {uploads.map((upload) => (
        <li key={upload.id}>
          <button type="button" className="link" onClick={() => open({ kind: "upload", id: upload.id })} aria-label={`View ${upload.fileName ?? upload.id}`}>
            {upload.fileName ?? upload.id}
          </button>
          <span className="badge">{upload.classification.type}</span>
          <span className="summary">{upload.summary}</span>
        </li>
      ))}
    </ul>
  );
}
