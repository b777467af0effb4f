import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const repositoryRoot = resolve(__dirname, "..", "..", "..");

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** A free loopback port: bind to 0, read the port, let it go. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

/** Starts `./fm serve` — the README's command, which builds the CLI and the web app when needed — on a free port with a throwaway
 * data directory and the embedded defaults (SQLite, the offline engine, no network). */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "fm-e2e-"));
  const output: string[] = [];
  const child: ChildProcess = spawn(join(repositoryRoot, "fm"), ["serve", "--port", String(port), "--data-dir", dataDir], {
    cwd: repositoryRoot,
    env: { ...process.env, FM_LOG_LEVEL: "Warning", FM_WEB_ROOT: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`fm serve exited with ${child.exitCode}:\n${output.join("")}`);
    }
    try {
      if ((await fetch(`${url}/health/live`)).ok) {
        break;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      process.kill(-child.pid!, "SIGKILL");
      throw new Error(`fm serve did not answer within 240 s:\n${output.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        // The process group: the fm script and the dotnet server it exec'd.
        process.kill(-child.pid!, "SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) {
          process.kill(-child.pid!, "SIGKILL");
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Where a test's screenshot goes: docs/images when FM_UPDATE_SCREENSHOTS=1 (to refresh docs/CLIENTS.md), else test-results, so
 * an ordinary run leaves the committed images alone. */
export function screenshotPath(name: string): string {
  return process.env.FM_UPDATE_SCREENSHOTS === "1" ? join(repositoryRoot, "docs", "images", name) : join(__dirname, "..", "..", "test-results", "screenshots", name);
}
