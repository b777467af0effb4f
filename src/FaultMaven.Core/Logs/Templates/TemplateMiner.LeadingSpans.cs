namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // Leading spans examined in one consolidation (at most MaxSpanWords per template: each has one place a leading span opens).
    private const int LeadingSpanBudget = 1 << 18;

    // Constant words the statement says after a leading span: with fewer, what follows is a value's unit or a flag ("<*> true"),
    // not a statement of its own that names what the text before it is.
    private const int LeadingSuffixWords = 2;

    // Distinct first words among a leading span's wordings: free text (a name, an error) opens with about as many words as it has
    // wordings; statements that share their ending and differ in a fixed opening ("double-hummer alignment exceptions" /
    // "floating point alignment exceptions") repeat theirs, or are too few to show it.
    private const int LeadingFirstWords = 3;

    /// <summary>
    /// A multi-word name that opens the message and says what the statement after it is about (an automation's name in
    /// <c>Porch lights at sunset: Error executing script …</c>, a job's title) has nothing constant before it, so the unframed
    /// pass, which keys a span by the words before it, never offers it. The statement is said after it: templates whose words
    /// before a span of constant words are all values (or none), whose span ends in a word ending in <c>:</c>, and that agree on
    /// every word after it, at least <see cref="LeadingSuffixWords"/> of them constant, are one statement with a value there when
    /// the spans hold at least <see cref="UnframedFillers"/> wordings of more than one length that differ at both ends and open
    /// with at least <see cref="LeadingFirstWords"/> distinct words, over <see cref="UnframedLines"/> lines of which no wording
    /// holds more than half. The colon is the evidence: statements that share their ending after fixed openings read through
    /// ("floating point alignment exceptions" / "double-hummer alignment exceptions") and are kept apart, as BGL's truth does.
    /// </summary>
    private void MergeLeadingSpans()
    {
        var groups = new Dictionary<UnframedKey, List<(LogTemplate Template, int Start, int End)>>();
        var (owners, byText) = CollectSpans(groups, LeadingSpanBudget, AddLeadingSpans);
        MergeVaryingSpans(
            groups.Values,
            UnframedFillers,
            members => SwallowsALabel(members) || DistinctFirstWords(members) < LeadingFirstWords,
            owners,
            byText,
            static (_, _, _) => SubjectValue,
            leading: true);
    }

    // The subject's colon stays: it is the statement's, not the value's.
    private const string SubjectValue = MessageMasker.Wildcard + ":";

    // Offers the spans of constant words that open at the template's first constant word when every word before it holds a value,
    // end in a word ending in ':' and are followed by at least LeadingSuffixWords constant words; returns the budget left.
    private static int AddLeadingSpans(
        LogTemplate template, Dictionary<UnframedKey, List<(LogTemplate Template, int Start, int End)>> groups, int budget)
    {
        var words = template.MutableWords;
        var n = words.Length;
        var start = Array.FindIndex(words, w => !TemplateWords.HasValue(w));
        if (start < 0)
        {
            return budget;
        }

        // Constant words from each place to the end, so the words after a span are counted in one step.
        var constantAfter = new int[n + 1];
        for (var i = n - 1; i >= start; i--)
        {
            constantAfter[i] = constantAfter[i + 1] + (TemplateWords.HasValue(words[i]) ? 0 : 1);
        }

        int[]? prefix = null, suffix = null;
        for (var end = start; end < n && end < start + MaxSpanWords && budget > 0 && !TemplateWords.HasValue(words[end]); end++)
        {
            budget--;
            if (constantAfter[end + 1] < LeadingSuffixWords)
            {
                break;
            }

            if (prefix is null || suffix is null)
            {
                (prefix, suffix) = RunningHashes(template.WordHashes);
            }

            if (words[end].Length > 1 && words[end][^1] == ':')
            {
                Offer(groups, new UnframedKey(start, n - end - 1, prefix[start], suffix[end + 1]), template, start, end);
            }
        }

        return budget;
    }

    private static int DistinctFirstWords(List<(LogTemplate Template, int Start, int End)> members)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (template, start, _) in members)
        {
            first.Add(template.MutableWords[start]);
        }

        return first.Count;
    }
}
