import type { TimelineEntry } from "../api/types";
import { CitationList } from "./CitationButton";

export function TimelineView({ timeline }: { timeline: TimelineEntry[] }) {
  if (timeline.length === 0) {
    return <p className="empty">No events placed in time yet.</p>;
  }
  return (
    <ol className="timeline">
      {timeline.map((entry, index) => (
        <li key={index}>
          <time dateTime={entry.at ?? undefined}>{entry.at ? new Date(entry.at).toLocaleString() : "no time"}</time>
          <span className="timeline-event">{entry.event}</span>
          <CitationList citations={entry.evidence} label={`Evidence for event ${index + 1}`} />
        </li>
      ))}
    </ol>
  );
}
