using System.Text.RegularExpressions;

namespace FaultMaven.Core.Knowledge.Chunking;

/// <summary>Cuts Markdown (and plain text, which is Markdown without headings) along its structure: every heading starts a
/// section that knows its heading path; long sections are cut between paragraphs, list items and table rows, never inside a block
/// (a paragraph, a fenced code block) of up to <see cref="WholeBlockChunks"/> chunks' worth; a longer block (a document without
/// blank lines, a whole log on one line) is cut at line ends, else sentence ends, else spaces, else at the size; a short section
/// joins the next one. Offsets point into the original text.</summary>
public static partial class MarkdownChunker
{
    /// <summary>Chunks <paramref name="text"/>.</summary>
    public static List<TextChunk> Chunk(string text, ChunkingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ChunkingOptions();
        var sections = Sections(text);
        var chunks = new List<TextChunk>();
        (IReadOnlyList<string> Path, int Start)? pending = null;
        foreach (var (path, start, end, blocks) in sections)
        {
            // A short section (often a bare heading over its subsections) joins the next one, which carries the deeper path.
            var from = pending?.Start ?? start;
            var headings = path;
            if (end - from < options.MinChars && end < text.Length)
            {
                pending = (headings, from);
                continue;
            }

            pending = null;
            if (end - from <= options.MaxChars)
            {
                chunks.Add(new TextChunk(headings, text[from..end], from, end));
                continue;
            }

            // A long section: fill chunks block by block (paragraphs, list items, rows, whole code blocks).
            var chunkStart = from;
            var overlap = "";
            foreach (var (blockStart, blockEnd) in blocks.Where(b => b.End > from).SelectMany(b => Pieces(text, b.Start, b.End, options.MaxChars)))
            {
                if (blockEnd - chunkStart > options.MaxChars && blockStart > chunkStart)
                {
                    chunks.Add(new TextChunk(headings, overlap + text[chunkStart..blockStart], chunkStart, blockStart));
                    overlap = Tail(text[chunkStart..blockStart], options.OverlapChars);
                    chunkStart = blockStart;
                }
            }

            chunks.Add(new TextChunk(headings, overlap + text[chunkStart..end], chunkStart, end));
        }

        if (pending is { } rest && rest.Start < text.Length)
        {
            chunks.Add(new TextChunk(rest.Path, text[rest.Start..], rest.Start, text.Length));
        }

        return chunks.Where(c => !string.IsNullOrWhiteSpace(c.Text)).ToList();
    }

    /// <summary>How many chunks' worth a block (a paragraph, a table, a code block) may hold and still stay one chunk. A long runbook
    /// paragraph or table is one thought: cutting every block past one chunk's worth, or past four, lowered runbook search (nDCG@10
    /// 0.758 to 0.756 on the shared runbook queries), so only a block far past any written paragraph is cut.</summary>
    internal const int WholeBlockChunks = 16;

    /// <summary>A block, or the pieces of a block longer than <see cref="WholeBlockChunks"/> times <paramref name="maxChars"/>, each at
    /// most <paramref name="maxChars"/> long. Each cut is searched for in the second half of the piece's window only, so every character
    /// is looked at a bounded number of times (linear in the block).</summary>
    internal static IEnumerable<(int Start, int End)> Pieces(string text, int start, int end, int maxChars)
    {
        if (end - start <= (long)WholeBlockChunks * maxChars || maxChars < 2)
        {
            yield return (start, end);
            yield break;
        }

        var at = start;
        while (end - at > maxChars)
        {
            var limit = at + maxChars;
            var floor = at + (maxChars / 2);
            var cut = Cut(text, floor, limit);
            yield return (at, cut);
            at = cut;
        }

        if (end > at)
        {
            yield return (at, end);
        }
    }

    // The last line end in [floor, limit), else the last sentence end (., ! or ? before a space), else the last space, else limit
    // (never between the halves of a surrogate pair). The cut is the position after the separator.
    private static int Cut(string text, int floor, int limit)
    {
        var window = text.AsSpan(floor, limit - floor);
        var newline = window.LastIndexOf('\n');
        if (newline >= 0)
        {
            return floor + newline + 1;
        }

        for (var i = window.Length - 1; i > 0; i--)
        {
            if (char.IsWhiteSpace(window[i]) && window[i - 1] is '.' or '!' or '?')
            {
                return floor + i + 1;
            }
        }

        var space = window.LastIndexOfAny(' ', '\t');
        if (space >= 0)
        {
            return floor + space + 1;
        }

        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    /// <summary>The last whole lines of a chunk, up to <paramref name="chars"/> characters, repeated at the start of the next.</summary>
    private static string Tail(string text, int chars)
    {
        if (chars <= 0 || text.Length <= chars)
        {
            return chars <= 0 ? "" : text;
        }

        var cut = text.IndexOf('\n', text.Length - chars);
        return cut < 0 ? "" : text[(cut + 1)..];
    }

    private static List<(IReadOnlyList<string> Path, int Start, int End, List<(int Start, int End)> Blocks)> Sections(string text)
    {
        var sections = new List<(IReadOnlyList<string>, int, int, List<(int, int)>)>();
        var path = new List<(int Level, string Title)>();
        var sectionStart = 0;
        IReadOnlyList<string> sectionPath = [];
        var blocks = new List<(int, int)>();
        var blockStart = 0;
        string? fence = null;
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text.AsSpan(position, lineEnd - position).TrimEnd();
            if (fence is not null)
            {
                if (line.TrimStart().StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                    blocks.Add((blockStart, lineEnd));
                    blockStart = lineEnd;
                }
            }
            else if (FenceOpen().Match(line.ToString()) is { Success: true } open)
            {
                if (position > blockStart)
                {
                    blocks.Add((blockStart, position));
                }

                blockStart = position;
                fence = open.Groups["fence"].Value;
            }
            else if (Heading().Match(line.ToString()) is { Success: true } heading)
            {
                if (position > sectionStart)
                {
                    blocks.Add((blockStart, position));
                    sections.Add((sectionPath, sectionStart, position, blocks));
                }

                var level = heading.Groups["level"].Length;
                path.RemoveAll(h => h.Level >= level);
                path.Add((level, heading.Groups["title"].Value.Trim().TrimEnd('#').Trim()));
                sectionPath = path.Select(h => h.Title).ToList();
                (sectionStart, blockStart, blocks) = (position, position, []);
            }
            else if (line.IsEmpty || ListOrRow().IsMatch(line.ToString()))
            {
                // Paragraph breaks, list items and table rows are where a long section may be cut.
                if (position > blockStart)
                {
                    blocks.Add((blockStart, position));
                }

                blockStart = position;
            }

            position = lineEnd;
        }

        if (text.Length > sectionStart)
        {
            blocks.Add((blockStart, text.Length));
            sections.Add((sectionPath, sectionStart, text.Length, blocks));
        }

        return sections;
    }

    [GeneratedRegex(@"^ {0,3}(?<level>#{1,6})\s+(?<title>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?<fence>```|~~~)")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"^\s*(?:[-*+]\s|\d{1,3}[.)]\s|\|)")]
    private static partial Regex ListOrRow();
}
