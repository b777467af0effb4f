import { fetchOrExplain, type FaultMaven } from "./client";
import { ApiError, readProblem } from "./problem";
import type { AgentProgress, AgentReply, InvestigationState } from "./types";

export interface TurnEvents {
  onProgress(step: AgentProgress): void;
  onState(state: InvestigationState): void;
  /** The answer's text so far: while a model writes, its draft (`final` false); then the checked answer, which replaces it. */
  onText(text: string, final: boolean): void;
}

/** Asks the agent and follows its server-sent events: progress as the turn works, the model's draft as it writes (a tool call starts
 * a new draft), then the state, the final answer's text in pieces and the reply. Resolves with the reply; rejects with an ApiError
 * carrying the problem details (before or during the stream). */
export async function streamTurn(client: FaultMaven, caseId: string, message: string, events: TurnEvents, signal?: AbortSignal): Promise<AgentReply> {
  const response = await fetchOrExplain(`${client.baseUrl}/api/v1/cases/${encodeURIComponent(caseId)}/turns`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "text/event-stream", ...client.authHeaders() },
    body: JSON.stringify({ message }),
    signal,
  });
  if (!response.ok || !response.body) {
    const problem = await readProblem(response);
    if (response.status === 401) {
      client.reportUnauthorized(problem);
    }
    throw new ApiError(response.status, problem);
  }
  let reply: AgentReply | undefined;
  let text = "";
  let final = false;
  for await (const event of readEvents(response.body)) {
    const data: unknown = JSON.parse(event.data);
    switch (event.type) {
      case "progress":
        events.onProgress(data as AgentProgress);
        if ((data as AgentProgress).step === "tool" && text) {
          text = "";
          events.onText(text, false);
        }
        break;
      case "draft":
        text += data as string;
        events.onText(text, false);
        break;
      case "state":
        events.onState(data as InvestigationState);
        break;
      case "token":
        text = final ? text + (data as string) : (data as string);
        final = true;
        events.onText(text, true);
        break;
      case "reply":
        reply = data as AgentReply;
        break;
      case "error":
        throw new ApiError((data as { status?: number }).status ?? 500, data);
    }
  }
  if (!reply) {
    throw new ApiError(502, { detail: "The answer stream ended before the reply arrived." });
  }
  return reply;
}

interface ServerSentEvent {
  type: string;
  data: string;
}

/** Splits an SSE body into events (blank-line separated; `event:` and `data:` fields, data lines joined by newlines). */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      break;
    }
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const parsed = parseEvent(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (parsed) {
        yield parsed;
      }
    }
  }
  const last = parseEvent(buffer);
  if (last) {
    yield last;
  }
}

function parseEvent(block: string): ServerSentEvent | null {
  let type = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) {
      type = line.slice(6).trim();
    } else if (line.startsWith("data:")) {
      data.push(line.slice(5).replace(/^ /, ""));
    }
  }
  return data.length > 0 ? { type, data: data.join("\n") } : null;
}
