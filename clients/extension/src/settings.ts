/** What the extension keeps in chrome.storage.local: the server, the API key and the case selections go to. */
export interface Settings {
  serverUrl: string;
  apiKey: string | null;
  currentCaseId: string | null;
}

export const defaultServerUrl = "http://127.0.0.1:8000";

export async function loadSettings(): Promise<Settings> {
  const stored = await chrome.storage.local.get(["serverUrl", "apiKey", "currentCaseId"]);
  return {
    serverUrl: typeof stored.serverUrl === "string" && stored.serverUrl ? stored.serverUrl : defaultServerUrl,
    apiKey: typeof stored.apiKey === "string" && stored.apiKey ? stored.apiKey : null,
    currentCaseId: typeof stored.currentCaseId === "string" ? stored.currentCaseId : null,
  };
}

export function saveSettings(settings: Partial<Settings>): Promise<void> {
  return chrome.storage.local.set(settings);
}
