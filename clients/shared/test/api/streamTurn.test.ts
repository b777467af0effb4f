import { afterEach, describe, expect, it, vi } from "vitest";
import { streamTurn } from "../../src/api/streamTurn";
import type { FaultMaven } from "../../src/api/client";

const sse = (type: string, data: unknown) => `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;

function answering(...events: string[]) {
  vi.stubGlobal("fetch", async () => new Response(events.join(""), { status: 200, headers: { "Content-Type": "text/event-stream" } }));
}

const client = { baseUrl: "http://fm.test", authHeaders: () => ({}) } as unknown as FaultMaven;

afterEach(() => vi.unstubAllGlobals());

describe("streamTurn", () => {
  it("shows the draft as the model writes, starts over after a tool call, and lets the final text replace it", async () => {
    answering(
      sse("progress", { step: "model", detail: "asking" }),
      sse("draft", "Let me "),
      sse("draft", "look"),
      sse("progress", { step: "tool", detail: "get_case_data()" }),
      sse("draft", "**Root cause:** pool"),
      sse("draft", " exhausted"),
      sse("state", { phase: "validation" }),
      sse("token", "## Root cause\n\n"),
      sse("token", "pool exhausted [upload:1:L2-L2]"),
      sse("reply", { caseId: "c1", text: "## Root cause\n\npool exhausted [upload:1:L2-L2]" }),
    );
    const texts: [string, boolean][] = [];
    const reply = await streamTurn(client, "c1", "why?", { onProgress: () => {}, onState: () => {}, onText: (text, final) => texts.push([text, final]) });

    expect(texts).toEqual([
      ["Let me ", false],
      ["Let me look", false],
      ["", false],
      ["**Root cause:** pool", false],
      ["**Root cause:** pool exhausted", false],
      ["## Root cause\n\n", true],
      ["## Root cause\n\npool exhausted [upload:1:L2-L2]", true],
    ]);
    expect(reply.caseId).toBe("c1");
  });

  it("fails with the problem when the stream ends without a reply", async () => {
    answering(sse("draft", "half an ans"));
    await expect(streamTurn(client, "c1", "why?", { onProgress: () => {}, onState: () => {}, onText: () => {} })).rejects.toMatchObject({ status: 502 });
  });
});
