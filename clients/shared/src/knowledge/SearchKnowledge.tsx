import { useState, type FormEvent } from "react";
import { useFaultMaven } from "../app/FaultMavenContext";
import { expectData } from "../api/client";
import { problemText } from "../api/problem";
import type { DocumentHit } from "../api/types";
import { HighlightedSnippet } from "./HighlightedSnippet";

export function SearchKnowledge() {
  const client = useFaultMaven();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<DocumentHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setHits(expectData(await client.api.GET("/api/v1/knowledge/search", { params: { query: { q: query, limit: 10 } } })).results);
    } catch (e) {
      setHits(null);
      setError(problemText(e));
    }
  };

  return (
    <section aria-label="Search knowledge" className="knowledge-search">
      <form onSubmit={search} role="search">
        <label htmlFor="knowledge-query">Search knowledge</label>
        <input id="knowledge-query" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit">Search</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {hits && hits.length === 0 && <p className="empty">Nothing found.</p>}
      {hits && hits.length > 0 && (
        <ol className="search-results" aria-label="Search results">
          {hits.map((hit) => (
            <li key={hit.documentId}>
              <strong>{hit.title}</strong> <span className="badge">{hit.kind}</span>
              {hit.passages.map((passage) => (
                <p key={passage.chunkId} className="snippet">
                  {passage.headingPath.length > 0 && <span className="heading-path">{passage.headingPath.join(" › ")}: </span>}
                  <HighlightedSnippet snippet={passage.snippet} highlights={passage.highlights} />
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
