import { useState, type ReactNode } from "react";
import type { FaultMaven } from "../api/client";
import type { DataUpload } from "../api/types";
import { CaseList } from "../cases/CaseList";
import { NewCaseButton } from "../cases/NewCaseButton";
import { CaseView } from "../cases/CaseView";
import { KnowledgePage } from "../knowledge/KnowledgePage";
import { SignInForm } from "../signin/SignInForm";
import { useSignIn } from "../signin/useSignIn";
import { ThemeToggle } from "../theme/ThemeToggle";
import { AppErrorBoundary } from "./AppErrorBoundary";
import { FaultMavenContext } from "./FaultMavenContext";
import { NavigationContext, useNavigation, type Navigation } from "./navigation";
import { useShortcuts } from "./useShortcuts";

export interface FaultMavenAppProps {
  client: FaultMaven;
  navigation: Navigation;
  /** Whether to offer OIDC sign-in, which returns to this page's origin (the web app; not the extension). */
  singleSignOn?: boolean;
  /** Extra actions on a case page (the extension's "Capture page"). */
  caseActions?: (caseId: string, onUploaded: (upload: DataUpload) => void) => ReactNode;
}

/** The whole app — sign-in, cases, a case, knowledge — shared by the web app and the extension's side panel. */
export function FaultMavenApp({ client, navigation, caseActions, singleSignOn = true }: FaultMavenAppProps) {
  const signIn = useSignIn(client);
  // Clicking "Cases" while on the list reloads it, as a user who clicks it expects to see what changed.
  const [listGeneration, setListGeneration] = useState(0);
  const goTo = (path: string) => {
    if (path === navigation.path || (path === "/cases" && navigation.path === "/")) {
      setListGeneration((n) => n + 1);
    }
    navigation.go(path);
  };
  useShortcuts();
  return (
    <FaultMavenContext.Provider value={client}>
      <NavigationContext.Provider value={navigation}>
        <AppErrorBoundary resetKey={navigation.path} onBack={() => navigation.go("/cases")}>
          <header className="app-header">
            <h1>
              <a href="/" onClick={(e) => { e.preventDefault(); navigation.go("/"); }}>FaultMaven</a>
            </h1>
            <nav aria-label="Main">
              <a href="/cases" onClick={(e) => { e.preventDefault(); goTo("/cases"); }} aria-current={navigation.path.startsWith("/cases") || navigation.path === "/" ? "page" : undefined}>
                Cases
              </a>
              <a href="/knowledge" onClick={(e) => { e.preventDefault(); goTo("/knowledge"); }} aria-current={navigation.path === "/knowledge" ? "page" : undefined}>
                Knowledge
              </a>
            </nav>
            <div className="header-actions">
              {signIn.state === "signed-in" && <NewCaseButton />}
              <ThemeToggle />
              {signIn.state === "signed-in" && client.credentials.get() && (
                <button type="button" onClick={signIn.signOut}>
                  Sign out
                </button>
              )}
            </div>
          </header>
          <main>
            {signIn.state === "checking" && <p>Connecting…</p>}
            {signIn.state === "unreachable" && (
              <p role="alert" className="error">
                {signIn.error} <button type="button" onClick={() => void signIn.retry()}>Retry</button>
              </p>
            )}
            {signIn.state === "signed-out" && <SignInForm onSignIn={signIn.signIn} error={signIn.error} oidc={singleSignOn ? signIn.oidc : null} />}
            {signIn.state === "signed-in" && (
              // The header stays usable when a screen fails to draw; the outer boundary covers the header itself.
              <AppErrorBoundary resetKey={navigation.path} onBack={() => navigation.go("/cases")}>
                <Screen path={navigation.path} caseActions={caseActions} generation={listGeneration} />
              </AppErrorBoundary>
            )}
          </main>
        </AppErrorBoundary>
      </NavigationContext.Provider>
    </FaultMavenContext.Provider>
  );
}

function Screen({ path, caseActions, generation }: { path: string; caseActions?: FaultMavenAppProps["caseActions"]; generation: number }) {
  const caseMatch = /^\/cases\/([^/]+)/.exec(path);
  if (caseMatch) {
    const caseId = decodedSegment(caseMatch[1]!);
    if (caseId === null) {
      return <NotFound />;
    }
    return <CaseView key={caseId} caseId={caseId} extraActions={caseActions && ((onUploaded) => caseActions(caseId, onUploaded))} />;
  }
  if (path === "/knowledge") {
    return <KnowledgePage key={generation} />;
  }
  return <CaseList key={generation} />;
}

/** A path segment decoded, or null when it is not valid percent-encoding (`%E0%A4%A`): such an address names no case. */
function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch (e) {
    if (e instanceof URIError) {
      return null;
    }
    throw e;
  }
}

function NotFound() {
  const { go } = useNavigation();
  return (
    <div>
      <p role="alert" className="error">
        There is no case at this address: it is not a valid case link.
      </p>
      <a href="/cases" onClick={(e) => { e.preventDefault(); go("/cases"); }}>
        Back to cases
      </a>
    </div>
  );
}
