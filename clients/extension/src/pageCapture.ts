/** What a capture attaches: the page's readable text with where it came from. */
export interface PageCapture {
  text: string;
  url: string;
  title: string;
}

// Large enough for a long runbook or a Kibana table, small enough to stay under the server's upload limit.
const maxCharacters = 2_000_000;

/** Runs inside the page (chrome.scripting.executeScript serialises it, so it must not use anything from its module): the main
 * content's visible text — the page's main or article element if it has one, else the body — or the selection when there is one. */
export function readPage(): PageCapture {
  const selection = window.getSelection()?.toString() ?? "";
  const main = document.querySelector("main, [role=main], article") ?? document.body;
  const text = selection.trim() ? selection : (main as HTMLElement).innerText;
  return { text: text.slice(0, 2_000_000), url: location.href, title: document.title };
}

/** Reads the page in a tab (the activeTab grant from opening the panel, or the context menu, allows it). */
export async function capturePage(tabId: number): Promise<PageCapture> {
  const [result] = await chrome.scripting.executeScript({ target: { tabId }, func: readPage });
  const capture = result?.result as PageCapture | undefined;
  if (!capture || !capture.text.trim()) {
    throw new Error("The page has no text to capture.");
  }
  return { ...capture, text: capture.text.slice(0, maxCharacters) };
}

/** Attaches captured text to a case through the data service (classified, redacted and analysed like any upload). */
export async function sendToCase(serverUrl: string, apiKey: string | null, caseId: string, capture: PageCapture, fileName: string): Promise<Response> {
  return fetch(`${serverUrl.replace(/\/$/, "")}/api/v1/cases/${encodeURIComponent(caseId)}/data`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}) },
    body: JSON.stringify({ content: capture.text, filename: fileName, source_url: capture.url, page_title: capture.title }),
  });
}
