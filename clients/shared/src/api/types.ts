import type { components } from "./schema";

type Schemas = components["schemas"];

export type Case = Schemas["Case"];
export type CaseStatus = Schemas["CaseStatus"];
export type Turn = Schemas["Turn"];
export type AgentReply = Schemas["AgentReply"];
export type InvestigationState = Schemas["InvestigationState"];
export type DoctrinePhase = Schemas["DoctrinePhase"];
export type EvidenceRef = Schemas["EvidenceRef"];
export type Hypothesis = Schemas["Hypothesis"];
export type BlastRadius = Schemas["BlastRadius"];
export type TimelineEntry = Schemas["TimelineEntry"];
export type EvidenceRequest = Schemas["EvidenceRequest"];
export type Solution = Schemas["Solution"];
export type DataUpload = Schemas["DataUpload"];
export type DataContentResponse = Schemas["DataContentResponse"];
export type KnowledgeDocument = Schemas["KnowledgeDocumentResponse"];
export type DocumentHit = Schemas["DocumentHit"];
export type CaseUsage = Schemas["CaseUsage"];
export type ProblemDetails = Schemas["ProblemDetails"];

/** A live step of a turn, sent as an SSE `progress` event (not part of the OpenAPI document: SSE payloads are not described there). */
export interface AgentProgress {
  step: string;
  detail: string;
}
