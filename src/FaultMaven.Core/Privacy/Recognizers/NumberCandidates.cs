using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>
/// The card and phone candidates inside a run of a number's characters: every span of whole digit groups whose size fits the type,
/// each validated, not only the pattern's leftmost-longest match. A pattern enumerated over a run consumes what it matches, and the
/// recognizer validates afterwards: a card after an amount (<c>42 5500-0000-0000-0004</c>) or before an expiry
/// (<c>4111 1111 1111 1111 12/27</c>), or a phone number before a count (<c>+1 415 555 0199 42</c>), sat inside a longer match that
/// failed validation and was never tried on its own.
/// </summary>
/// <remarks>
/// A candidate starts where its pattern could start (the same look-behind) and ends at the end of a digit group where its pattern
/// could end (the same look-ahead). When candidates overlap, the leftmost start that has a valid one wins, with its longest valid
/// span, and the next start is taken after it — the pattern's own rule, applied to valid candidates. A start inside a sequence of
/// same-width groups (a voucher, a serial) is not taken: the sequence is one value. Work is bounded per start: a
/// card spans at most five groups with one separator between each, a phone number at most six groups and fifteen digits with at
/// most three characters between groups, so a run costs O(groups) cheap checks; a phone's costlier parse comes last.
/// </remarks>
internal static partial class NumberCandidates
{
    /// <summary>The most digit groups a card is printed in (4-4-4-4-3).</summary>
    private const int CardMaxGroups = 5;

    /// <summary>The most digit groups <see cref="ContactRecognizer.PhonePattern"/> matches: a first group, four more and a last.</summary>
    private const int PhoneMaxGroups = 6;

    /// <summary>The most characters the phone pattern puts between two digits: a closing bracket, a separator and an opening bracket.</summary>
    private const int PhoneMaxGap = 3;

    /// <summary>Yields the cards of <paramref name="runs"/> (runs of <see cref="FinancialRecognizer.GroupedDigits"/>): spans of one to
    /// five digit groups, one space or hyphen apart, of 13–19 digits, that <see cref="FinancialRecognizer.CardPattern"/> would match
    /// and <paramref name="valid"/> (the text, the start, the length) accepts.</summary>
    public static IEnumerable<(int Index, int Length)> Cards(string text, List<Anchors.DigitRun> runs, Func<string, int, int, bool> valid)
    {
        var groups = new List<(int Start, int End)>();
        foreach (var run in runs)
        {
            if (run.Digits < 13)
            {
                continue;
            }

            Groups(text, run.Start, run.End, groups);
            var next = run.Start;
            for (var first = 0; first < groups.Count; first++)
            {
                var start = groups[first].Start;
                if (start < next || ContinuesSequence(text, groups, first, next) || !CardStart().IsMatch(text, start) && !AfterCardPathSegment(text, start))
                {
                    continue;
                }

                // The groups a card starting here can span: one separator character between each, at most five, at most 19 digits.
                var (last, digits) = (first, groups[first].End - start);
                while (last + 1 < groups.Count && last + 1 - first < CardMaxGroups && groups[last + 1].Start - groups[last].End == 1
                    && digits + (groups[last + 1].End - groups[last + 1].Start) <= 19)
                {
                    last++;
                    digits += groups[last].End - groups[last].Start;
                }

                // Longest first, as the pattern's greedy repetition.
                for (; last >= first && digits >= 13; last--)
                {
                    var end = groups[last].End;
                    if (CardEnd().IsMatch(text, end) && valid(text, start, end - start))
                    {
                        next = end;
                        yield return (start, end - start);
                        break;
                    }

                    digits -= groups[last].End - groups[last].Start;
                }
            }
        }
    }

    /// <summary>Calls <paramref name="keep"/> (the start and length of a candidate; true when it kept it) on the phone candidates of
    /// <paramref name="runs"/> (runs of <see cref="ContactRecognizer.PhoneCharacters"/>) that <paramref name="mayHold"/> does not pass
    /// over: spans <see cref="ContactRecognizer.PhonePattern"/> matches exactly, from a lead-in (<paramref name="leadIn"/>), a bracket or
    /// a digit group to the end of a digit group.</summary>
    public static void Phones(string text, List<Anchors.DigitRun> runs, Func<string, int, int> leadIn, Func<string, Anchors.DigitRun, bool>? mayHold, Func<int, int, bool> keep)
    {
        var groups = new List<(int Start, int End)>();
        foreach (var run in runs)
        {
            if (run.Digits < NumberScan.PhoneMinDigits || mayHold is not null && !mayHold(text, run))
            {
                continue;
            }

            Groups(text, run.Start, run.End, groups);
            var next = run.Start - leadIn(text, run.Start);
            if (next < run.Start)
            {
                // A lead-in ("+", "(", "%2B") before the run's first digit.
                next = TryPhone(text, groups, 0, next, keep, next);
            }

            for (var g = 0; g < groups.Count; g++)
            {
                var start = groups[g].Start;
                if (start > run.Start && text[start - 1] == '(' && start - 1 >= next)
                {
                    next = TryPhone(text, groups, g, start - 1, keep, next);
                }

                if (start >= next && !ContinuesSequence(text, groups, g, next))
                {
                    next = TryPhone(text, groups, g, start, keep, next);
                }
            }
        }
    }

    /// <summary>Tries the phone candidates from <paramref name="start"/> whose first digit group is <paramref name="first"/>, longest
    /// first; returns the end of the one kept, or <paramref name="next"/> when none is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TryPhone(string text, List<(int Start, int End)> groups, int first, int start, Func<int, int, bool> keep, int next)
    {
        if (!PhoneStart().IsMatch(text, start))
        {
            return next;
        }

        var (last, digits) = (first, groups[first].End - groups[first].Start);
        while (last + 1 < groups.Count && last + 1 - first < PhoneMaxGroups && groups[last + 1].Start - groups[last].End <= PhoneMaxGap
            && digits + (groups[last + 1].End - groups[last + 1].Start) <= 15)
        {
            last++;
            digits += groups[last].End - groups[last].Start;
        }

        for (; last >= first && digits >= NumberScan.PhoneMinDigits; last--)
        {
            var end = groups[last].End;
            if (PhoneEnd().IsMatch(text, end) && PhoneExact().IsMatch(text.AsSpan(start, end - start)) && keep(start, end - start))
            {
                return end;
            }

            digits -= groups[last].End - groups[last].Start;
        }

        return next;
    }

    /// <summary>Gets whether the group <paramref name="first"/> continues a printed sequence of same-width groups: the group before it
    /// has its width and is one separator before it, the separator that follows it, and is the run's first group or continues the
    /// sequence itself; no group of it is part of a value kept (those end at or before <paramref name="next"/>). A voucher or serial
    /// <c>8683 0820 3273 5915</c> is one value, and <c>0820 3273 5915</c> inside it is not a phone number; an amount, a date, a count
    /// or an SSN before a value (<c>078-05-1120 4111 1111 1111 1111</c>) does not continue it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ContinuesSequence(string text, List<(int Start, int End)> groups, int first, int next)
    {
        if (first == 0 || first + 1 >= groups.Count || groups[first + 1].Start - groups[first].End != 1)
        {
            return false;
        }

        var (separator, width) = (text[groups[first].End], groups[first].End - groups[first].Start);
        var g = first - 1;
        if (!Continues(g + 1))
        {
            return false;
        }

        // The group before must itself open the run or follow one more group of the sequence.
        return g == 0 || Continues(g);

        bool Continues(int i) =>
            groups[i - 1].Start >= next && groups[i].Start - groups[i - 1].End == 1 && text[groups[i - 1].End] == separator
            && groups[i - 1].End - groups[i - 1].Start == width;
    }

    /// <summary>Fills <paramref name="groups"/> with the runs of ASCII digits between <paramref name="start"/> and <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Groups(string text, int start, int end, List<(int Start, int End)> groups)
    {
        groups.Clear();
        for (var i = start; i < end;)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var groupStart = i;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            groups.Add((groupStart, i));
        }
    }

    /// <summary>Gets whether a number starts a URL path segment right after one that names cards or payments
    /// (<c>/cards/4111…/charge</c>, <c>/v1/payments/…</c>): the pattern's look-behind refuses a slash, as a date's or a path's digits
    /// follow one, but there the path itself says what the number is.</summary>
    private static bool AfterCardPathSegment(string text, int start)
    {
        if (start < 2 || text[start - 1] != '/')
        {
            return false;
        }

        var segmentStart = start - 1;
        while (segmentStart > 0 && start - segmentStart < 16 && (char.IsAsciiLetter(text[segmentStart - 1]) || text[segmentStart - 1] is '-' or '_'))
        {
            segmentStart--;
        }

        if (segmentStart == 0 || text[segmentStart - 1] != '/')
        {
            return false;
        }

        var segment = text.AsSpan(segmentStart, start - 1 - segmentStart).TrimEnd('s');
        return segment.EndsWith("card", StringComparison.OrdinalIgnoreCase) || segment.EndsWith("payment", StringComparison.OrdinalIgnoreCase)
            || segment.Equals("pan", StringComparison.OrdinalIgnoreCase);
    }

    // The look-behind and look-ahead of the card and phone patterns, each tried at one place; they are the patterns' own pieces.
    [GeneratedRegex(@"\G" + FinancialRecognizer.CardBefore, RegexOptions.CultureInvariant)]
    private static partial Regex CardStart();

    [GeneratedRegex(@"\G" + FinancialRecognizer.CardAfter, RegexOptions.CultureInvariant)]
    private static partial Regex CardEnd();

    [GeneratedRegex(@"\G" + ContactRecognizer.PhoneBefore, RegexOptions.CultureInvariant)]
    private static partial Regex PhoneStart();

    [GeneratedRegex(@"\G" + ContactRecognizer.PhoneAfter, RegexOptions.CultureInvariant)]
    private static partial Regex PhoneEnd();

    // The phone pattern's body over exactly the candidate: the look-around is read in the whole text by PhoneStart and PhoneEnd.
    [GeneratedRegex(@"^" + ContactRecognizer.PhoneBody + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneExact();
}
