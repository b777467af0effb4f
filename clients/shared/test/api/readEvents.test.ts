import { describe, expect, it } from "vitest";
import { readEvents } from "../../src/api/streamTurn";

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) {
        controller.enqueue(encoder.encode(chunk));
      }
      controller.close();
    },
  });
}

describe("readEvents", () => {
  it("reassembles events split across chunks, in order", async () => {
    const events = [];
    for await (const event of readEvents(streamOf('event: progress\ndata: {"step":"evidence",', '"detail":"reading"}\n\nevent: tok', 'en\ndata: "Hel"\n\n', 'event: token\r\ndata: "lo"\r\n\r\n'))) {
      events.push(event);
    }
    expect(events).toEqual([
      { type: "progress", data: '{"step":"evidence","detail":"reading"}' },
      { type: "token", data: '"Hel"' },
      { type: "token", data: '"lo"' },
    ]);
  });
});
