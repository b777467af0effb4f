import type { Solution } from "../api/types";

export function SolutionView({ solution }: { solution: Solution | null }) {
  if (!solution || solution.steps.length === 0) {
    return <p className="empty">No solution proposed yet.</p>;
  }
  return (
    <div className="solution">
      <ol aria-label="Solution steps">
        {solution.steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
      <List title="Risks" items={solution.risks} />
      <List title="Verification" items={solution.verification} />
      <List title="Follow-ups" items={solution.followUps} />
    </div>
  );
}

function List({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) {
    return null;
  }
  return (
    <>
      <h4>{title}</h4>
      <ul aria-label={title}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  );
}
