import { StrictMode, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { createFaultMaven, FaultMavenApp, type CredentialStore, type Navigation } from "@faultmaven/shared";
import "@faultmaven/shared/styles.css";
import { loadSettings, saveSettings, type Settings } from "./settings";
import { CapturePageButton } from "./CapturePageButton";
import { resetBadge } from "./badge";

/** The key lives in chrome.storage.local (read before the panel renders), so the side panel and the context menu share it. */
function extensionCredentials(settings: Settings): CredentialStore {
  let key = settings.apiKey;
  return {
    get: () => key,
    set: (next) => {
      key = next;
      void saveSettings({ apiKey: next });
    },
    clear: () => {
      key = null;
      void saveSettings({ apiKey: null });
    },
  };
}

function SidePanel({ settings }: { settings: Settings }) {
  const client = useMemo(() => createFaultMaven(settings.serverUrl, extensionCredentials(settings)), [settings]);
  const [path, setPath] = useState(settings.currentCaseId ? `/cases/${settings.currentCaseId}` : "/cases");
  const navigation = useMemo<Navigation>(
    () => ({
      path,
      go: (next) => {
        setPath(next);
        // The case on screen is where "Send selection to FaultMaven" sends.
        const caseId = /^\/cases\/([^/]+)/.exec(next)?.[1];
        if (caseId) {
          try {
            void saveSettings({ currentCaseId: decodeURIComponent(caseId) });
          } catch {
            // Not valid percent-encoding: no case to send selections to; the panel says so.
          }
        }
      },
    }),
    [path],
  );
  return (
    <FaultMavenApp
      client={client}
      navigation={navigation}
      singleSignOn={false}
      caseActions={(caseId, onUploaded) => <CapturePageButton client={client} caseId={caseId} onUploaded={onUploaded} />}
    />
  );
}

void resetBadge();
void loadSettings().then((settings) =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <SidePanel settings={settings} />
    </StrictMode>,
  ),
);
