import { useState, type FormEvent } from "react";

/** Asks for an API key when the server requires credentials (FM_AUTH=required). */
export function SignInForm({ onSignIn, error }: { onSignIn: (apiKey: string) => void; error: string | null }) {
  const [apiKey, setApiKey] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (apiKey.trim()) {
      onSignIn(apiKey.trim());
    }
  };
  return (
    <form className="sign-in" onSubmit={submit} aria-label="Sign in">
      <h2>Sign in</h2>
      <p>This FaultMaven server requires credentials. Paste the API key your admin created for you (fm_…).</p>
      <label htmlFor="api-key">API key</label>
      <input id="api-key" type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
      <button type="submit" className="primary">
        Sign in
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
