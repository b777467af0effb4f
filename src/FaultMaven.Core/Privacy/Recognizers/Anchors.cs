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
    /// Yields the matches of <paramref name="pattern"/>, a number of at least <paramref name="minDigits"/> digits that may be
    /// grouped by single spaces or hyphens (cards, SSNs), as enumerating its matches would — but tries it only from runs of
    /// such a number holding that many digits. Logs are full of short numbers, each of which the pattern would otherwise try.
    /// </summary>
    public static IEnumerable<Match> InDigitRuns(string text, int minDigits, Regex pattern)
    {
        var position = 0;
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                yield break;
            }

            // Counting stops at enough digits: a megabyte of "4 4 4 …" is one run, and counting it whole for every match in it
            // would read it again and again.
            var start = position + found;
            var end = start;
            var digits = 0;
            while (digits < minDigits && end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ' ' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
            {
                digits += char.IsAsciiDigit(text[end]) ? 1 : 0;
                end++;
            }

            position = end;
            if (digits < minDigits)
            {
                continue;
            }

            // The leftmost match from here: the runs this skips were too short to hold one.
            var match = pattern.Match(text, start);
            if (!match.Success)
            {
                yield break;
            }

            // On from the match's end, as enumerating would: the rest of a run may hold another. A match found beyond this run
            // means none started in it.
            position = match.Index + match.Length;
            yield return match;
        }
    }
}
