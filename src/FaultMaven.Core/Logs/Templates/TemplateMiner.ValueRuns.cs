using System.Buffers;

namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // Value runs examined in one consolidation (one per template word at most), bounding a hostile log's cost.
    private const int ValueRunBudget = 1 << 20;

    // Rounds of the value-run pass in one consolidation.
    private const int MaxValueRunRounds = 4;

    // A run that nothing closes must show this many lengths: two lengths of bare values side by side are as often a statement
    // printed with and without one more value ("from <*>" / "from <*> <*>") as one list.
    private const int UnclosedRunLengths = 3;

    /// <summary>
    /// A list of values whose length varies (<c>etypes {18 17}</c> / <c>{18}</c> / <c>{18 17 23 20}</c>, a command line after
    /// <c>COMMAND=</c>) is masked word by word, so each length is its own template in its own bucket and no one-place rule meets
    /// them. Templates that agree on every word around a run of bare values (the first may carry a key or an opening bracket, the
    /// last a closing one) are one statement with one value there when the runs come in more than one length — at least
    /// <see cref="UnclosedRunLengths"/> when no bracket closes the run — over <see cref="UnframedLines"/> lines, and something
    /// constant is said before the run. Different statements differ in a constant word, which a run of values never holds.
    /// </summary>
    /// <returns>Whether any templates were merged.</returns>
    private bool MergeValueRuns()
    {
        var groups = new Dictionary<SpanKey, List<(LogTemplate Template, int Start, int End)>>();
        var (owners, byText) = CollectSpans(groups, ValueRunBudget, AddValueRuns);

        var merges = new List<(long Lines, int FirstId, List<(LogTemplate Template, int Start, int End)> Members)>();
        foreach (var (key, members) in groups)
        {
            if (members.Count < 2)
            {
                continue;
            }

            var lengths = members.Select(m => m.End - m.Start).Distinct().Count();
            var closed = key.Trail.Length > 0 && key.Opening.Any(c => ValuePlaces.Closer(c) == key.Trail[0]);
            var lines = members.Sum(m => m.Template.Count);
            if (lengths >= (closed ? 2 : UnclosedRunLengths) && lines >= UnframedLines
                && (key.Opening.Any(char.IsAsciiLetter) || Array.FindIndex(members[0].Template.MutableWords, 0, members[0].Start, w => !TemplateWords.HasValue(w)) >= 0))
            {
                merges.Add((lines, members.Min(m => m.Template.Id), members));
            }
        }

        if (merges.Count == 0)
        {
            return false;
        }

        // The largest statements first.
        merges.Sort((a, b) => a.Lines != b.Lines ? b.Lines.CompareTo(a.Lines) : a.FirstId.CompareTo(b.FirstId));
        var before = TemplateCount;
        ApplySpanMerges(merges, owners, byText, static (words, start, end) => RunValue(words[start], words[end]));
        return TemplateCount != before;
    }

    // Offers each maximal run of bare values of the template to its group, keyed by the words around it and the text around its
    // values (a key or bracket before the first, closing brackets after the last); returns the budget left.
    private static int AddValueRuns(LogTemplate template, Dictionary<SpanKey, List<(LogTemplate Template, int Start, int End)>> groups, int budget)
    {
        var words = template.MutableWords;
        int[]? around = null;
        var start = 0;
        while (start < words.Length && budget > 0)
        {
            var end = ValueRunEnd(words, start);
            if (end < 0)
            {
                start++;
                continue;
            }

            budget -= end - start + 1;
            var first = words[start];
            var last = words[end];
            around ??= AroundHashes(words);
            var key = new SpanKey(start, words.Length - end - 1, around[start], around[words.Length + 1 + end + 1],
                first[..first.LastIndexOf(MessageMasker.Wildcard, StringComparison.Ordinal)],
                last[(last.LastIndexOf(MessageMasker.Wildcard, StringComparison.Ordinal) + MessageMasker.Wildcard.Length)..]);
            Offer(groups, key, template, start, end);

            start = end + 1;
        }

        if (around is not null)
        {
            ArrayPool<int>.Shared.Return(around);
        }

        return budget;
    }

    // The last word of the run of values that opens at words[start], or -1. The first word ends in a value (after any key or
    // bracket; a lone value closed there, "{<*>})", is a run of one), the words between are bare values ("<*>" or "<*>,"), and the
    // last is a bare value with nothing but closing punctuation after it. A word that continues a run opened before it opens none.
    private static int ValueRunEnd(string[] words, int start)
    {
        var first = words[start];
        var at = first.LastIndexOf(MessageMasker.Wildcard, StringComparison.Ordinal);
        if (at < 0 || (start > 0 && IsListValue(first) && OpensOrContinuesRun(words[start - 1])))
        {
            return -1;
        }

        if (!ClosingOnly(first.AsSpan(at + MessageMasker.Wildcard.Length)))
        {
            return -1;
        }

        // A lone value closed by punctuation other than a comma ends its run at once.
        if (!IsListValue(first) && at + MessageMasker.Wildcard.Length < first.Length && !first.EndsWith(MessageMasker.Wildcard + ",", StringComparison.Ordinal))
        {
            return start;
        }

        var end = start;
        for (var w = start + 1; w < words.Length && w < start + 4 * MaxSpanWords; w++)
        {
            var word = words[w];
            if (!word.StartsWith(MessageMasker.Wildcard, StringComparison.Ordinal) || !ClosingOnly(word.AsSpan(MessageMasker.Wildcard.Length)))
            {
                break;
            }

            end = w;
            if (!IsListValue(word))
            {
                break;
            }
        }

        return end;
    }

    // Ends in a value that a following bare value would continue: "<*>", "<*>,", "COMMAND=<*>", "{<*>".
    private static bool OpensOrContinuesRun(string word) =>
        word.EndsWith(MessageMasker.Wildcard, StringComparison.Ordinal) || word.EndsWith(MessageMasker.Wildcard + ",", StringComparison.Ordinal);

    private static bool IsListValue(string word) => word is MessageMasker.Wildcard or MessageMasker.Wildcard + ",";

    private static bool ClosingOnly(ReadOnlySpan<char> trail)
    {
        foreach (var c in trail)
        {
            if (c is not (')' or ']' or '}' or '>' or '"' or '\'' or ',' or ';' or ':' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // "{<*>" … "<*>})" → "{<*>})"; "COMMAND=<*>" … "<*>" → "COMMAND=<*>".
    private static string RunValue(string first, string last) =>
        string.Concat(
            first.AsSpan(0, first.LastIndexOf(MessageMasker.Wildcard, StringComparison.Ordinal)),
            MessageMasker.Wildcard,
            last.AsSpan(last.LastIndexOf(MessageMasker.Wildcard, StringComparison.Ordinal) + MessageMasker.Wildcard.Length));
}
