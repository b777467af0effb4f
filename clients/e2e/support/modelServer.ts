import { createServer, type Server } from "node:http";
import { freePort } from "./server";

export interface ModelServer {
  /** The OpenAI-style base URL (`FM_OPENAI_URL`). */
  url: string;
  /** Every request body received. */
  requests: Array<{ stream?: boolean; messages: unknown[] }>;
  /** Lets the halted answer go on. */
  release(): void;
  stop(): Promise<void>;
}

/** A real HTTP server on a loopback port that speaks OpenAI's chat-completions protocol with server-sent-event streaming, so the
 * FaultMaven server's production client talks to it unchanged. It answers with `answer`, streamed in small pieces, and stops at
 * `haltAt` until the test calls `release()`: what the browser shows meanwhile is what a person sees while a model is writing. */
export async function startModelServer(answer: string, haltAt: number): Promise<ModelServer> {
  const port = await freePort();
  const requests: ModelServer["requests"] = [];
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));

  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", async () => {
      if (request.method !== "POST" || !request.url?.endsWith("/chat/completions")) {
        response.writeHead(404, { "Content-Type": "application/json" }).end(JSON.stringify({ error: { message: "not found", type: "invalid_request_error" } }));
        return;
      }
      const parsed = JSON.parse(body) as ModelServer["requests"][number] & { stream_options?: { include_usage?: boolean } };
      requests.push(parsed);
      const usage = { prompt_tokens: 1200, completion_tokens: 300, total_tokens: 1500 };
      if (!parsed.stream) {
        response.writeHead(200, { "Content-Type": "application/json" }).end(
          JSON.stringify({ id: "chatcmpl-e2e", object: "chat.completion", created: 1, model: "e2e-model", choices: [{ index: 0, message: { role: "assistant", content: answer }, finish_reason: "stop" }], usage }),
        );
        return;
      }
      response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
      const chunk = (delta: object, finish: string | null = null) =>
        response.write(`data: ${JSON.stringify({ id: "chatcmpl-e2e", object: "chat.completion.chunk", created: 1, model: "e2e-model", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
      for (let at = 0; at < answer.length; at += 24) {
        if (at <= haltAt && haltAt < at + 24) {
          chunk({ role: "assistant", content: answer.slice(at, haltAt) });
          await released;
          chunk({ content: answer.slice(haltAt, at + 24) });
        } else {
          chunk({ role: "assistant", content: answer.slice(at, at + 24) });
        }
      }
      chunk({}, "stop");
      if (parsed.stream_options?.include_usage) {
        response.write(`data: ${JSON.stringify({ id: "chatcmpl-e2e", object: "chat.completion.chunk", created: 1, model: "e2e-model", choices: [], usage })}\n\n`);
      }
      response.end("data: [DONE]\n\n");
    });
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    release,
    stop: () =>
      new Promise((done) => {
        release();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
