import { useState } from "react";
import { captureFileName, problemText, type DataUpload, type FaultMaven } from "@faultmaven/shared";
import { capturePage, sendToCase } from "./pageCapture";

const isWebPage = (tab: chrome.tabs.Tab) => tab.id !== undefined && /^https?:/.test(tab.url ?? "");

/** The tab beside the panel; failing that (the panel opened as a tab of its own), the web page used last. */
async function pageTabId(): Promise<number> {
  const [active] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (active && isWebPage(active)) {
    return active.id!;
  }
  const pages = (await chrome.tabs.query({})).filter(isWebPage).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (!pages[0]) {
    throw new Error("No web page to capture: open the page, then the side panel beside it.");
  }
  return pages[0].id!;
}

/** Attaches the active tab's readable content (or its selection), URL and title to the case. */
export function CapturePageButton({ client, caseId, onUploaded }: { client: FaultMaven; caseId: string; onUploaded: (upload: DataUpload) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const capture = async () => {
    setBusy(true);
    setError(null);
    try {
      const page = await capturePage(await pageTabId());
      const response = await sendToCase(client.baseUrl, client.credentials.get(), caseId, page, captureFileName(page));
      const body: unknown = await response.json().catch(() => ({ detail: `The server answered ${response.status}.` }));
      if (!response.ok) {
        // A revoked key is the sign-in's business, as for every other call.
        if (response.status === 401) {
          client.reportUnauthorized(body);
        }
        throw new Error(problemText(body));
      }
      onUploaded(body as DataUpload);
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="capture">
      <button type="button" onClick={capture} disabled={busy}>
        Capture page
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
