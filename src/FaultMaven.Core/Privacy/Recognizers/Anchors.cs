using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Runs a pattern only where one of its literal anchors starts, found by a vectorised multi-string search,
/// instead of trying the pattern at every position of the text.</summary>
internal static class Anchors
{
    /// <summary>Yields the successful matches of <paramref name="pattern"/> (which must start with <c>\G</c>) at each position where an
    /// anchor starts outside an earlier match.</summary>
    public static IEnumerable<Match> Matches(string text, SearchValues<string> anchors, Regex pattern)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text.AsSpan(offset).IndexOfAny(anchors);
            if (found < 0)
            {
                yield break;
            }

            var match = pattern.Match(text, offset + found);
            // Anchors inside a match are part of it (password=password=…): the search resumes after it, so each character is read once.
            offset = match.Success ? Math.Max(match.Index + match.Length, offset + found + 1) : offset + found + 1;
            if (match.Success)
            {
                yield return match;
            }
        }
    }

    /// <summary>Yields the matches of <paramref name="pattern"/> (which must start with <c>\G</c>) for values whose first
    /// <paramref name="separators"/> character comes after at most <paramref name="maxLead"/> characters of <paramref name="lead"/>
    /// (an address's first dot or colon). Separators are rare where the value's leading characters (digits, hex letters) are not,
    /// so this tries the pattern far less often than a search for its first character would.</summary>
    public static IEnumerable<Match> AtSeparators(string text, SearchValues<char> separators, SearchValues<char> lead, int maxLead, Regex pattern)
    {
        var offset = 0;
        var lastStart = -1;
        while (offset < text.Length)
        {
            var found = text.AsSpan(offset).IndexOfAny(separators);
            if (found < 0)
            {
                yield break;
            }

            var separator = offset + found;
            var start = separator;
            while (start > 0 && separator - start < maxLead && lead.Contains(text[start - 1]))
            {
                start--;
            }

            offset = separator + 1;
            // A longer lead run means the value would start inside a word, which every such pattern refuses.
            if (start == lastStart || start > 0 && separator - start == maxLead && lead.Contains(text[start - 1]))
            {
                continue;
            }

            lastStart = start;
            var match = pattern.Match(text, start);
            if (match.Success)
            {
                offset = Math.Max(offset, match.Index + match.Length);
                yield return match;
            }
        }
    }
}
