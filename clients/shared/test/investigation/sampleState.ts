import type { InvestigationState } from "../../src/api/types";

/** An investigation as the offline engine leaves it after a log with a refused database connection (shape from a real reply). */
export const sampleState: InvestigationState = {
  phase: "validation",
  phaseReason: "Two hypotheses remain; the pod's previous log would tell them apart.",
  blastRadius: {
    services: ["checkout-api"],
    hosts: ["10.0.4.12:5432"],
    endpoints: ["/api/cart"],
    users: "all checkout users",
    severity: "high",
    since: "2026-12-01T09:12:02Z",
    evidence: [{ kind: "upload", id: "dat_1", startLine: 21, endLine: 59 }],
  },
  timeline: [
    { at: "2026-12-01T09:12:02Z", event: "First connection refused to payments-db", evidence: [{ kind: "upload", id: "dat_1", startLine: 21, endLine: 21 }] },
    { at: null, event: "Retries begin", evidence: [] },
  ],
  hypotheses: [
    { id: "h2", statement: "The checkout pods run out of connections", confidence: 0.2, status: "refuted", evidenceFor: [], evidenceAgainst: [{ kind: "upload", id: "dat_1", startLine: 3, endLine: 4 }] },
    { id: "h1", statement: "payments-db is down", confidence: 0.81, status: "supported", evidenceFor: [{ kind: "upload", id: "dat_1", startLine: 21, endLine: 59 }], evidenceAgainst: [] },
  ],
  evidenceRequests: [
    { what: "The database pod's state", why: "Tells a crash from a network problem", howToGet: "Run: `kubectl -n payments get pods -l app=payments-db`" },
    { what: "The alert that fired", why: "Says when it began", howToGet: null },
  ],
  solution: {
    steps: ["Fail over to the replica", "Restart the checkout pods"],
    risks: ["Restarting drops in-flight payments"],
    verification: ["Error rate returns to baseline"],
    followUps: ["Write a postmortem"],
  },
};
