/** The search marks matching words between « and »; they are shown as highlights. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.split(/«|»/);
  return (
    <>
      {parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : <span key={index}>{part}</span>))}
    </>
  );
}
