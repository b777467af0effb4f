import { useCallback, useEffect, useState } from "react";
import type { FaultMaven } from "../api/client";
import { problemText, readProblem } from "../api/problem";

export type SignInState = "checking" | "signed-in" | "signed-out" | "unreachable";

/** Finds out whether the server lets this client in: with no key (FM_AUTH=off) or with the stored one. */
export function useSignIn(client: FaultMaven) {
  const [state, setState] = useState<SignInState>("checking");
  const [error, setError] = useState<string | null>(null);

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
    void check();
  }, [check]);

  const signIn = (apiKey: string) => {
    client.credentials.set(apiKey);
    setState("checking");
    void check();
  };
  const signOut = () => {
    client.credentials.clear();
    setState("signed-out");
  };
  return { state, error, signIn, signOut, retry: check };
}
