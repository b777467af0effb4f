import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema";
import type { CredentialStore } from "../auth/credentials";
import { ApiError, ServerUnreachableError, readProblem } from "./problem";

export type ApiClient = ReturnType<typeof createClient<paths>>;

/** Everything a view needs to talk to the server: the typed client, the base URL and the credentials for hand-made requests (SSE, XHR). */
export interface FaultMaven {
  api: ApiClient;
  baseUrl: string;
  credentials: CredentialStore;
  authHeaders(): Record<string, string>;
  /** Tells the listener (the sign-in state) whenever the server answers 401 to a call, with the problem it gave. */
  onUnauthorized(listener: (problem: unknown) => void): () => void;
  /** Called by the hand-made requests (SSE, XHR) that do not pass through the typed client's middleware. */
  reportUnauthorized(problem: unknown): void;
}

/** Creates the client; `baseUrl` is "" for the web app (same origin) or the server's URL for the extension. */
export function createFaultMaven(baseUrl: string, credentials: CredentialStore): FaultMaven {
  const authHeaders = (): Record<string, string> => {
    const key = credentials.get();
    // The key travels in a header only, never in a URL, so it stays out of history, referrers and access logs.
    return key ? { Authorization: `Bearer ${key}` } : {};
  };
  const auth: Middleware = {
    onRequest({ request }) {
      for (const [name, value] of Object.entries(authHeaders())) {
        request.headers.set(name, value);
      }
      return request;
    },
  };
  // A key revoked or a token expired mid-session is refused by whichever call comes next: each reports it to the one place that signs out.
  const unauthorizedListeners = new Set<(problem: unknown) => void>();
  const reportUnauthorized = (problem: unknown) => unauthorizedListeners.forEach((listener) => listener(problem));
  const onUnauthorized = (listener: (problem: unknown) => void) => {
    unauthorizedListeners.add(listener);
    return () => void unauthorizedListeners.delete(listener);
  };
  const watchUnauthorized: Middleware = {
    async onResponse({ response }) {
      if (response.status === 401) {
        reportUnauthorized(await readProblem(response.clone()));
      }
      return response;
    },
  };
  const api = createClient<paths>({ baseUrl: baseUrl.replace(/\/$/, ""), fetch: fetchOrExplain });
  api.use(auth, watchUnauthorized);
  return { api, baseUrl: baseUrl.replace(/\/$/, ""), credentials, authHeaders, onUnauthorized, reportUnauthorized };
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem details. */
export function expectData<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, result.error);
  }
  return result.data as T;
}

/** fetch, with its network failure (a bare TypeError: "Failed to fetch", "NetworkError…", "Load failed") turned into one error every view explains the same way. */
export async function fetchOrExplain(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  try {
    return await globalThis.fetch(input, init);
  } catch (e) {
    if (e instanceof TypeError) {
      throw new ServerUnreachableError(e);
    }
    throw e;
  }
}
