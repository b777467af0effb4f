import { useState, type FormEvent } from "react";
import { problemText } from "../api/problem";
import { beginOidcSignIn, type OidcOptions } from "./oidc";

/** Asks for an API key when the server requires credentials (FM_AUTH=required). */
export function SignInForm({ onSignIn, error, oidc }: { onSignIn: (apiKey: string) => void; error: string | null; oidc: OidcOptions | null }) {
  const [apiKey, setApiKey] = useState("");
  const [redirectError, setRedirectError] = useState<string | null>(null);
  const singleSignOn = () => beginOidcSignIn(oidc!).catch((e: unknown) => setRedirectError(problemText(e)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The hook trims and checks the key, and says what is wrong with it.
    onSignIn(apiKey);
  };
  return (
    <form className="sign-in" onSubmit={submit} aria-label="Sign in">
      <h2>Sign in</h2>
      <p>This FaultMaven server requires credentials.</p>
      {oidc && (
        <>
          <button type="button" className="primary" onClick={singleSignOn}>
            Sign in with single sign-on
          </button>
          <p>Or paste an API key your admin created for you (fm_…).</p>
        </>
      )}
      {!oidc && <p>Paste the API key your admin created for you (fm_…).</p>}
      <label htmlFor="api-key">API key</label>
      <input id="api-key" type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
      <button type="submit" className="primary">
        Sign in
      </button>
      {(error ?? redirectError) && (
        <p role="alert" className="error">
          {error ?? redirectError}
        </p>
      )}
    </form>
  );
}
