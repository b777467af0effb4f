import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema";
import type { CredentialStore } from "../auth/credentials";
import { ApiError } from "./problem";

export type ApiClient = ReturnType<typeof createClient<paths>>;

/** Everything a view needs to talk to the server: the typed client, the base URL and the credentials for hand-made requests (SSE, XHR). */
export interface FaultMaven {
  api: ApiClient;
  baseUrl: string;
  credentials: CredentialStore;
  authHeaders(): Record<string, string>;
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
  const api = createClient<paths>({ baseUrl: baseUrl.replace(/\/$/, "") });
  api.use(auth);
  return { api, baseUrl: baseUrl.replace(/\/$/, ""), credentials, authHeaders };
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem details. */
export function expectData<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, result.error);
  }
  return result.data as T;
}
