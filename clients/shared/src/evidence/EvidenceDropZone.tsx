import { useState, type ClipboardEvent, type DragEvent } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { uploadEvidence } from "../api/uploadWithProgress";
import { problemText } from "../api/problem";
import type { DataUpload } from "../api/types";

interface Transfer {
  name: string;
  fraction: number;
}

/** Attaches evidence to a case: drop files here, paste text or files, or pick them; each upload shows how much has been sent. */
export function EvidenceDropZone({ caseId, onUploaded }: { caseId: string; onUploaded: (upload: DataUpload) => void }) {
  const client = useFaultMaven();
  const [transfers, setTransfers] = useState<Transfer[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const send = async (file: Blob, name: string) => {
    setError(null);
    setTransfers((all) => [...all, { name, fraction: 0 }]);
    const progress = (fraction: number) => setTransfers((all) => all.map((t) => (t.name === name ? { ...t, fraction } : t)));
    try {
      onUploaded(await uploadEvidence<DataUpload>(client, caseId, file, name, progress));
    } catch (e) {
      setError(`${name}: ${problemText(e)}`);
    } finally {
      setTransfers((all) => all.filter((t) => t.name !== name));
    }
  };
  const sendAll = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      void send(file, file.name);
    }
  };
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
      void send(new Blob([text], { type: "text/plain" }), `pasted-${new Date().toISOString().replace(/[:.]/g, "-")}.txt`);
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
      {transfers.map((t) => (
        <div key={t.name} className="transfer">
          <span>{t.name}</span>
          <progress max={1} value={t.fraction} aria-label={`Uploading ${t.name}`} />
        </div>
      ))}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
