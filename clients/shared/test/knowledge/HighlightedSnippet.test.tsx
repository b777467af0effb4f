import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { HighlightedSnippet } from "../../src/knowledge/HighlightedSnippet";

afterEach(cleanup);

function highlightsOf(snippet: string, highlights?: { start: number; length: number }[]) {
  const { container } = render(<HighlightedSnippet snippet={snippet} highlights={highlights} />);
  return { marks: Array.from(container.querySelectorAll("mark")).map((m) => m.textContent), text: container.textContent };
}

describe("HighlightedSnippet", () => {
  it("highlights the words the server marked, compounds included", () => {
    expect(highlightsOf("…the «payments-db» pool hit «max_connections» at «14.02»…")).toEqual({
      marks: ["payments-db", "max_connections", "14.02"],
      text: "…the payments-db pool hit max_connections at 14.02…",
    });
  });

  it("keeps a document's own guillemets as text and still finds the marks among them", () => {
    // The document says: Le service « paiements » renvoie «connection refused» — and "connection" and "refused" matched.
    expect(highlightsOf("Le service « paiements » renvoie ««connection» «refused»»")).toEqual({
      marks: ["connection", "refused"],
      text: "Le service « paiements » renvoie «connection refused»",
    });
    expect(highlightsOf("unbalanced « here and «restart» there »")).toEqual({ marks: ["restart"], text: "unbalanced « here and restart there »" });
  });

  it("with the server's offsets, highlights exactly those words, even a guillemet-quoted word that did not match", () => {
    // The document says: purge «cache» when «redis» saturates — only "redis" matched, at offset 25.
    const snippet = "purge «cache» when ««redis»» saturates";
    expect(highlightsOf(snippet, [{ start: 21, length: 5 }])).toEqual({ marks: ["redis"], text: "purge «cache» when «redis» saturates" });
    // An offset that does not sit between « » is not trusted.
    expect(highlightsOf(snippet, [{ start: 0, length: 5 }]).marks).toEqual([]);
  });
});
