import { useEffect, useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { useNavigation } from "../app/navigation";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";
import type { Case, CaseStatus } from "../api/types";

const statuses: CaseStatus[] = ["open", "investigating", "resolved", "closed"];
const PageSize = 100;

/** The cases the caller may see, newest first, filtered by status and by words in the title. */
export function CaseList() {
  const client = useFaultMaven();
  const { go } = useNavigation();
  const [status, setStatus] = useState<CaseStatus | "">("");
  const [search, setSearch] = useState("");
  const [cases, setCases] = useState<Case[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const query = search.trim();

  // The server searches every case the caller may see (words in the title, ignoring case), not only the newest page; a pause in
  // typing sends the query, so each keystroke does not.
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(
      () =>
        client.api
          .GET("/api/v1/cases", { params: { query: { status: status || undefined, q: query || undefined, limit: PageSize } } })
          .then(expectData)
          .then(
            (page) => {
              if (!cancelled) {
                setCases(page.items);
                setTotal(Number(page.total));
                setError(null);
              }
            },
            (e: unknown) => !cancelled && setError(problemText(e)),
          ),
      query ? 250 : 0,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, status, query]);

  const shown = cases ?? [];

  return (
    <section className="case-list" aria-label="Cases">
      <div className="toolbar">
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as CaseStatus | "")}>
            <option value="">all</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Search cases
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {cases && shown.length === 0 && <p className="empty">No cases{query || status ? " match" : " yet"}.</p>}
      <ul className="cases">
        {shown.map((c) => (
          <li key={c.id}>
            <a
              href={`/cases/${c.id}`}
              onClick={(e) => {
                e.preventDefault();
                go(`/cases/${c.id}`);
              }}
            >
              {c.title}
            </a>
            <span className={`badge badge-${c.status}`}>{c.status}</span>
            <span className="phase-label">{c.investigation.phase}</span>
            <time dateTime={c.createdAt}>{new Date(c.createdAt).toLocaleString()}</time>
          </li>
        ))}
      </ul>
      {total > shown.length && (
        <p className="empty">
          The newest {shown.length} of {total} cases are shown; search to find older ones.
        </p>
      )}
    </section>
  );
}
