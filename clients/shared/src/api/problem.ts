/** Turns whatever a failed call produced into one sentence for the user: the problem's `detail` when the server sent one. */
export function problemText(error: unknown, fallback = "The request failed."): string {
  if (typeof error === "string") {
    return error;
  }
  if (isNetworkFailure(error)) {
    return serverUnreachable;
  }
  if (error && typeof error === "object") {
    const problem = error as { detail?: unknown; title?: unknown; errors?: Record<string, string[]> };
    if (problem.errors && typeof problem.errors === "object") {
      const first = Object.values(problem.errors).flat()[0];
      if (first) {
        return first;
      }
    }
    if (typeof problem.detail === "string" && problem.detail) {
      return problem.detail;
    }
    if (typeof problem.title === "string" && problem.title) {
      return problem.title;
    }
    if (error instanceof Error) {
      return error.message;
    }
  }
  return fallback;
}

export const serverUnreachable = "The server could not be reached: check your connection or whether FaultMaven is running, then try again.";

/** A request that never got an answer: the server is down, the network is, or a proxy or CORS stopped it. */
export class ServerUnreachableError extends Error {
  constructor(cause?: unknown) {
    super(serverUnreachable, { cause });
  }
}

// fetch rejects with a bare TypeError when no response arrives; each browser words it differently.
function isNetworkFailure(error: unknown): boolean {
  return (
    error instanceof ServerUnreachableError ||
    (error instanceof TypeError && /failed to fetch|networkerror|load failed|network request failed|fetch failed/i.test(error.message))
  );
}

/** Thrown by the client helpers so callers can show `problemText(error)` and react to the status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
    /** How long the server asked the client to wait before trying again (a 429's or 503's Retry-After), when it said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problemText(problem, `The server answered ${status}.`));
  }
}

/** Reads a Retry-After header: a number of seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) {
    return null;
  }
  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim());
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, (date - now) / 1000);
}

/** Reads a problem-details body, or a short description of a body that is not one. */
export async function readProblem(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text.trim() || `The server answered ${response.status} ${response.statusText}.` };
  }
}
