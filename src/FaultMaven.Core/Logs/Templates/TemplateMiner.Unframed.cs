namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // Unframed spans examined in one consolidation (one per template word and span length), bounding a hostile log's cost.
    private const int UnframedSpanBudget = 1 << 18;

    // A value's wordings are many: fewer than this many templates sharing the words around a span are read as statements.
    private const int UnframedFillers = 4;

    // And they are seen: a handful of lines is too little evidence to call differing words one value.
    private const int UnframedLines = 8;

    /// <summary>
    /// A multi-word value that nothing frames (an error text ending the line, a service name with spaces, a job name) splits its
    /// statement by wording like a framed one, but without a frame the words around it do not say where it starts. Read from
    /// statistics instead: templates that agree on every word before and after a span of constant words (the words after may be
    /// none) are one statement with a value there when the span holds at least <see cref="UnframedFillers"/> wordings of more
    /// than one length that differ at both ends, in at least <see cref="UnframedLines"/> lines of which no wording holds more
    /// than half, and something constant is said before it. Distinct statements that share a prefix are few, or one dominates,
    /// or their differing parts carry values of their own.
    /// </summary>
    private void MergeUnframedSpans()
    {
        var groups = new Dictionary<UnframedKey, List<(LogTemplate Template, int Start, int End)>>();
        var starts = CountUnframedStarts();
        var (owners, byText) = CollectSpans(groups, UnframedSpanBudget, (template, g, budget) => AddUnframedSpans(template, g, budget, starts));

        MergeVaryingSpans(groups.Values, UnframedFillers, SwallowsALabel, owners, byText, static (_, _, _) => MessageMasker.Wildcard);
    }

    // A span that holds a label (a word before a value: "started: <*>") would wildcard the word PlaceLabels keeps statements apart
    // by: split by their labels, statements that share a prefix are each under half the lines, and without this the span merged
    // them all ("[I <*> ServerApp] <*> <*>" for "Kernel started: <*>" and "Saving file at <*>").
    private static bool SwallowsALabel(List<(LogTemplate Template, int Start, int End)> members)
    {
        foreach (var (template, start, end) in members)
        {
            var words = template.MutableWords;
            for (var i = start; i <= end; i++)
            {
                if (!PlaceLabels.Label(words[i], i + 1 < words.Length ? words[i + 1] : null).IsEmpty)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Merges each group of spans that varies like a value (at least fillers wordings, IsVaryingFrame, UnframedLines lines of which
    // no wording holds half; refused says where a pass reads the group otherwise; leading: the span may open the statement). The narrowest spans first (the most words kept
    // around them), then the largest statements: a span that reaches over a statement's fixed words to the end of the line groups
    // more templates than the value alone, and must not win for it.
    private void MergeVaryingSpans(
        IEnumerable<List<(LogTemplate Template, int Start, int End)>> groups, int fillers,
        Predicate<List<(LogTemplate Template, int Start, int End)>> refused,
        Dictionary<LogTemplate, List<LogTemplate>> owners, Dictionary<string, LogTemplate> byText, Func<string[], int, int, string> valueOf,
        bool leading = false)
    {
        var merges = new List<(long Lines, int FirstId, List<(LogTemplate Template, int Start, int End)> Members)>();
        foreach (var members in groups)
        {
            if (members.Count < fillers || !(leading ? IsVaryingSpan(members) : IsVaryingFrame(members)) || refused(members))
            {
                continue;
            }

            long lines = 0, most = 0;
            foreach (var member in members)
            {
                lines += member.Template.Count;
                most = Math.Max(most, member.Template.Count);
            }

            if (lines >= UnframedLines && most * 2 <= lines)
            {
                merges.Add((lines, members.Min(m => m.Template.Id), members));
            }
        }

        merges.Sort((a, b) =>
        {
            var around = Around(b.Members[0]).CompareTo(Around(a.Members[0]));
            return around != 0 ? around : a.Lines != b.Lines ? b.Lines.CompareTo(a.Lines) : a.FirstId.CompareTo(b.FirstId);
        });
        ApplySpanMerges(merges, owners, byText, valueOf);
    }

    // Every template's starts of constant words after a constant word, so that spans are offered only where another template may
    // share the words before them. Only the templates that offer spans count: CollectSpans stops offering once the budget is
    // spent, and what each template spends does not depend on the screen (AddUnframedSpans spends it for every start), so the
    // templates past that point, often most of a log of long one-off lines, can share a start with none that offers.
    private SharedStarts CountUnframedStarts()
    {
        var starts = new SharedStarts();
        var budget = UnframedSpanBudget;
        foreach (var bucket in _buckets.Values)
        {
            foreach (var template in bucket)
            {
                if (budget <= 0 && !CountEveryStart)
                {
                    return starts;
                }

                var words = template.MutableWords;
                var hashes = template.WordHashes;
                var runs = ConstantRuns(words);
                var before = 0;
                var constantBefore = false;
                for (var start = 0; start < words.Length; start++)
                {
                    var constant = runs[start] > 0;
                    if (constantBefore && constant)
                    {
                        starts.Add(start, before);
                        budget -= Math.Min(runs[start], MaxSpanWords);
                    }

                    before = HashCode.Combine(before, hashes[start]);
                    constantBefore |= constant;
                }
            }
        }

        return starts;
    }

    // The span passes' screens count the starts of every template when set, as they did before the budget bounded them: a test
    // compares the templates mined either way.
    internal bool CountEveryStart;

    // For each place, how many constant words (without a value) run from it: a span of constant words ends where the run does.
    private static int[] ConstantRuns(string[] words)
    {
        var runs = new int[words.Length + 1];
        for (var i = words.Length - 1; i >= 0; i--)
        {
            runs[i] = TemplateWords.HasValue(words[i]) ? 0 : runs[i + 1] + 1;
        }

        return runs;
    }

    // Offers every span of constant words with a constant word before it, keyed by the words around it (running hashes, so a
    // key costs one step); returns the budget left. A start no other template shares spends its budget as if offered (so the
    // offers made are those made without the screen) but makes no group: it could never hold two templates.
    private static int AddUnframedSpans(
        LogTemplate template, Dictionary<UnframedKey, List<(LogTemplate Template, int Start, int End)>> groups, int budget, SharedStarts starts)
    {
        var words = template.MutableWords;
        var hashes = template.WordHashes;
        var runs = ConstantRuns(words);
        var n = words.Length;
        var prefix = new int[n + 1];
        var suffix = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = HashCode.Combine(prefix[i], hashes[i]);
        }

        for (var i = n - 1; i >= 0; i--)
        {
            suffix[i] = HashCode.Combine(hashes[i], suffix[i + 1]);
        }

        var constantBefore = false;
        for (var start = 0; start < n && budget > 0; start++)
        {
            if (constantBefore)
            {
                var shared = starts.MayBeShared(start, prefix[start]);
                for (var end = start; end < start + runs[start] && end < start + MaxSpanWords && budget > 0; end++)
                {
                    budget--;
                    if (shared)
                    {
                        Offer(groups, new UnframedKey(start, n - end - 1, prefix[start], suffix[end + 1]), template, start, end);
                    }
                }
            }

            constantBefore |= runs[start] > 0;
        }

        return budget;
    }

    private static int Around((LogTemplate Template, int Start, int End) member) =>
        member.Template.MutableWords.Length - (member.End - member.Start + 1);

    private readonly record struct UnframedKey(int Prefix, int Suffix, int PrefixHash, int SuffixHash);
}
