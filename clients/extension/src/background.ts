import { loadSettings } from "./settings";
import { captureFileName } from "@faultmaven/shared/captureFileName";
import { showOnBadge as badge } from "./badge";
import { sendToCase, type PageCapture } from "./pageCapture";

const menuId = "send-selection";

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: menuId, title: "Send selection to FaultMaven", contexts: ["selection"] });
  void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === menuId && info.selectionText) {
    void sendSelection(info.selectionText, tab?.url ?? "", tab?.title ?? "");
  }
});

/** Sends selected text to the side panel's current case; the outcome is shown on the action badge (the worker has no page). */
export async function sendSelection(text: string, url: string, title: string): Promise<{ ok: boolean; detail: string }> {
  const settings = await loadSettings();
  if (!settings.currentCaseId) {
    await badge("!", "Open a case in the FaultMaven side panel first.");
    return { ok: false, detail: "no current case" };
  }
  const capture: PageCapture = { text, url, title };
  try {
    const response = await sendToCase(settings.serverUrl, settings.apiKey, settings.currentCaseId, capture, captureFileName(capture, "selection from "));
    const body = (await response.json().catch(() => ({}))) as { detail?: string; summary?: string };
    await badge(response.ok ? "✓" : "!", response.ok ? `Sent: ${body.summary ?? "selection"}` : (body.detail ?? `The server answered ${response.status}.`));
    return { ok: response.ok, detail: response.ok ? (body.summary ?? "") : (body.detail ?? String(response.status)) };
  } catch {
    await badge("!", `The FaultMaven server at ${settings.serverUrl} could not be reached.`);
    return { ok: false, detail: "unreachable" };
  }
}

// Reachable from the browser tests, which cannot click a context menu.
(globalThis as { faultMavenSendSelection?: typeof sendSelection }).faultMavenSendSelection = sendSelection;
