// Long enough to tell pages apart in the evidence list, short enough for any file system the evidence is later saved to.
const longestStem = 80;

/** A file name for text captured from a page: its title, else its host and path, reduced to characters safe in a file name, `.txt`
 * (the classifier reads the extension; captured text is plain text whatever the page was). */
export function captureFileName(page: { url: string; title: string }, prefix = ""): string {
  const safe = (text: string) =>
    text
      .normalize("NFKC")
      .replace(/[^\p{L}\p{N}._ -]+/gu, "-")
      .replace(/\s+/g, " ")
      .replace(/-{2,}/g, "-")
      .replace(/^[\s.-]+|[\s.-]+$/g, "");
  let stem = safe(page.title);
  if (!stem) {
    try {
      const url = new URL(page.url);
      stem = safe(`${url.hostname}${url.pathname === "/" ? "" : url.pathname}`);
    } catch {
      stem = "";
    }
  }
  stem = `${prefix}${stem || "page"}`.slice(0, longestStem).replace(/[\s.-]+$/, "");
  return `${stem}.txt`;
}
