import { useState, type DragEvent } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { TransferList } from "../api/TransferList";
import { uploadWithProgress } from "../api/uploadWithProgress";
import { useUploadQueue } from "../api/useUploadQueue";
import type { DocumentKind } from "./documentKinds";
import { documentKinds } from "./documentKinds";

/** Imports runbooks, postmortems, FAQs or references: dropped or picked files, a few at a time, each with its progress. */
export function ImportDocuments({ onImported }: { onImported: () => void }) {
  const client = useFaultMaven();
  const [kind, setKind] = useState<DocumentKind>("runbook");
  const [messages, setMessages] = useState<string[]>([]);
  const queue = useUploadQueue(
    (file, name, onProgress) => {
      const form = new FormData();
      form.append("kind", kind);
      form.append("file", file, name);
      return uploadWithProgress<{ title: string; duplicate?: boolean }>(client, "/api/v1/knowledge/documents", form, onProgress);
    },
    (document) => {
      setMessages((m) => [...m, `${document.duplicate ? "Already imported" : "Imported"}: ${document.title}`]);
      onImported();
    },
  );
  const importAll = (files: FileList | null) => queue.enqueue(Array.from(files ?? [], (file) => ({ file, name: file.name })));
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    importAll(event.dataTransfer.files);
  };

  return (
    <section className="drop-zone" aria-label="Import documents" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <h3>Import</h3>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
          {documentKinds.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label htmlFor="knowledge-files">Documents to import</label>
      <input id="knowledge-files" type="file" multiple accept=".md,.markdown,.txt,.html,.htm,.pdf,.json,.yaml,.yml" onChange={(e) => {
        importAll(e.target.files);
        e.target.value = "";
      }} />
      <p className="hint">Markdown, text, HTML, PDF, JSON or YAML; drop files here.</p>
      <TransferList transfers={queue.transfers} failures={queue.failures} verb="Importing" failed="not imported" onDismiss={queue.dismissFailures} />
      <div className="messages" role="status" aria-label="Imported">
        {messages.map((m, i) => (
          <p key={i}>{m}</p>
        ))}
      </div>
    </section>
  );
}
