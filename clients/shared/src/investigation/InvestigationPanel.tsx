import type { InvestigationState } from "../api/types";
import { BlastRadiusView } from "./BlastRadiusView";
import { EvidenceRequests } from "./EvidenceRequests";
import { HypothesisLedger } from "./HypothesisLedger";
import { PhaseStepper } from "./PhaseStepper";
import { SolutionView } from "./SolutionView";
import { TimelineView } from "./TimelineView";

/** The investigation beside the conversation: the doctrine phases and what each has established. */
export function InvestigationPanel({ state }: { state: InvestigationState }) {
  return (
    <section aria-label="Investigation" className="investigation">
      <h2>Investigation</h2>
      <PhaseStepper phase={state.phase} reason={state.phaseReason} />
      <Part title="Blast radius">
        <BlastRadiusView blastRadius={state.blastRadius} />
      </Part>
      <Part title="Timeline">
        <TimelineView timeline={state.timeline} />
      </Part>
      <Part title="Hypotheses">
        <HypothesisLedger hypotheses={state.hypotheses} />
      </Part>
      <Part title="Evidence requested">
        <EvidenceRequests requests={state.evidenceRequests} />
      </Part>
      <Part title="Solution">
        <SolutionView solution={state.solution} />
      </Part>
    </section>
  );
}

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="investigation-part">
      <h3>{title}</h3>
      {children}
    </div>
  );
}
