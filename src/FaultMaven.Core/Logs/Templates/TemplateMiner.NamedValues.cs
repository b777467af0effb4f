namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // A name with spaces (a folder, a product, a job, a file) is a few words; a longer run is a text, which the span rules read.
    private const int MaxNameWords = 4;

    // Spans examined in one pass (one per template word and span length), bounding a hostile log's cost.
    private const int NamedValueBudget = 1 << 18;

    /// <summary>
    /// A value that is now and then a name of several words (<c>Folder Sent Items (id=…)</c> beside <c>Folder &lt;*&gt; (id=…)</c>,
    /// <c>from source Apache Superset</c>) keeps its words in the lines that show it, one template per wording: the span rules ask
    /// several wordings, and a name of two words is often the only one. Where a template already holds a value at one place, a
    /// template that agrees with it on every word around that place and holds there two to <see cref="MaxNameWords"/> constant words
    /// that the value covers is the same statement, if it has no more lines than the template with the value (the value is the rule,
    /// the name one of its values), something constant is said before the place, and the words beside it are anchors: constants, keyed
    /// values or the end of the line, not bare values. Statements that differ by one constant word
    /// have one length and are not read here; a span that holds a label (<c>key=</c>, <c>word:</c>) names a field of its own.
    /// </summary>
    private void FoldNamedValues()
    {
        var places = new Dictionary<(int Length, int Start, int Prefix, int Suffix), List<LogTemplate>>();
        var owners = new Dictionary<LogTemplate, List<LogTemplate>>(ReferenceEqualityComparer.Instance);
        foreach (var bucket in _buckets.Values)
        {
            foreach (var template in bucket)
            {
                owners[template] = bucket;
                var words = template.MutableWords;
                var (prefix, suffix) = RunningHashes(template.WordHashes);
                var constantBefore = false;
                for (var p = 0; p < words.Length; p++)
                {
                    if (constantBefore && TemplateWords.HasValue(words[p]) && IsAnchor(words[p - 1]) && (p + 1 == words.Length || IsAnchor(words[p + 1])))
                    {
                        var key = (words.Length, p, prefix[p], suffix[p + 1]);
                        if (!places.TryGetValue(key, out var list))
                        {
                            list = [];
                            places[key] = list;
                        }

                        list.Add(template);
                    }

                    constantBefore |= !TemplateWords.HasValue(words[p]);
                }
            }
        }

        if (places.Count == 0)
        {
            return;
        }

        var budget = NamedValueBudget;
        var folds = new List<(LogTemplate From, LogTemplate Into)>();
        foreach (var bucket in _buckets.Values)
        {
            foreach (var template in bucket)
            {
                if (budget <= 0)
                {
                    break;
                }

                if (FindNamedValue(template, places, ref budget) is { } into)
                {
                    folds.Add((template, into));
                }
            }
        }

        foreach (var (from, into) in folds)
        {
            var target = into.Current;
            if (from.MergedInto is null && !ReferenceEquals(from, target) && owners.TryGetValue(from, out var bucket))
            {
                Fold(bucket, from, target);
            }
        }
    }

    // A word that says where a value starts or ends: a constant, or a value with a key or text of its own ("(id=<*>).", not "<*>"
    // or "<*>:<*>"). Between two bare values a run of words could belong to either ("rsync <*> <*> from" against "rsync denied on
    // module <*> from": the words are the statement, the places beside them its values).
    private static bool IsAnchor(string word) =>
        !TemplateWords.HasValue(word) || word.Replace(MessageMasker.Wildcard, string.Empty, StringComparison.Ordinal).Any(char.IsLetterOrDigit);

    // A word the log has shown as a value of its own ("down" of "changed state to up|down"): a span holding one is a qualifier and
    // a value ("administratively down"), another statement's text, not a name.
    private bool IsShownValue(string word) => _values.Count > 0 && _values.Contains(TemplateWords.Core(word));

    // A span in brackets or quotes where the value is bare ("(no URI read)" beside "request <*>") is a remark in place of the value,
    // its own statement; a value framed the same way ('"<*>"' and '"Quarterly Report.xlsx"') may hold a name.
    private static bool FramedUnlike(string value, string first, string last) =>
        first.Length > 0 && ValuePlaces.Closer(first[0]) is { } closer && last.TrimEnd(",;:.").EndsWith(closer) && !value.StartsWith(first[0]);

    // The template with a value where this one holds a name, or null.
    private LogTemplate? FindNamedValue(
        LogTemplate template, Dictionary<(int Length, int Start, int Prefix, int Suffix), List<LogTemplate>> places, ref int budget)
    {
        var words = template.MutableWords;
        var n = words.Length;
        (int[] Prefix, int[] Suffix)? hashes = null;
        for (var start = 1; start < n && budget > 0; start++)
        {
            if (words[start].EndsWith(':'))
            {
                continue;
            }

            for (var end = start + 1; end < n && end < start + MaxNameWords && budget > 0; end++)
            {
                budget--;
                var word = words[end];
                if (TemplateWords.HasValue(word) || TemplateWords.HasValue(words[start]) || !PlaceLabels.Label(word, end + 1 < n ? words[end + 1] : null).IsEmpty
                    || word.Contains('=', StringComparison.Ordinal) || IsShownValue(words[start]) || IsShownValue(word))
                {
                    break;
                }

                var (prefix, suffix) = hashes ??= RunningHashes(template.WordHashes);
                if (!places.TryGetValue((n - (end - start), start, prefix[start], suffix[end + 1]), out var candidates))
                {
                    continue;
                }

                string? name = null;
                foreach (var candidate in candidates)
                {
                    if (candidate.MergedInto is null && candidate.Count >= template.Count && !ReferenceEquals(candidate, template)
                        && !FramedUnlike(candidate.MutableWords[start], words[start], words[end])
                        && SameAround(candidate.MutableWords, start, start, words, start, end)
                        && TemplateWords.Covers(candidate.MutableWords[start], name ??= string.Join(' ', words, start, end - start + 1)))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }
}
