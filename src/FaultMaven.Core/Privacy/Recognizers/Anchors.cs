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
    /// so this tries the pattern far less often than a search for its first character would. A value needs at least
    /// <paramref name="minLead"/> lead characters, and, as every such pattern says, no ASCII word character before it. When given,
    /// <paramref name="shape"/> (the text, the value's start and its first separator) is a cheap test every match passes, so the
    /// pattern is not called where it would fail: a timestamp's colons, a decimal's dot.</summary>
    public static IEnumerable<Match> AtSeparators(string text, SearchValues<char> separators, SearchValues<char> lead, int maxLead, Regex pattern, int minLead = 0, Func<string, int, int, bool>? shape = null)
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
            if (start == lastStart || separator - start < minLead
                || start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
            {
                continue;
            }

            lastStart = start;
            if (shape is not null && !shape(text, start, separator))
            {
                continue;
            }

            var match = pattern.Match(text, start);
            if (match.Success)
            {
                offset = Math.Max(offset, match.Index + match.Length);
                yield return match;
            }
        }
    }

    /// <summary>
    /// Gets the matches of <paramref name="pattern"/>, exactly as enumerating it over the whole text would, but tries it only inside
    /// runs of <paramref name="runChars"/> long enough and holding enough ASCII digits to contain one. Logs are full of short numbers
    /// and words that the pattern's first character would otherwise send it to, one call each. Sound when every character of a match
    /// is a run character (a digit of another script counts as one, as <c>\d</c> reads it), and the pattern's look-arounds read at
    /// most one character before a match and two after it.
    /// </summary>
    public static List<(int Index, int Length)> InRuns(string text, SearchValues<char> runChars, int minLength, int minDigits, Regex pattern)
    {
        var matches = new List<(int Index, int Length)>();
        var position = 0;
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAny(runChars);
            if (found < 0)
            {
                break;
            }

            var start = position + found;
            while (start > position && IsOtherDigit(text[start - 1]))
            {
                start--;
            }

            var end = start + 1;
            while (end < text.Length)
            {
                var next = text.AsSpan(end).IndexOfAnyExcept(runChars);
                end = next < 0 ? text.Length : end + next;
                if (end == text.Length || !IsOtherDigit(text[end]))
                {
                    break;
                }

                end++;
            }

            position = end;
            if (end - start < minLength || !HasDigits(text.AsSpan(start, end - start), minDigits))
            {
                continue;
            }

            // The run with the characters its look-arounds read: the pattern sees it as the whole text, and the characters around
            // a run are not run characters, so no match can start or end in them.
            var from = Math.Max(0, start - 1);
            foreach (var match in pattern.EnumerateMatches(text.AsSpan(from, Math.Min(text.Length, end + 2) - from)))
            {
                matches.Add((from + match.Index, match.Length));
            }
        }

        return matches;
    }

    private static bool IsOtherDigit(char c) => c > '\x7f' && char.IsDigit(c);

    private static bool HasDigits(ReadOnlySpan<char> run, int count)
    {
        for (var i = 0; count > 0 && i < run.Length; i++)
        {
            count -= char.IsAsciiDigit(run[i]) ? 1 : 0;
        }

        return count <= 0;
    }
}
