import { useCallback, useEffect, useState } from "react";
import { fetchOrExplain, type FaultMaven } from "../api/client";
import { problemText, readProblem } from "../api/problem";
import { apiKeyProblem } from "../auth/apiKeyProblem";
import { completeOidcSignIn, type OidcOptions } from "./oidc";

export type SignInState = "checking" | "signed-in" | "signed-out" | "unreachable";

// API keys are minted as fm_…; anything else this app holds came from the OIDC issuer, whose tokens expire.
const isApiKey = (credential: string) => credential.startsWith("fm_");

/** Why the server's 401 sent the user back to sign in, in words that say what to do next. */
function refusalText(credential: string | null, problem: unknown): string {
  if (credential === null) {
    return "This server now requires credentials; sign in.";
  }
  return isApiKey(credential) ? `Your key was refused: ${problemText(problem, "it is no longer valid.")}` : "Your session ended; sign in again.";
}

/** Finds out whether the server lets this client in: with no key (FM_AUTH=off) or with the stored one. */
export function useSignIn(client: FaultMaven) {
  const [state, setState] = useState<SignInState>("checking");
  const [error, setError] = useState<string | null>(null);
  const [oidc, setOidc] = useState<OidcOptions | null>(null);

  const signOutBecause = useCallback(
    (reason: string | null) => {
      client.credentials.clear();
      setError(reason);
      setState("signed-out");
    },
    [client],
  );

  const check = useCallback(async () => {
    const stored = client.credentials.get();
    // A key stored before it was checked (an older version, another client) would make every request throw before it is sent.
    if (stored !== null && !/^[\x21-\x7E]+$/.test(stored)) {
      signOutBecause(apiKeyProblem(stored));
      return;
    }
    try {
      const response = await fetchOrExplain(`${client.baseUrl}/api/v1/cases?limit=1`, { headers: client.authHeaders() });
      if (response.status === 401) {
        signOutBecause(stored !== null ? problemText(await readProblem(response), "That API key was not accepted.") : null);
        return;
      }
      if (response.status === 431) {
        signOutBecause("The server refused the key as too large to be an API key (431); copy it again from where it was given to you.");
        return;
      }
      setError(response.ok ? null : problemText(await readProblem(response)));
      setState("signed-in");
    } catch {
      setError(`The FaultMaven server at ${client.baseUrl || window.location.origin} could not be reached.`);
      setState("unreachable");
    }
  }, [client, signOutBecause]);

  useEffect(() => {
    let cancelled = false;
    // A return from the OIDC issuer carries a code to exchange before the first API call.
    completeOidcSignIn().then(
      (token) => {
        if (token) {
          client.credentials.set(token);
        }
        if (!cancelled) {
          void check();
        }
      },
      (e: unknown) => {
        if (!cancelled) {
          setError(problemText(e));
          setState("signed-out");
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, check]);

  // Any call refused mid-session (a revoked key, an expired token) ends the session: the views behind it cannot work.
  useEffect(() => {
    if (state !== "signed-in") {
      return;
    }
    return client.onUnauthorized((problem) => signOutBecause(refusalText(client.credentials.get(), problem)));
  }, [client, state, signOutBecause]);

  useEffect(() => {
    if (state !== "signed-out") {
      return;
    }
    client.api.GET("/auth/options").then(
      (result) => setOidc(result.data?.oidc ?? null),
      () => setOidc(null),
    );
  }, [client, state]);

  const signIn = (typed: string) => {
    const apiKey = typed.trim();
    const problem = apiKeyProblem(apiKey);
    if (problem) {
      setError(problem);
      return;
    }
    client.credentials.set(apiKey);
    setError(null);
    setState("checking");
    void check();
  };
  const signOut = () => signOutBecause(null);
  return { state, error, oidc, signIn, signOut, retry: check };
}
