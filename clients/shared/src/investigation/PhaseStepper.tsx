import type { DoctrinePhase } from "../api/types";

/** The five doctrine phases in order; intake comes before the first. */
export const doctrinePhases: { phase: DoctrinePhase; title: string }[] = [
  { phase: "blast-radius", title: "Blast radius" },
  { phase: "timeline", title: "Timeline" },
  { phase: "hypotheses", title: "Hypotheses" },
  { phase: "validation", title: "Validation" },
  { phase: "solution", title: "Solution" },
];

/** Where the investigation stands: done, current and upcoming phases, and why it is where it is. */
export function PhaseStepper({ phase, reason }: { phase: DoctrinePhase; reason: string | null }) {
  const current = doctrinePhases.findIndex((p) => p.phase === phase);
  return (
    <div className="phase-stepper">
      <ol aria-label="Doctrine phases">
        {doctrinePhases.map((p, index) => {
          const state = index < current ? "done" : index === current ? "current" : "upcoming";
          return (
            <li key={p.phase} className={`phase phase-${state}`} aria-current={state === "current" ? "step" : undefined}>
              <span className="phase-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="phase-title">{p.title}</span>
              <span className="visually-hidden">{state === "done" ? " (done)" : state === "current" ? " (current)" : ""}</span>
            </li>
          );
        })}
      </ol>
      <p className="phase-reason">
        {current < 0 ? "Intake: waiting for evidence and a question." : <strong>{doctrinePhases[current]!.title}: </strong>}
        {reason}
      </p>
    </div>
  );
}
