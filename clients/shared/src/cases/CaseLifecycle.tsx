import { useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";
import type { Case, CaseStatus, KnowledgeDocument } from "../api/types";

/** Moves the case along open → investigating → resolved | closed, and writes a resolved case up as a postmortem. */
export function CaseLifecycle({ current, onChanged }: { current: Case; onChanged: (updated: Case) => void }) {
  const client = useFaultMaven();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const moveTo = async (status: CaseStatus) => {
    setError(null);
    try {
      let latest = current;
      // The lifecycle has no shortcut from open to resolved: pass through investigating, as an engineer would.
      if (status === "resolved" && latest.status === "open") {
        latest = await patch(latest, "investigating");
      }
      onChanged(await patch(latest, status));
    } catch (e) {
      setError(problemText(e));
    }
  };
  const patch = async (target: Case, status: CaseStatus) =>
    expectData(
      await client.api.PATCH("/api/v1/cases/{id}", {
        params: { path: { id: target.id } },
        body: { status, title: null, version: Number(target.version) },
      }),
    );
  const saveAsPostmortem = async () => {
    setError(null);
    try {
      const document: KnowledgeDocument = expectData(await client.api.POST("/api/v1/cases/{id}/knowledge", { params: { path: { id: current.id } } }));
      setMessage(`Saved as postmortem "${document.title}" in the knowledge base.`);
    } catch (e) {
      setError(problemText(e));
    }
  };

  const active = current.status === "open" || current.status === "investigating";
  return (
    <div className="lifecycle" role="group" aria-label="Case lifecycle">
      <span className={`badge badge-${current.status}`} aria-label={`Status: ${current.status}`}>
        {current.status}
      </span>
      {current.status === "open" && (
        <button type="button" onClick={() => moveTo("investigating")}>
          Start investigating
        </button>
      )}
      {active && (
        <button type="button" onClick={() => moveTo("resolved")}>
          Resolve
        </button>
      )}
      {active && (
        <button type="button" onClick={() => moveTo("closed")}>
          Close case
        </button>
      )}
      {current.status === "resolved" && (
        <button type="button" onClick={saveAsPostmortem}>
          Save as postmortem
        </button>
      )}
      {message && <span role="status">{message}</span>}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </div>
  );
}
