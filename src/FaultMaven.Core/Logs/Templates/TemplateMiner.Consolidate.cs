namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    /// <summary>
    /// Reconsiders the templates with everything seen: templates that agree everywhere but one place are one statement
    /// when that place holds <see cref="TemplateMinerOptions.VariantsToGeneralize"/> distinct words (not all enum names),
    /// or a word the log has shown as a value elsewhere. Online mining decides before the evidence is in; call this at
    /// the end of the input (messages already counted move to the merged template: see <see cref="LogTemplate.Current"/>).
    /// </summary>
    public void Consolidate()
    {
        _framedNeighbourBudget = FramedNeighbourComparisons;
        _foldBudget = FoldComparisons;
        var changed = true;
        var valueRunRounds = 0;
        while (changed)
        {
            changed = false;
            foreach (var bucket in _buckets.Values)
            {
                // A one-word template has no rest that could agree.
                if (bucket.Count < 2 || bucket[0].MutableWords.Length < 2)
                {
                    continue;
                }

                var length = bucket[0].MutableWords.Length;
                var around = new WordsAround();
                for (var position = 0; position < length; position++)
                {
                    changed |= MergeGroupsAt(bucket, position, around);
                }

                changed |= bucket.Count > 1 && MergeEchoedPlaces(bucket);
            }

            changed |= MergeFirstWords();

            // Each round of value runs may enable merges of the other rules and they more runs: a hostile log must not chain
            // them once per template.
            changed |= valueRunRounds++ < MaxValueRunRounds && MergeValueRuns();
        }

        FoldCoveredEverywhere();
        var beforeSpans = TemplateCount;
        _keepSpanMaps = true;
        MergeFramedSpans();
        MergeUnframedSpans();
        MergeLeadingSpans();
        MergeLabelledSpans();

        // A statement with framed values in two places is split by both: a span's group holds the templates of one wording of
        // the other place, and a template one merge took is left out of every other group it was in. Once those merged, the
        // other place's wordings meet in one group. Only the framed pass runs again: after a round of merges, statements that
        // differ after a label are few wordings, which the unframed and labelled thresholds would read as one value.
        if (TemplateCount != beforeSpans)
        {
            MergeFramedSpans();
        }

        _keepSpanMaps = false;
        _spanMaps = null;
        FoldNamedValues();
    }

    // Online, a keyed value ("user=<*>") does not count as agreeing with "user=postgres", so a rare combination of values met
    // after the statement was generalised opens its own template, and merges above fold only around the templates they
    // touch. At the end every template holding values folds in the templates of its bucket it covers (within the budget).
    private void FoldCoveredEverywhere()
    {
        foreach (var bucket in _buckets.Values)
        {
            if (bucket.Count < 2)
            {
                continue;
            }

            foreach (var template in bucket.ToList())
            {
                if (template.MergedInto is null && Array.Exists(template.MutableWords, TemplateWords.HasValue))
                {
                    FoldCovered(bucket, template);
                }
            }
        }
    }

    // Groups the bucket's templates by their words outside one place; merges each group whose place varies like a value.
    private bool MergeGroupsAt(List<LogTemplate> bucket, int position, WordsAround around)
    {
        var groups = around.GroupBesides(bucket, position);
        var merged = false;
        foreach (var group in groups)
        {
            if (group.Count < 2 || !VariesLikeAValue(bucket, group, position))
            {
                continue;
            }

            var target = group[0];
            for (var i = 1; i < group.Count; i++)
            {
                Generalize(target, group[i].MutableWords);
                Fold(bucket, group[i], target);
            }

            FoldFramedNeighbours(bucket, target);
            FoldCovered(bucket, target);
            merged = true;
        }

        return merged;
    }

    // Two framed places that vary independently ("allDrawn= true, startingDisplayed = false" and every other pair): once the
    // first is a variable, a template that it covers but for a framed word in the second no longer agrees exactly with the
    // others outside one place, so the grouping above would not meet it. Such templates join the merged one.
    // A hostile log can hold thousands of templates in one bucket, each merge scanning all of them: the scans of one
    // consolidation share a budget of template comparisons, past which this rule stops (the others still run).
    private const int FramedNeighbourComparisons = 1 << 18;

    private int _framedNeighbourBudget;

    // Every merge folds the templates it now covers, a scan of its bucket; on a hostile bucket of thousands of templates with
    // thousands of merges that is quadratic, so the scans of one consolidation share this budget too.
    private const int FoldComparisons = 1 << 18;

    private int _foldBudget = FoldComparisons;

    // Bounds the characters merged by the fold scans of one consolidation to FoldComparisons × this (64 Mi), about 1 s at the
    // cost of WordMerger.Merge on long words; an ordinary comparison merges tens of characters and costs one. Smaller units ran
    // the budget out on 400 lines of 500–3,000 comma cells, where the scans without the charge take 1.3 s and fold them into one.
    private const int MergedCharsPerComparison = 256;

    private void FoldFramedNeighbours(List<LogTemplate> bucket, LogTemplate target)
    {
        var words = target.MutableWords;
        for (var i = bucket.Count - 1; i >= 0 && _framedNeighbourBudget > 0; i--)
        {
            _framedNeighbourBudget--;
            var other = bucket[i];
            if (ReferenceEquals(other, target) || other.MergedInto is not null || ValuePlaces.AnyDifferentArity(words, other.MutableWords))
            {
                continue;
            }

            var place = -1;
            for (var j = 0; j < words.Length; j++)
            {
                if (!TemplateWords.Covers(words[j], other.MutableWords[j]))
                {
                    place = place < 0 ? j : int.MaxValue;
                    if (place == int.MaxValue)
                    {
                        break;
                    }
                }
            }

            if (place is >= 0 and < int.MaxValue
                && ValuePlaces.InValueFrame([words[place], other.MutableWords[place]], place > 0 ? words[place - 1] : null))
            {
                Generalize(target, other.MutableWords);
                Fold(bucket, other, target);
                i = Math.Min(i, bucket.Count);
            }
        }
    }

    private bool VariesLikeAValue(List<LogTemplate> bucket, List<LogTemplate> group, int position)
    {
        var distinct = group.Select(t => t.MutableWords[position]).Distinct(StringComparer.Ordinal).ToList();

        // A list of ids in several lengths ("<*>", "<*>,<*>,<*>,<*>."): one value, though one address and a pair stay apart.
        if (ValuePlaces.IsVaryingList(distinct))
        {
            return true;
        }

        // One address against two ("<*>" and "<*>,<*>"): different statements, though the bare wildcard covers the pair; so are
        // two labels ("started:" and "shutdown:", "user=" and "host="), unless the place shows more labels than a statement's code
        // writes: then they are values ("Table users:", "Table orders:", … before "<n> rows copied").
        if (distinct.Exists(a => distinct.Exists(b => ValuePlaces.DifferentArity(a, b)))
            || (PlaceLabels.AnyDifferentLabels(group, position) && !PlaceLabels.ManyLabels(group, position, _options.LabelValues)))
        {
            return false;
        }

        // One word covers the others ("<*>" and "ns.example.com"): the statement was met first with a constant there.
        if (distinct.Exists(w => distinct.TrueForAll(other => TemplateWords.Covers(w, other))))
        {
            return true;
        }

        // Values in some, value-looking words in the rest ("<*>:<*>" and "gw.lab.example.edu:<*>").
        if (distinct.Exists(TemplateWords.HasValue) && distinct.TrueForAll(TemplateWords.LooksLikeValue))
        {
            return true;
        }

        // Numbered names ("eth0" and "eth1", "worker-2" and "worker-7"): the same word with other digits is one thing counted.
        if (distinct.TrueForAll(w => TemplateWords.SameBesidesDigits(w, distinct[0])))
        {
            return true;
        }

        // Two words suffice where the text frames them as a value ("(root)"/"(nobody)", "state 'Active'"/"'Inactive'", "allDrawn= true").
        if (ValuePlaces.InValueFrame(distinct, position > 0 ? group[0].MutableWords[position - 1] : null))
        {
            return true;
        }

        if (distinct.Exists(w => _values.Contains(TemplateWords.Core(w))))
        {
            return true;
        }

        // Enough distinct words make a variable; UPPER_CASE ones only where the place varies alone: words that change in step
        // with another place name the transitions of a state machine ("from RUNNING to SUCCEEDED"), each its own statement.
        return distinct.Count >= _options.VariantsToGeneralize
            && (!distinct.TrueForAll(TemplateWords.IsConstantLike)
                || (!distinct.Exists(ValuePlaces.IsSnakeEnumName) && !ValuePlaces.CoVaries(bucket, group, position)));
    }

    // The first word picks the bucket, so templates that differ only there ("(root) CMD (run-parts <*>)", "(nobody) CMD …")
    // never meet above. Those whose first word is framed as a value, or names of one kind ("a.service:", "b.service:", …),
    // are merged across buckets, and the result moves to the
    // bucket of templates that start with a value, where later messages of either look for it.
    private bool MergeFirstWords()
    {
        var groups = new Dictionary<string, List<(LogTemplate Template, List<LogTemplate> Bucket)>>(StringComparer.Ordinal);
        foreach (var (key, bucket) in _buckets)
        {
            if (key.Length < 2 || key.First == MessageMasker.Wildcard)
            {
                continue;
            }

            foreach (var template in bucket)
            {
                var rest = key.Length + "\u0001" + string.Join('\u0001', template.MutableWords.Skip(1));
                if (!groups.TryGetValue(rest, out var group))
                {
                    group = [];
                    groups[rest] = group;
                }

                group.Add((template, bucket));
            }
        }

        var merged = false;
        foreach (var group in groups.Values)
        {
            var firstWords = group.Select(g => g.Template.MutableWords[0]).Distinct(StringComparer.Ordinal).ToList();
            if (group.Count < 2
                || !(ValuePlaces.InValueFrame(firstWords, null) || ValuePlaces.SameNameKind(firstWords, _options.VariantsToGeneralize)
                    || OpensWithValue(group, firstWords)))
            {
                continue;
            }

            var (target, targetBucket) = group[0];
            for (var i = 1; i < group.Count; i++)
            {
                Generalize(target, group[i].Template.MutableWords);
                Fold(group[i].Bucket, group[i].Template, target);
            }

            targetBucket.Remove(target);
            var valueKey = (target.MutableWords.Length, BucketWord(target.MutableWords));
            if (!_buckets.TryGetValue(valueKey, out var valueBucket))
            {
                valueBucket = [];
                _buckets[valueKey] = valueBucket;
            }

            valueBucket.Add(target);
            FoldCovered(valueBucket, target);
            merged = true;
        }

        return merged;
    }
}
