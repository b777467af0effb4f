import { useRef, useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { useNavigation } from "../app/navigation";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";

/** The question typed on the case on screen and not yet asked, if any. */
function unsentQuestion(): string {
  return document.querySelector<HTMLTextAreaElement>("textarea#question")?.value.trim() ?? "";
}

/** Opens a case and goes to it; Alt+N does the same from anywhere (see useShortcuts). One click opens one case: the button is
 * disabled until the server answers. When the question box holds a question not yet asked, it asks first: going to the new case
 * would discard it. (A confirmation, not a per-case draft store, because the question box is owned by the conversation view and a
 * draft kept out of sight is easy to forget; the user sees the question and decides.) */
export function NewCaseButton() {
  const client = useFaultMaven();
  const { go } = useNavigation();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // State updates after the click's render; the ref stops a second click that lands before it.
  const inFlight = useRef(false);
  const keepWriting = useRef<HTMLButtonElement>(null);

  const create = async () => {
    if (inFlight.current) {
      return;
    }
    inFlight.current = true;
    setBusy(true);
    setConfirming(false);
    setError(null);
    try {
      const created = expectData(await client.api.POST("/api/v1/cases", { body: { title: `Incident ${new Date().toLocaleString()}`, sessionId: null } }));
      go(`/cases/${created.id}`);
    } catch (e) {
      setError(problemText(e));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  const onClick = () => {
    if (unsentQuestion()) {
      setConfirming(true);
      // Enter on the prompt keeps the question: discarding it must be a deliberate choice.
      setTimeout(() => keepWriting.current?.focus(), 0);
      return;
    }
    void create();
  };
  const backToQuestion = () => {
    setConfirming(false);
    document.getElementById("question")?.focus();
  };

  return (
    <>
      <button type="button" className="primary" onClick={onClick} disabled={busy} aria-keyshortcuts="Alt+N" data-new-case>
        New case
      </button>
      {confirming && (
        <span role="alertdialog" aria-label="Discard the unsent question?" className="confirm">
          Your question has not been asked; a new case discards it.{" "}
          <button type="button" ref={keepWriting} onClick={backToQuestion}>
            Keep writing
          </button>
          <button type="button" className="danger" onClick={() => void create()}>
            Discard and open new case
          </button>
        </span>
      )}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </>
  );
}
