import type { DataUpload } from "../api/types";
import { useOpenCitation } from "../investigation/citations";

// Only web addresses become links: a javascript: or data: URL sent as a source would run or render in this page.
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/** The case's uploads, each openable in the redacted view; a capture shows the page it came from. */
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
          {(upload.sourceUrl || upload.pageTitle) && <PageSource url={upload.sourceUrl ?? null} title={upload.pageTitle ?? null} />}
        </li>
      ))}
    </ul>
  );
}

function PageSource({ url, title }: { url: string | null; title: string | null }) {
  const label = title || url!;
  return (
    <span className="source">
      from{" "}
      {url && isWebAddress(url) ? (
        <a href={url} target="_blank" rel="noopener noreferrer" title={url}>
          {label}
        </a>
      ) : (
        <span title={url ?? undefined}>{label}</span>
      )}
    </span>
  );
}
