import { useCallback, useEffect, useMemo, useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";
import { streamTurn } from "../api/streamTurn";
import type { AgentProgress, Case, CaseUsage, DataUpload, EvidenceRef, InvestigationState, Turn } from "../api/types";
import { AskForm } from "../conversation/AskForm";
import { Conversation, type PendingTurn } from "../conversation/Conversation";
import { CitedEvidenceDialog } from "../evidence/CitedEvidenceDialog";
import { EvidenceDropZone } from "../evidence/EvidenceDropZone";
import { EvidenceList } from "../evidence/EvidenceList";
import { CitationContext, EvidenceNamesContext } from "../investigation/citations";
import { InvestigationPanel } from "../investigation/InvestigationPanel";
import { UsagePanel } from "../usage/UsagePanel";
import { CaseLifecycle } from "./CaseLifecycle";

const TurnPage = 200;

/** One case: its conversation and evidence beside its investigation. `extraActions` lets the extension add "Capture page". */
export function CaseView({ caseId, extraActions }: { caseId: string; extraActions?: (onUploaded: (upload: DataUpload) => void) => React.ReactNode }) {
  const client = useFaultMaven();
  const [current, setCurrent] = useState<Case | null>(null);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [uploads, setUploads] = useState<DataUpload[]>([]);
  const [usage, setUsage] = useState<CaseUsage | null>(null);
  const [investigation, setInvestigation] = useState<InvestigationState | null>(null);
  const [pending, setPending] = useState<PendingTurn | null>(null);
  // The last turn's steps stay on screen after its answer: how it got there is part of the answer.
  const [lastSteps, setLastSteps] = useState<AgentProgress[]>([]);
  const [citation, setCitation] = useState<EvidenceRef | null>(null);
  const [error, setError] = useState<string | null>(null);

  // How many turns come before the first one loaded: a long conversation opens at its newest turns, the rest a click away.
  const [earlier, setEarlier] = useState(0);

  const turnPage = useCallback(
    (offset: number) => client.api.GET("/api/v1/cases/{id}/turns", { params: { path: { id: caseId }, query: { limit: TurnPage, offset } } }).then(expectData),
    [client, caseId],
  );

  const refresh = useCallback(async () => {
    const path = { params: { path: { id: caseId } } };
    const [found, data, cost] = await Promise.all([
      client.api.GET("/api/v1/cases/{id}", path).then(expectData),
      client.api.GET("/api/v1/cases/{caseId}/data", { params: { path: { caseId }, query: { limit: 100 } } }).then(expectData),
      client.api.GET("/api/v1/cases/{id}/usage", path).then(expectData),
    ]);
    const first = Math.max(0, Number(found.turnCount) - TurnPage);
    const conversation = await turnPage(first);
    setCurrent(found);
    setInvestigation(found.investigation);
    setTurns(conversation.items);
    setEarlier(first);
    setUploads(data.items);
    setUsage(cost);
  }, [client, caseId, turnPage]);

  const showEarlier = async () => {
    const offset = Math.max(0, earlier - TurnPage);
    try {
      const page = await turnPage(offset);
      setTurns((loaded) => [...page.items.slice(0, earlier - offset), ...loaded]);
      setEarlier(offset);
    } catch (e) {
      setError(problemText(e));
    }
  };

  useEffect(() => {
    refresh().then(
      () => performance.mark("fm:case-data"),
      (e: unknown) => setError(problemText(e)),
    );
  }, [refresh]);

  // The render budget (a case of 200 turns drawn in under 300 ms) is measured between these marks by the browser tests.
  const loaded = current !== null;
  useEffect(() => {
    if (loaded) {
      performance.mark("fm:case-rendered");
    }
  }, [loaded]);

  const ask = async (question: string): Promise<boolean> => {
    setError(null);
    setPending({ question, progress: [], text: "" });
    setLastSteps([]);
    try {
      await streamTurn(client, caseId, question, {
        onProgress: (step) => {
          setLastSteps((steps) => [...steps, step]);
          setPending((p) => p && { ...p, progress: [...p.progress, step] });
        },
        onState: setInvestigation,
        onText: (text) => setPending((p) => p && { ...p, text }),
      });
      await refresh();
      return true;
    } catch (e) {
      setError(problemText(e));
      return false;
    } finally {
      setPending(null);
    }
  };

  const names = useMemo(() => new Map(uploads.map((u) => [u.id, u.fileName ?? u.id])), [uploads]);

  const uploaded = (upload: DataUpload) => setUploads((all) => [upload, ...all.filter((u) => u.id !== upload.id)]);

  if (!current || !investigation) {
    return error ? (
      <p role="alert" className="error">
        {error}
      </p>
    ) : (
      <p>Loading case…</p>
    );
  }

  return (
    <CitationContext.Provider value={setCitation}>
      <EvidenceNamesContext.Provider value={names}>
        <div className="case-view">
          <section className="case-main" aria-label="Conversation and evidence">
            <header className="case-header">
              <h2>{current.title}</h2>
              <CaseLifecycle current={current} onChanged={setCurrent} />
            </header>
            <Conversation turns={turns} pending={pending} lastSteps={lastSteps} earlier={earlier} onShowEarlier={showEarlier} />
            {error && (
              <p role="alert" className="error">
                {error}
              </p>
            )}
            <AskForm busy={pending !== null} onAsk={ask} />
            <EvidenceDropZone caseId={caseId} onUploaded={uploaded} />
            {extraActions?.(uploaded)}
            <EvidenceList uploads={uploads} />
          </section>
          <aside className="case-side">
            <InvestigationPanel state={investigation} />
            <UsagePanel usage={usage} />
          </aside>
        </div>
        {citation && <CitedEvidenceDialog caseId={caseId} citation={citation} onClose={() => setCitation(null)} />}
      </EvidenceNamesContext.Provider>
    </CitationContext.Provider>
  );
}
