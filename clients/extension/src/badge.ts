/** The toolbar button's badge and tooltip tell the outcome of "Send selection to FaultMaven" (the worker has no page to say it on). */
export async function showOnBadge(text: string, title: string) {
  await chrome.action.setBadgeText({ text });
  await chrome.action.setTitle({ title });
}

/** Back to the plain button: once the side panel is open, the outcome it reported has been seen (or is stale). */
export async function resetBadge() {
  await chrome.action.setBadgeText({ text: "" });
  await chrome.action.setTitle({ title: chrome.runtime.getManifest().action?.default_title ?? "Open FaultMaven" });
}
