import { useState, type ClipboardEvent, type DragEvent } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { TransferList } from "../api/TransferList";
import type { DataUpload } from "../api/types";
import { uploadEvidence } from "../api/uploadWithProgress";
import { useUploadQueue } from "../api/useUploadQueue";

/** Attaches evidence to a case: drop files here, paste text or files, or pick them; each upload shows how much has been sent. */
export function EvidenceDropZone({ caseId, onUploaded }: { caseId: string; onUploaded: (upload: DataUpload) => void }) {
  const client = useFaultMaven();
  const [dragging, setDragging] = useState(false);
  const queue = useUploadQueue((file, name, onProgress) => uploadEvidence<DataUpload>(client, caseId, file, name, onProgress), onUploaded);
  const sendAll = (files: FileList | null) => queue.enqueue(Array.from(files ?? [], (file) => ({ file, name: file.name })));
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    sendAll(event.dataTransfer.files);
  };
  const onPaste = (event: ClipboardEvent) => {
    if (event.clipboardData.files.length > 0) {
      event.preventDefault();
      sendAll(event.clipboardData.files);
      return;
    }
    const text = event.clipboardData.getData("text/plain");
    if (text) {
      event.preventDefault();
      queue.enqueue([{ file: new Blob([text], { type: "text/plain" }), name: `pasted-${new Date().toISOString().replace(/[:.]/g, "-")}.txt` }]);
    }
  };

  return (
    <div
      className={`drop-zone${dragging ? " dragging" : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      onPaste={onPaste}
      tabIndex={0}
      role="group"
      aria-label="Attach evidence: drop files, paste text or choose files"
    >
      <label htmlFor="evidence-input">Evidence</label>
      <input id="evidence-input" type="file" multiple onChange={(e) => {
        sendAll(e.target.files);
        e.target.value = "";
      }} />
      <p className="hint">Drop log files here, or focus this box and paste text.</p>
      <TransferList transfers={queue.transfers} failures={queue.failures} verb="Uploading" failed="not attached" onDismiss={queue.dismissFailures} />
    </div>
  );
}
