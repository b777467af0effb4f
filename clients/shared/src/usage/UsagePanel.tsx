import type { CaseUsage } from "../api/types";

/** What the case's answers have cost: language-model turns, tokens and estimated USD. */
export function UsagePanel({ usage }: { usage: CaseUsage | null }) {
  if (!usage) {
    return null;
  }
  return (
    <section className="usage" aria-label="Model usage">
      <h3>Model usage</h3>
      <dl className="facts">
        <div>
          <dt>Turns</dt>
          <dd>
            {usage.turns} ({usage.modelTurns} by a model)
          </dd>
        </div>
        <div>
          <dt>Tokens</dt>
          <dd>
            {usage.inputTokens} in / {usage.outputTokens} out
          </dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd>${Number(usage.costUsd).toFixed(4)}</dd>
        </div>
      </dl>
    </section>
  );
}
