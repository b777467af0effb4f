import { useState, type DragEvent } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { problemText } from "../api/problem";
import { uploadWithProgress } from "../api/uploadWithProgress";
import type { DocumentKind } from "./documentKinds";
import { documentKinds } from "./documentKinds";

/** Imports runbooks, postmortems, FAQs or references: dropped or picked files, each with its progress. */
export function ImportDocuments({ onImported }: { onImported: () => void }) {
  const client = useFaultMaven();
  const [kind, setKind] = useState<DocumentKind>("runbook");
  const [progress, setProgress] = useState<Record<string, number>>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const importFile = async (file: File) => {
    const form = new FormData();
    form.append("kind", kind);
    form.append("file", file, file.name);
    setProgress((p) => ({ ...p, [file.name]: 0 }));
    try {
      const document = await uploadWithProgress<{ title: string; duplicate?: boolean }>(client, "/api/v1/knowledge/documents", form, (fraction) =>
        setProgress((p) => ({ ...p, [file.name]: fraction })),
      );
      setMessages((m) => [...m, `${document.duplicate ? "Already imported" : "Imported"}: ${document.title}`]);
      onImported();
    } catch (e) {
      setError(`${file.name}: ${problemText(e)}`);
    } finally {
      setProgress(({ [file.name]: _, ...rest }) => rest);
    }
  };
  const importAll = (files: FileList | null) => {
    setError(null);
    for (const file of Array.from(files ?? [])) {
      void importFile(file);
    }
  };
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
      {Object.entries(progress).map(([name, fraction]) => (
        <div key={name} className="transfer">
          <span>{name}</span>
          <progress max={1} value={fraction} aria-label={`Importing ${name}`} />
        </div>
      ))}
      <div className="messages" role="status" aria-label="Imported">
        {messages.map((m, i) => (
          <p key={i}>{m}</p>
        ))}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
