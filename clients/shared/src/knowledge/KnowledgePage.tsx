import { useCallback, useEffect, useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";
import type { KnowledgeDocument } from "../api/types";
import { DocumentList } from "./DocumentList";
import { ImportDocuments } from "./ImportDocuments";
import { SearchKnowledge } from "./SearchKnowledge";

/** The team's knowledge base: import runbooks and postmortems, search them, and remove the ones that no longer hold. */
export function KnowledgePage() {
  const client = useFaultMaven();
  const [documents, setDocuments] = useState<KnowledgeDocument[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setError(null);
      setDocuments(expectData(await client.api.GET("/api/v1/knowledge/documents", { params: { query: { limit: 200 } } })).items);
    } catch (e) {
      setError(problemText(e));
    }
  }, [client]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="knowledge-page">
      <h2>Knowledge</h2>
      <ImportDocuments onImported={load} />
      <SearchKnowledge />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {/* The list is loading only while no error says it will not come. */}
      {(documents !== null || error === null) && <DocumentList documents={documents} onDeleted={load} />}
    </div>
  );
}
