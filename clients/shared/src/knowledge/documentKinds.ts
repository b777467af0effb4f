import type { components } from "../api/schema";

export type DocumentKind = components["schemas"]["DocumentKind"];

export const documentKinds: DocumentKind[] = ["runbook", "postmortem", "faq", "reference"];
