import type { BlastRadius } from "../api/types";
import { CitationList } from "./CitationButton";

export function BlastRadiusView({ blastRadius }: { blastRadius: BlastRadius | null }) {
  if (!blastRadius) {
    return <p className="empty">Not established yet.</p>;
  }
  const rows: [string, string][] = [
    ["Severity", blastRadius.severity],
    ["Services", blastRadius.services.join(", ")],
    ["Hosts", blastRadius.hosts.join(", ")],
    ["Endpoints", blastRadius.endpoints.join(", ")],
    ["Users", blastRadius.users ?? ""],
    ["Since", blastRadius.since ? new Date(blastRadius.since).toLocaleString() : ""],
  ];
  return (
    <>
      <dl className="facts">
        {rows
          .filter(([, value]) => value)
          .map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd className={name === "Severity" ? `severity severity-${value}` : undefined}>{value}</dd>
            </div>
          ))}
      </dl>
      <CitationList citations={blastRadius.evidence} label="Blast radius evidence" />
    </>
  );
}
