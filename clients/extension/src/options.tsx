import { StrictMode, useEffect, useState, type FormEvent } from "react";
import { createRoot } from "react-dom/client";
import "@faultmaven/shared/styles.css";
import { apiKeyProblem } from "@faultmaven/shared";
import { defaultServerUrl, loadSettings, saveSettings } from "./settings";

/** The server to talk to and the API key to sign in with. */
function Options() {
  const [serverUrl, setServerUrl] = useState(defaultServerUrl);
  const [apiKey, setApiKey] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The form shows once the stored settings are in it: filled before they arrived, what was typed would be overwritten by them.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void loadSettings().then((s) => {
      setServerUrl(s.serverUrl);
      setApiKey(s.apiKey ?? "");
      setLoaded(true);
    });
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    let url: URL;
    try {
      url = new URL(serverUrl);
    } catch {
      setError("The server URL must be a full URL, e.g. https://faultmaven.example.com.");
      return;
    }
    if (url.protocol !== "https:" && !["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) {
      setError("Use https:// for a server that is not on this machine: the API key travels with every request.");
      return;
    }
    const key = apiKey.trim();
    const keyProblem = key ? apiKeyProblem(key) : null;
    if (keyProblem) {
      setError(keyProblem);
      return;
    }
    setError(null);
    await saveSettings({ serverUrl: url.origin, apiKey: key || null });
    setMessage(`Saved. Add ${location.origin} to the server's FM_CORS_ORIGINS so it accepts this extension.`);
  };

  return (
    <main>
      <h1>FaultMaven options</h1>
      {!loaded && <p role="status">Loading the saved settings…</p>}
      <form className="sign-in" onSubmit={save} aria-label="Options" hidden={!loaded}>
        <label htmlFor="server-url">Server URL</label>
        <input id="server-url" type="url" value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} required />
        <label htmlFor="api-key">API key</label>
        <input id="api-key" type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
        <button type="submit">Save</button>
        {message && <p role="status">{message}</p>}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
