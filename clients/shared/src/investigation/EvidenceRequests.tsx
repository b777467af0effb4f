import { useState } from "react";
import type { EvidenceRequest } from "../api/types";

/** What the investigation asks the engineer for, with the command to get it ready to copy. */
export function EvidenceRequests({ requests }: { requests: EvidenceRequest[] }) {
  if (requests.length === 0) {
    return <p className="empty">Nothing requested.</p>;
  }
  return (
    <ul className="evidence-requests">
      {requests.map((request, index) => (
        <li key={index}>
          <strong>{request.what}</strong>
          <span className="why"> — {request.why}</span>
          {request.howToGet && <CopyableCommand command={commandOf(request.howToGet)} what={request.what} />}
        </li>
      ))}
    </ul>
  );
}

// The offline engine writes "Run: `cmd`"; a model may give the bare command.
function commandOf(howToGet: string): string {
  const quoted = /`([^`]+)`/.exec(howToGet);
  return (quoted ? quoted[1]! : howToGet.replace(/^Run:\s*/i, "")).trim();
}

function CopyableCommand({ command, what }: { command: string; what: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="command">
      <code>{command}</code>
      <button type="button" onClick={copy} aria-label={`Copy command for ${what}`}>
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}
