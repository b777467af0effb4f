import { Fragment } from "react";
import type { AgentProgress, Turn } from "../api/types";
import { MarkdownText } from "./MarkdownText";

export interface PendingTurn {
  question: string;
  progress: AgentProgress[];
  text: string;
}

/** The case's conversation. The latest answer — the one being written, or else the last one given — is the article named "Answer". */
export function Conversation({
  turns,
  pending,
  lastSteps = [],
  earlier = 0,
  onShowEarlier,
}: {
  turns: Turn[];
  pending: PendingTurn | null;
  lastSteps?: AgentProgress[];
  /** How many turns come before the first one given; with `onShowEarlier`, a button loads them. */
  earlier?: number;
  onShowEarlier?: () => void;
}) {
  const lastAnswer = pending ? -1 : turns.map((t) => t.role).lastIndexOf("assistant");
  return (
    <div className="conversation" aria-label="Conversation" role="log">
      {earlier > 0 && onShowEarlier && (
        <button type="button" className="show-earlier" onClick={onShowEarlier}>
          Show earlier turns ({earlier} not shown)
        </button>
      )}
      {turns.length === 0 && !pending && <p className="empty">Attach evidence and ask a question to start the investigation.</p>}
      {turns.map((turn, index) =>
        turn.role === "user" ? (
          <div key={turn.sequence} className="turn turn-user" aria-label={`Question ${turn.sequence}`} role="note">
            {turn.content}
          </div>
        ) : (
          <Fragment key={turn.sequence}>
            {index === lastAnswer && lastSteps.length > 0 && <ProgressSteps steps={lastSteps} />}
            <article className="turn turn-assistant" aria-label={index === lastAnswer ? "Answer" : `Earlier reply ${turn.sequence}`}>
              <MarkdownText text={turn.content} />
            </article>
          </Fragment>
        ),
      )}
      {pending && (
        <>
          <div className="turn turn-user" role="note" aria-label="Question being answered">
            {pending.question}
          </div>
          <ProgressSteps steps={pending.progress} />
          <article className="turn turn-assistant" aria-label="Answer" aria-busy="true">
            {pending.text ? <MarkdownText text={pending.text} /> : <p className="empty">Working…</p>}
          </article>
        </>
      )}
    </div>
  );
}

/** The turn's live steps: uploads read, evidence analysed, runbooks searched, the model and each tool it calls. */
export function ProgressSteps({ steps }: { steps: AgentProgress[] }) {
  return (
    <ol className="progress-steps" aria-label="Progress" aria-live="polite">
      {steps.map((step, index) => (
        <li key={index}>
          <span className="progress-step">{step.step}</span> {step.detail}
        </li>
      ))}
    </ol>
  );
}
