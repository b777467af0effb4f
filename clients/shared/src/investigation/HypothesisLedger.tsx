import type { Hypothesis } from "../api/types";
import { CitationList } from "./CitationButton";

/** The hypothesis ledger: each theory with its confidence, status and the evidence for and against it. */
export function HypothesisLedger({ hypotheses }: { hypotheses: Hypothesis[] }) {
  if (hypotheses.length === 0) {
    return <p className="empty">No hypotheses yet.</p>;
  }
  const ranked = [...hypotheses].sort((a, b) => Number(b.confidence) - Number(a.confidence));
  return (
    <ul className="hypotheses">
      {ranked.map((h) => {
        const percent = Math.round(Number(h.confidence) * 100);
        return (
          <li key={h.id} className={`hypothesis hypothesis-${h.status}`} aria-label={`Hypothesis ${h.id}`}>
            <div className="hypothesis-head">
              <span className={`badge badge-${h.status}`}>{h.status}</span>
              <meter min={0} max={100} value={percent} aria-label={`Confidence of ${h.id}`} />
              <span className="confidence">{percent}%</span>
            </div>
            <p>{h.statement}</p>
            {h.evidenceFor.length > 0 && (
              <p className="evidence-for">
                For: <CitationList citations={h.evidenceFor} label={`Evidence for ${h.id}`} />
              </p>
            )}
            {h.evidenceAgainst.length > 0 && (
              <p className="evidence-against">
                Against: <CitationList citations={h.evidenceAgainst} label={`Evidence against ${h.id}`} />
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
