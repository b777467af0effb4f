import type { FailedTransfer, Transfer } from "./useUploadQueue";

/** The progress of each queued file, then the list of those that failed with their reasons until the user dismisses it. */
export function TransferList({ transfers, failures, verb, failed, onDismiss }: {
  transfers: Transfer[];
  failures: FailedTransfer[];
  verb: "Uploading" | "Importing";
  /** What a failure means here: "not attached", "not imported". */
  failed: string;
  onDismiss: () => void;
}) {
  return (
    <>
      {transfers.map((t) => (
        <div key={t.id} className="transfer">
          <span>
            {t.name}
            {!t.started && " (waiting)"}
          </span>
          <progress max={1} value={t.fraction} aria-label={`${verb} ${t.name}`} />
        </div>
      ))}
      {failures.length > 0 && (
        <div className="upload-failures">
          <div role="alert" className="error">
            <p>{failures.length === 1 ? `1 file was ${failed}:` : `${failures.length} files were ${failed}:`}</p>
            <ul aria-label={`Files ${failed}`}>
              {failures.map((f) => (
                <li key={f.id}>
                  {f.name}: {f.reason}
                </li>
              ))}
            </ul>
          </div>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
