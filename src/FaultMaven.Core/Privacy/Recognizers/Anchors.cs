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

    /// <summary>Yields the successful matches of <paramref name="pattern"/> (which must start with <c>\G</c>) at each position where an
    /// anchor of <paramref name="anchors"/> starts outside an earlier match, as <see cref="Matches(string, SearchValues{string}, Regex)"/>
    /// does with one set of all the words.</summary>
    public static IEnumerable<Match> Matches(string text, MixedScriptAnchors anchors, Regex pattern)
    {
        var cursor = MixedScriptAnchors.Cursor.Start;
        var offset = 0;
        while (offset < text.Length)
        {
            var found = anchors.Next(text, offset, ref cursor);
            if (found < 0)
            {
                yield break;
            }

            var match = pattern.Match(text, found);
            offset = match.Success ? Math.Max(match.Index + match.Length, found + 1) : found + 1;
            if (match.Success)
            {
                yield return match;
            }
        }
    }

    /// <summary>Yields the matches of <paramref name="pattern"/> in the lines that hold one of <paramref name="anchors"/>, as
    /// enumerating the pattern over the whole text would, for a pattern whose every match lies within one line (consumes no line
    /// end) and holds one of the anchors. Each line is searched once, as a range of its own (with its line end, so that what the
    /// pattern reads around a match is the same): a block with the anchor word on a few lines no longer has the pattern started at
    /// every line start of it.</summary>
    public static IEnumerable<Match> InLinesWith(string text, SearchValues<string> anchors, Regex pattern)
    {
        for (var offset = 0; offset < text.Length;)
        {
            var found = text.AsSpan(offset).IndexOfAny(anchors);
            if (found < 0)
            {
                yield break;
            }

            var lineStart = text.AsSpan(offset, found).LastIndexOf('\n') + 1 + offset;
            var lineEnd = text.AsSpan(offset + found).IndexOf('\n') is var newline and >= 0 ? offset + found + newline + 1 : text.Length;
            for (var match = pattern.Match(text, lineStart, lineEnd - lineStart); match.Success; match = match.NextMatch())
            {
                yield return match;
            }

            offset = lineEnd;
        }
    }

    /// <summary>Yields the matches of <paramref name="pattern"/> (which must start with <c>\G</c>) for values whose first
    /// <paramref name="separators"/> character comes after at most <paramref name="maxLead"/> characters of <paramref name="lead"/>
    /// (an address's first dot or colon). Separators are rare where the value's leading characters (digits, hex letters) are not,
    /// so this tries the pattern far less often than a search for its first character would. A value needs at least
    /// <paramref name="minLead"/> lead characters, and, as every such pattern says, no ASCII word character before it. When given,
    /// <paramref name="shape"/> (the text, the value's start and its first separator) is a cheap test every match passes, so the
    /// pattern is not called where it would fail: a timestamp's colons, a decimal's dot.</summary>
    public static IEnumerable<Match> AtSeparators(string text, SearchValues<char> separators, SearchValues<char> lead, int maxLead, Regex pattern, int minLead = 0, Func<string, int, int, bool>? shape = null) =>
        AtSeparators(text, Positions(text, separators).ToList(), lead, maxLead, pattern, minLead, shape);

    /// <summary><see cref="AtSeparators(string, SearchValues{char}, SearchValues{char}, int, Regex, int, Func{string, int, int, bool}?)"/>
    /// over separators found beforehand, in ascending order (<see cref="NumberScan"/>): any separator left out must be one with fewer
    /// than <paramref name="minLead"/> lead characters before it, which the search would pass over.</summary>
    /// <remarks>A list, not any sequence: logs hold a separator every few characters, and each read through an interface was a
    /// dispatch of its own.</remarks>
    public static IEnumerable<Match> AtSeparators(string text, List<int> separators, SearchValues<char> lead, int maxLead, Regex pattern, int minLead = 0, Func<string, int, int, bool>? shape = null)
    {
        var offset = 0;
        var lastStart = -1;
        foreach (var separator in separators)
        {
            // Separators inside a match are part of it.
            if (separator < offset)
            {
                continue;
            }

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

    private static IEnumerable<int> Positions(string text, SearchValues<char> separators)
    {
        for (var offset = 0; offset < text.Length;)
        {
            var found = text.AsSpan(offset).IndexOfAny(separators);
            if (found < 0)
            {
                yield break;
            }

            yield return offset + found;
            offset += found + 1;
        }
    }

    /// <summary>
    /// Yields the matches of <paramref name="pattern"/> that lie in runs of <paramref name="runCharacters"/> (digits and the
    /// separators a number is grouped by) holding at least <paramref name="minDigits"/> digits — cards, SSNs, phone numbers —
    /// as enumerating the pattern over the whole text would, but runs the pattern only over those runs. Logs are full of short
    /// numbers and timestamps; a search of the whole text tries the pattern at every digit of them. Each run is read once, so
    /// a megabyte of "4 4 4 …" is one run and one enumeration.
    /// </summary>
    /// <remarks>Every character the pattern consumes must be a run character, except a lead-in before a run's first digit that
    /// <paramref name="leadIn"/> measures (a phone number's "+" or "(") — so no match crosses a run's edge. The pattern may look at most
    /// one character behind a match and two ahead: the run is searched with that much of the text around it.</remarks>
    public static IEnumerable<(int Index, int Length)> InDigitRuns(string text, SearchValues<char> runCharacters, int minDigits, Regex pattern, Func<string, int, int>? leadIn = null) =>
        InRuns(text, DigitRuns(text, runCharacters, minDigits), minDigits, pattern, leadIn);

    /// <summary>Finds the runs of <paramref name="runCharacters"/> that start with a digit and hold at least <paramref name="minDigits"/>
    /// digits, once, so that patterns written with the same characters (a card's and an SSN's) share one reading of the text.</summary>
    public static List<DigitRun> DigitRuns(string text, SearchValues<char> runCharacters, int minDigits)
    {
        var runs = new List<DigitRun>();
        var position = 0;
        while (position < text.Length)
        {
            var digit = text.AsSpan(position).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                break;
            }

            // Most runs in a log are a few characters long (a count, a time): stepping over them one character at a time is
            // cheaper than setting up a vectorised search for each.
            var start = position + digit;
            var end = start + 1;
            while (end < text.Length && runCharacters.Contains(text[end]))
            {
                end++;
            }

            position = end;
            if (end - start >= minDigits && CountDigits(text.AsSpan(start, end - start)) is var digits && digits >= minDigits)
            {
                runs.Add(new DigitRun(start, end, digits));
            }
        }

        return runs;
    }

    /// <summary>Yields the matches of <paramref name="pattern"/> in those of <paramref name="runs"/> (found by <see cref="DigitRuns"/>
    /// with the pattern's characters) that hold at least <paramref name="minDigits"/> digits, as <see cref="InDigitRuns"/> does.
    /// When given, <paramref name="mayHold"/> reads a run's digit groups (cheaper than starting the pattern on it) and passes over a
    /// run it answers false for: it must answer true for every run that holds a match its recognizer keeps. Logs hold a run of
    /// this kind on nearly every line (a date and hour, an id), and the pattern was started on each.</summary>
    public static IEnumerable<(int Index, int Length)> InRuns(string text, List<DigitRun> runs, int minDigits, Regex pattern, Func<string, int, int>? leadIn = null, Func<string, DigitRun, bool>? mayHold = null)
    {
        var found = new List<(int Index, int Length)>();
        foreach (var run in runs)
        {
            if (run.Digits < minDigits || mayHold is not null && !mayHold(text, run))
            {
                continue;
            }

            var (start, end) = (run.Start, run.End);
            start -= Math.Min(leadIn?.Invoke(text, start) ?? 0, start);
            var from = Math.Max(start - 1, 0);
            var to = Math.Min(end + 2, text.Length);
            foreach (var match in pattern.EnumerateMatches(text.AsSpan(from, to - from)))
            {
                // The lead-in and the context around the run are read, not searched: a match must start in the run and end in it.
                if (from + match.Index >= start && from + match.Index + match.Length <= end)
                {
                    found.Add((from + match.Index, match.Length));
                }
            }

            foreach (var match in found)
            {
                yield return match;
            }

            found.Clear();
        }
    }

    private static int CountDigits(ReadOnlySpan<char> run)
    {
        var count = 0;
        foreach (var c in run)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>A run of a number's characters that starts with a digit: where it starts and ends, and how many digits it holds.</summary>
    internal readonly record struct DigitRun(int Start, int End, int Digits);
}
