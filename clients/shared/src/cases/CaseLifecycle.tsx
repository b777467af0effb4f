import { useRef, useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { expectData } from "../api/client";
import { ApiError, problemText } from "../api/problem";
import type { Case, CaseStatus, KnowledgeDocument } from "../api/types";

const changedElsewhere = "This case changed in another tab or by someone else; it has been reloaded — try again.";

/** Moves the case along open → investigating → resolved | closed, and writes a resolved case up as a postmortem. Its buttons are
 * disabled while a request is in flight: a double click would send the same change twice, and the second fails on the version. */
export function CaseLifecycle({ current, onChanged }: { current: Case; onChanged: (updated: Case) => void }) {
  const client = useFaultMaven();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // State updates after the click's render; the ref stops a second click that lands before it.
  const inFlight = useRef(false);

  const once = async (action: () => Promise<void>) => {
    if (inFlight.current) {
      return;
    }
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(problemText(e));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const moveTo = (status: CaseStatus) =>
    once(async () => {
      let latest = current;
      try {
        // The lifecycle has no shortcut from open to resolved: pass through investigating, as an engineer would.
        if (status === "resolved" && latest.status === "open") {
          latest = await patch(latest, "investigating");
          onChanged(latest);
        }
        onChanged(await patch(latest, status));
      } catch (e) {
        // 412: the version this tab read is stale. Show the case as it is now so the next click is made on what is true.
        if (e instanceof ApiError && e.status === 412) {
          onChanged(expectData(await client.api.GET("/api/v1/cases/{id}", { params: { path: { id: current.id } } })));
          throw new Error(changedElsewhere);
        }
        throw e;
      }
    });
  const patch = async (target: Case, status: CaseStatus) =>
    expectData(
      await client.api.PATCH("/api/v1/cases/{id}", {
        params: { path: { id: target.id } },
        body: { status, title: null, version: Number(target.version) },
      }),
    );
  const saveAsPostmortem = () =>
    once(async () => {
      const document: KnowledgeDocument = expectData(await client.api.POST("/api/v1/cases/{id}/knowledge", { params: { path: { id: current.id } } }));
      setMessage(`Saved as postmortem "${document.title}" in the knowledge base.`);
    });

  const active = current.status === "open" || current.status === "investigating";
  return (
    <div className="lifecycle" role="group" aria-label="Case lifecycle" aria-busy={busy}>
      <span className={`badge badge-${current.status}`} aria-label={`Status: ${current.status}`}>
        {current.status}
      </span>
      {current.status === "open" && (
        <button type="button" onClick={() => void moveTo("investigating")} disabled={busy}>
          Start investigating
        </button>
      )}
      {active && (
        <button type="button" onClick={() => void moveTo("resolved")} disabled={busy}>
          Resolve
        </button>
      )}
      {active && (
        <button type="button" onClick={() => void moveTo("closed")} disabled={busy}>
          Close case
        </button>
      )}
      {current.status === "resolved" && (
        <button type="button" onClick={() => void saveAsPostmortem()} disabled={busy}>
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
