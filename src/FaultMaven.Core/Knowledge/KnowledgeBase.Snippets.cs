using System.Text;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Core.Knowledge;

// Snippets: the passage text a hit shows, around its densest run of matching words.
public sealed partial class KnowledgeBase
{
    /// <summary>About 300 characters around the densest run of matching words on one line, those words between « and », and where
    /// each marked word is in it.</summary>
    internal static (string Text, IReadOnlyList<SnippetRange> Highlights) Snippet(string text, IReadOnlySet<string> terms, Dictionary<string, bool> matches, int width = 300)
    {
        var words = new List<(int Start, int End, bool Match)>();
        // Looked up by span: most words repeat across a search's passages, and a string per occurrence was most of the garbage.
        var seen = matches.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                i++;
            }

            // Words repeat across passages: each distinct word is tokenised once per search.
            var word = text.AsSpan(start, i - start);
            if (!seen.TryGetValue(word, out var match))
            {
                var distinct = word.ToString();
                matches[distinct] = match = TechnicalTokenizer.Tokenize(distinct).Any(terms.Contains);
            }

            words.Add((start, i, match));
        }

        if (words.Count == 0)
        {
            return ("", []);
        }

        // The window of `width` characters holding the most matches.
        var (bestStart, bestCount, count, left) = (0, -1, 0, 0);
        for (var right = 0; right < words.Count; right++)
        {
            count += words[right].Match ? 1 : 0;
            // A word longer than the window (a certificate, a base64 blob) is a window of its own: the left edge stops at it.
            while (left < right && words[right].End - words[left].Start > width)
            {
                count -= words[left].Match ? 1 : 0;
                left++;
            }

            if (count > bestCount)
            {
                (bestCount, bestStart) = (count, left);
            }
        }

        var from = words[bestStart].Start;
        var to = Math.Min(text.Length, from + width);
        var snippet = new StringBuilder(from > 0 ? "…" : "");
        var highlights = new List<SnippetRange>();
        var position = from;
        foreach (var word in words.Where(w => w.Match && w.Start >= from && w.End <= to))
        {
            AppendOnOneLine(snippet, text.AsSpan(position, word.Start - position));
            snippet.Append('«');
            highlights.Add(new SnippetRange(snippet.Length, word.End - word.Start));
            snippet.Append(text, word.Start, word.End - word.Start).Append('»');
            position = word.End;
        }

        AppendOnOneLine(snippet, text.AsSpan(position, to - position));
        return (snippet.Append(to < text.Length ? "…" : "").ToString(), highlights);
    }

    /// <summary>Appends text with each line break (<c>\r\n</c>, <c>\n</c>, <c>\r</c> and the others .NET knows) as one space, as
    /// it goes, so the highlights' offsets hold in the result.</summary>
    private static void AppendOnOneLine(StringBuilder snippet, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                snippet.Append(' ');
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                snippet.Append(c);
            }
        }
    }
}
