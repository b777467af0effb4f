namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // Labelled spans examined in one consolidation (one per labelled start and span length), bounding a hostile log's cost.
    private const int LabelledSpanBudget = 1 << 18;

    // A label says where a value starts, as a frame does, so two wordings prove it (UnframedFillers asks four without one).
    // Chosen with one system held out at a time over every readable set (docs/BENCHMARKS.md, issue 18, twelfth session).
    private const int LabelledFillers = 2;

    /// <summary>
    /// A multi-word value after a label (an error text after <c>failed:</c>, a reason after <c>text=</c>) splits its statement by
    /// wording like an unlabelled one, but the label says where the value starts: templates that agree on every word before and
    /// after a span that opens right after a constant word ending in <c>:</c>, or opens with one <c>key=</c>, are one statement
    /// with a value there when the span holds at least <see cref="LabelledFillers"/> wordings of more than one length that differ
    /// at both ends, over <see cref="UnframedLines"/> lines of which no wording holds more than half, and something constant is
    /// said before it. The wordings may hold values of their own (<c>Invalid shell: '&lt;*&gt;'</c>) unless the label opens the
    /// message (<c>error:</c>, where whole statements follow). Statements that share a
    /// prefix up to a label and end differently are rarer than texts printed after it; a fixed text shared by the wordings at
    /// their start or end still keeps them apart.
    /// </summary>
    private void MergeLabelledSpans()
    {
        var groups = new Dictionary<LabelledKey, List<(LogTemplate Template, int Start, int End)>>();
        var starts = CountLabelledStarts();
        var (owners, byText) = CollectSpans(groups, LabelledSpanBudget, (template, g, budget) => AddLabelledSpans(template, g, budget, starts));

        // When every wording ends in a value ("illegal instruction......<*>", "fp cr field ....<*>"), each text names the value after
        // it: statements of their own, not one value. A label that opens the message takes constant wordings only.
        MergeVaryingSpans(
            groups.Values,
            LabelledFillers,
            members => (members[0].Start == 1 && members.Exists(SpanHasValue))
                || members.TrueForAll(m => TemplateWords.HasValue(m.Template.MutableWords[m.End]))
                || ValueLabelRefused(members),
            owners,
            byText,
            LabelledValue);
    }

    // Every template's label starts, so that spans are offered only where another template may share the words before them;
    // only of the templates that offer spans before the budget is spent (see CountUnframedStarts: AddLabelledSpans spends the
    // same whether a start is shared or not).
    private SharedStarts CountLabelledStarts()
    {
        var starts = new SharedStarts();
        var budget = LabelledSpanBudget;
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
                var before = 0;
                for (var start = 1; start < words.Length; start++)
                {
                    before = HashCode.Combine(before, hashes[start - 1]);
                    var key = KeyLength(words[start]);
                    if (key >= 0 || IsColonLabel(words[start - 1]))
                    {
                        starts.Add(start, LabelledStartHash(before, words[start], key));
                        budget -= Math.Min(words.Length - start, MaxSpanWords);
                    }
                }
            }
        }

        return starts;
    }

    private static int LabelledStartHash(int before, string word, int key) =>
        key < 0 ? before : HashCode.Combine(before, string.GetHashCode(word.AsSpan(0, key + 1), StringComparison.Ordinal));

    // Offers every span that opens at a label (after a constant "word:", or with a "key="), keyed by the words around it and the
    // key; returns the budget left. A start no other template shares spends its budget as if offered (so the offers made are
    // those made without the screen) but makes no group: it could never hold two templates.
    private static int AddLabelledSpans(
        LogTemplate template, Dictionary<LabelledKey, List<(LogTemplate Template, int Start, int End)>> groups, int budget, SharedStarts starts)
    {
        var words = template.MutableWords;
        var n = words.Length;
        int[]? prefix = null, suffix = null;
        for (var start = 1; start < n && budget > 0; start++)
        {
            var key = KeyLength(words[start]);
            if (key < 0 && !IsColonLabel(words[start - 1]))
            {
                continue;
            }

            if (prefix is null || suffix is null)
            {
                (prefix, suffix) = RunningHashes(template.WordHashes);
            }

            if (!starts.MayBeShared(start, LabelledStartHash(prefix[start], words[start], key)))
            {
                budget -= Math.Min(budget, Math.Min(n - start, MaxSpanWords));
                continue;
            }

            var keyText = key < 0 ? string.Empty : words[start][..(key + 1)];
            for (var end = start; end < n && end < start + MaxSpanWords && budget > 0; end++)
            {
                budget--;
                Offer(groups, new LabelledKey(start, n - end - 1, prefix[start], suffix[end + 1], keyText), template, start, end);
            }
        }

        return budget;
    }

    // A label that opens the message ("error:", "kernel:") is more often a level or a component than a field: the statements
    // after it carry values of their own, and texts after it are read as one value only when they hold none.
    private static bool SpanHasValue((LogTemplate Template, int Start, int End) member) =>
        Array.FindIndex(member.Template.MutableWords, member.Start, member.End - member.Start + 1, TemplateWords.HasValue) >= 0;

    // A constant word that ends in ':' after a letter, digit or bracket ("failed:", "reason:", "[13]:"), or a value that does
    // (IsValueLabel: "'<*>':").
    private static bool IsColonLabel(string word) =>
        word.Length > 1 && word[^1] == ':'
        && (TemplateWords.HasValue(word) ? IsValueLabel(word) : char.IsAsciiLetterOrDigit(word[^2]) || word[^2] is ')' or ']');

    // The index of the '=' of a leading "key=" (a name of letters, digits, '_', '-', '.'), or -1.
    private static int KeyLength(string word)
    {
        var equals = word.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return -1;
        }

        foreach (var c in word.AsSpan(0, equals))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return -1;
            }
        }

        return equals;
    }

    // Running hashes of the words before and after each place, from each word's hash (LogTemplate.WordHashes).
    private static (int[] Prefix, int[] Suffix) RunningHashes(int[] hashes)
    {
        var n = hashes.Length;
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

        return (prefix, suffix);
    }

    // The key stays ("text=<*>"); closing brackets that end the span and close a bracket opened before it belong to the frame
    // around the label ("(comment: <*>)"), not to the value.
    private static string LabelledValue(string[] words, int start, int end)
    {
        var key = KeyLength(words[start]);
        var last = words[end];
        var open = 0;
        for (var w = 0; w < start; w++)
        {
            foreach (var c in words[w])
            {
                open += c == '(' ? 1 : c == ')' && open > 0 ? -1 : 0;
            }
        }

        var trail = 0;
        while (trail < open && trail < last.Length - 1 && last[^(trail + 1)] == ')')
        {
            trail++;
        }

        return string.Concat(key < 0 ? string.Empty : words[start].AsSpan(0, key + 1), MessageMasker.Wildcard, last.AsSpan(last.Length - trail));
    }

    private readonly record struct LabelledKey(int Prefix, int Suffix, int PrefixHash, int SuffixHash, string Key);
}
