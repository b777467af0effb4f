using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Words of ASCII and of other scripts (contact, teléfono, тел, 电话, 전화) found ignoring case, where one
/// <see cref="SearchValues{T}"/> of them all with <see cref="StringComparison.OrdinalIgnoreCase"/> would find them. That one search
/// is not vectorised once a word holds a non-ASCII character and reads every character of the text through a table; here the ASCII
/// words are one vectorised search and the others are found from the text's non-ASCII characters (<see cref="NonAsciiWords"/>).</summary>
internal sealed class CaselessWords
{
    private readonly SearchValues<string> ascii;
    private readonly NonAsciiWords? others;

    public CaselessWords(IReadOnlyCollection<string> words)
    {
        ascii = SearchValues.Create([.. words.Where(word => Ascii.IsValid(word))], StringComparison.OrdinalIgnoreCase);
        var rest = words.Where(word => !Ascii.IsValid(word)).ToList();
        others = rest.Count == 0 ? null : new NonAsciiWords(rest, ignoreCase: true);
    }

    /// <summary>As <see cref="Anchors.Matches"/> with the words as its anchors: the successful matches of <paramref name="pattern"/>
    /// (which must start with <c>\G</c>) at each position where a word starts outside an earlier match.</summary>
    public IEnumerable<Match> Matches(string text, Regex pattern)
    {
        var starts = others?.Starts(text);
        var cursor = 0;
        // The next ASCII word at or after the last search's offset (-1: none left; -2: not searched yet).
        var nextAscii = -2;
        var offset = 0;
        while (offset < text.Length)
        {
            if (nextAscii != -1 && nextAscii < offset)
            {
                var at = text.AsSpan(offset).IndexOfAny(ascii);
                nextAscii = at < 0 ? -1 : offset + at;
            }

            var nextOther = starts is null ? -1 : NonAsciiWords.Next(starts, offset, ref cursor);
            var found = nextAscii < 0 ? nextOther : nextOther < 0 ? nextAscii : Math.Min(nextAscii, nextOther);
            if (found < 0)
            {
                yield break;
            }

            var match = pattern.Match(text, found);
            // Words inside a match are part of it: the search resumes after it, so each character is read once.
            offset = match.Success ? Math.Max(match.Index + match.Length, found + 1) : found + 1;
            if (match.Success)
            {
                yield return match;
            }
        }
    }
}
