import { useRef, useState, type ClipboardEvent, type DragEvent } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { uploadEvidence } from "../api/uploadWithProgress";
import { problemText } from "../api/problem";
import { retryWhenThrottled } from "../api/retryWhenThrottled";
import type { DataUpload } from "../api/types";

/** One file waiting or being sent. The id, not the name, tells transfers apart: one drop may hold two `app.log`. */
interface Transfer {
  id: number;
  name: string;
  fraction: number;
  started: boolean;
}

interface QueuedUpload {
  id: number;
  file: Blob;
  name: string;
}

interface FailedUpload {
  id: number;
  name: string;
  reason: string;
}

// The server budgets case writes per client (120 a minute by default): a few at a time finish sooner than a burst it throttles.
const concurrentUploads = 3;

/** Attaches evidence to a case: drop files here, paste text or files, or pick them; each upload shows how much has been sent. */
export function EvidenceDropZone({ caseId, onUploaded }: { caseId: string; onUploaded: (upload: DataUpload) => void }) {
  const client = useFaultMaven();
  const [transfers, setTransfers] = useState<Transfer[]>([]);
  const [failures, setFailures] = useState<FailedUpload[]>([]);
  const [dragging, setDragging] = useState(false);
  const waiting = useRef<QueuedUpload[]>([]);
  const running = useRef(0);
  const lastId = useRef(0);

  const update = (id: number, change: Partial<Transfer>) => setTransfers((all) => all.map((t) => (t.id === id ? { ...t, ...change } : t)));

  const send = async ({ id, file, name }: QueuedUpload) => {
    update(id, { started: true });
    try {
      const upload = await retryWhenThrottled(() => uploadEvidence<DataUpload>(client, caseId, file, name, (fraction) => update(id, { fraction })));
      onUploaded(upload);
    } catch (e) {
      setFailures((all) => [...all, { id, name, reason: problemText(e) }]);
    } finally {
      setTransfers((all) => all.filter((t) => t.id !== id));
    }
  };
  const startWaiting = () => {
    while (running.current < concurrentUploads && waiting.current.length > 0) {
      const next = waiting.current.shift()!;
      running.current++;
      void send(next).finally(() => {
        running.current--;
        startWaiting();
      });
    }
  };
  const enqueue = (file: Blob, name: string) => {
    const id = ++lastId.current;
    waiting.current.push({ id, file, name });
    setTransfers((all) => [...all, { id, name, fraction: 0, started: false }]);
  };
  const sendAll = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      enqueue(file, file.name);
    }
    startWaiting();
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
      enqueue(new Blob([text], { type: "text/plain" }), `pasted-${new Date().toISOString().replace(/[:.]/g, "-")}.txt`);
      startWaiting();
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
        <div key={t.id} className="transfer">
          <span>
            {t.name}
            {!t.started && " (waiting)"}
          </span>
          <progress max={1} value={t.fraction} aria-label={`Uploading ${t.name}`} />
        </div>
      ))}
      {failures.length > 0 && (
        <div className="upload-failures">
          <div role="alert" className="error">
            <p>{failures.length === 1 ? "1 file was not attached:" : `${failures.length} files were not attached:`}</p>
            <ul aria-label="Files not attached">
              {failures.map((f) => (
                <li key={f.id}>
                  {f.name}: {f.reason}
                </li>
              ))}
            </ul>
          </div>
          <button type="button" onClick={() => setFailures([])}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
