import { useCallback, useEffect, useState } from "react";
import type { FaultMaven } from "../api/client";
import { problemText, readProblem } from "../api/problem";
import { completeOidcSignIn, type OidcOptions } from "./oidc";

export type SignInState = "checking" | "signed-in" | "signed-out" | "unreachable";

/** Finds out whether the server lets this client in: with no key (FM_AUTH=off) or with the stored one. */
export function useSignIn(client: FaultMaven) {
  const [state, setState] = useState<SignInState>("checking");
  const [error, setError] = useState<string | null>(null);
  const [oidc, setOidc] = useState<OidcOptions | null>(null);

  const check = useCallback(async () => {
    try {
      const response = await fetch(`${client.baseUrl}/api/v1/cases?limit=1`, { headers: client.authHeaders() });
      if (response.status === 401) {
        const hadKey = client.credentials.get() !== null;
        client.credentials.clear();
        setError(hadKey ? problemText(await readProblem(response), "That API key was not accepted.") : null);
        setState("signed-out");
        return;
      }
      setError(response.ok ? null : problemText(await readProblem(response)));
      setState("signed-in");
    } catch {
      setError(`The FaultMaven server at ${client.baseUrl || window.location.origin} could not be reached.`);
      setState("unreachable");
    }
  }, [client]);

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

  useEffect(() => {
    if (state !== "signed-out") {
      return;
    }
    client.api.GET("/auth/options").then(
      (result) => setOidc(result.data?.oidc ?? null),
      () => setOidc(null),
    );
  }, [client, state]);

  const signIn = (apiKey: string) => {
    client.credentials.set(apiKey);
    setState("checking");
    void check();
  };
  const signOut = () => {
    client.credentials.clear();
    setState("signed-out");
  };
  return { state, error, oidc, signIn, signOut, retry: check };
}
