import { useEffect, useState } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { useNavigation } from "../app/navigation";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";
import type { Case, CaseStatus } from "../api/types";

const statuses: CaseStatus[] = ["open", "investigating", "resolved", "closed"];

/** The cases the caller may see, newest first, filtered by status and by words in the title. */
export function CaseList() {
  const client = useFaultMaven();
  const { go } = useNavigation();
  const [status, setStatus] = useState<CaseStatus | "">("");
  const [search, setSearch] = useState("");
  const [cases, setCases] = useState<Case[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    client.api
      .GET("/api/v1/cases", { params: { query: { status: status || undefined, limit: 100 } } })
      .then(expectData)
      .then(
        (page) => !cancelled && setCases(page.items),
        (e: unknown) => !cancelled && setError(problemText(e)),
      );
    return () => {
      cancelled = true;
    };
  }, [client, status]);

  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (cases ?? []).filter((c) => words.every((w) => c.title.toLowerCase().includes(w) || c.id.includes(w)));

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
      {cases && shown.length === 0 && <p className="empty">No cases{words.length > 0 || status ? " match" : " yet"}.</p>}
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
    </section>
  );
}

/** Opens a case and goes to it. Alt+N does the same from anywhere (see useShortcuts). */
export function NewCaseButton() {
  const client = useFaultMaven();
  const { go } = useNavigation();
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    setError(null);
    try {
      const created = expectData(await client.api.POST("/api/v1/cases", { body: { title: `Incident ${new Date().toLocaleString()}`, sessionId: null } }));
      go(`/cases/${created.id}`);
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <>
      <button type="button" className="primary" onClick={create} aria-keyshortcuts="Alt+N" data-new-case>
        New case
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </>
  );
}
