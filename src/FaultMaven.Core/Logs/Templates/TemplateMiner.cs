using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// Online, deterministic template mining in the spirit of Drain: messages are masked, bucketed by word count
/// and first word, and join the most similar template in their bucket. A word that differs from the template
/// becomes a variable only once it has shown itself to vary (<see cref="TemplateMinerOptions.VariantsToGeneralize"/>
/// distinct values); until then each value keeps its own template, because two or three alternatives in one place
/// (<c>Failed password</c> / <c>Failed none</c>) are usually different statements, not a parameter — unless the
/// log has shown the word as a value elsewhere, or <see cref="Consolidate"/> finds the place varying across a group of
/// templates that agree everywhere else. Memory grows with the number of templates, not with the number of messages.
/// </summary>
public sealed partial class TemplateMiner
{
    private readonly TemplateMinerOptions _options;
    private readonly List<LogTemplate> _templates = [];
    private readonly Dictionary<(int Length, string First), List<LogTemplate>> _buckets = [];
    private readonly Dictionary<string, LogTemplate> _memo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LogTemplate>.AlternateLookup<ReadOnlySpan<char>> _memoLookup;
    private readonly CharBuffer _masked = new(512);
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private int[] _wordLabels = new int[64];
    private int[] _wordHashes = new int[64];
    private static readonly int WildcardHash = MessageMasker.Wildcard.GetHashCode();

    // Known values only widen what merges; a cap keeps memory bounded on logs with endless distinct words.
    private const int MaxKnownValues = 1 << 16;

    // A message is compared with at most this many templates of its bucket (the oldest, where a log's common statements
    // are). Real logs hold tens of templates a bucket; a hostile one, built so no two lines share a template, holds one per line,
    // and comparing each new line with all of them made mining quadratic (12,000 such lines: 34 s of CPU).
    private const int MaxCompared = 1024;

    // The memo's keys are whole masked messages: its count limit alone would let 131,072 messages of 64 K characters hold
    // gigabytes. Lines of up to 256 characters on average meet the count limit first, so ordinary logs are unaffected.
    private const long MaxMemoChars = 1L << 25;

    /// <summary>Creates a miner with the given settings, or the defaults.</summary>
    public TemplateMiner(TemplateMinerOptions? options = null)
    {
        _options = options ?? new TemplateMinerOptions();
        _memoLookup = _memo.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The live templates (those not merged into another), in order of first appearance.</summary>
    public IEnumerable<LogTemplate> Templates => _templates.Where(t => t.MergedInto is null);

    /// <summary>The template with the given id (possibly merged since: see <see cref="LogTemplate.Current"/>).</summary>
    public LogTemplate GetTemplate(int id) => _templates[id - 1];

    /// <summary>The number of live templates.</summary>
    public int TemplateCount { get; private set; }

    /// <summary>The number of templates ever created, merged ones included: ids run from 1 to this.</summary>
    public int CreatedCount => _templates.Count;

    /// <summary>Finds or creates the template of <paramref name="message"/> and counts the message against it.</summary>
    public LogTemplate Match(ReadOnlySpan<char> message)
    {
        _masked.Clear();
        MessageMasker.Mask(message, _masked);
        return MatchMasked(_masked.AsSpan());
    }

    /// <summary>
    /// <see cref="Match"/> for a message already masked by <see cref="MessageMasker.Mask(ReadOnlySpan{char}, CharBuffer)"/>,
    /// so that masking, the costly part, can run on other threads while templates are matched in order on this one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LogTemplate MatchMasked(ReadOnlySpan<char> masked)
    {
        // Most lines repeat a masked shape seen before: one hash lookup and done.
        if (_memoLookup.TryGetValue(masked, out var known))
        {
            known = known.Current;
            known.Count++;
            return known;
        }

        var key = masked.ToString();
        var template = Place(key.Split(' '));
        template.Count++;
        if (_memo.Count >= _options.MemoSize || _memoChars + key.Length > MaxMemoChars)
        {
            _memo.Clear();
            _memoChars = 0;
        }

        _memo[key] = template;
        _memoChars += key.Length;
        return template;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LogTemplate Place(string[] words)
    {
        var bucketKey = (words.Length, BucketWord(words));
        if (!_buckets.TryGetValue(bucketKey, out var bucket))
        {
            bucket = [];
            // Past the template limit a message with a new first word or length opens no bucket either: the buckets stay bounded.
            if (_buckets.Count < _options.MaxTemplates)
            {
                _buckets[bucketKey] = bucket;
            }
        }

        // Each word's label is read once here, not once per template compared. Only a template scoring at least the
        // threshold is ever chosen, so a comparison stops as soon as too many words differ for that (or to beat the best).
        if (_wordLabels.Length < words.Length)
        {
            _wordLabels = new int[Math.Max(words.Length, 2 * _wordLabels.Length)];
        }

        if (_wordHashes.Length < words.Length)
        {
            _wordHashes = new int[_wordLabels.Length];
        }

        var labels = _wordLabels.AsSpan(0, words.Length);
        PlaceLabels.LabelLengths(words, labels);
        var hashes = _wordHashes.AsSpan(0, words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            hashes[i] = words[i].GetHashCode();
        }
        var threshold = _options.SimilarityThreshold;
        LogTemplate? best = null;
        var bestScore = -1.0;
        var fewest = FewestSame(words.Length, threshold, bestScore);
        var index = CountSame(bucket, hashes);
        for (var c = 0; c < Math.Min(bucket.Count, MaxCompared); c++)
        {
            var candidate = bucket[c];
            // Fewer words that can be the same than `fewest`: Similarity would return -1.
            if (index is not null && index.MostSame(candidate) < fewest)
            {
                continue;
            }

            var score = Similarity(candidate, words, hashes, labels, fewest);
            if (score >= threshold && score > bestScore)
            {
                best = candidate;
                bestScore = score;
                fewest = FewestSame(words.Length, threshold, bestScore);
            }
        }

        Placed?.Invoke(bucket, words, best, false);

        // A template whose first word became a framed value ("(<*>) CMD …", see Consolidate) lives with those that start
        // with a value: a message with a new word there ("(carol) CMD …") finds it there.
        if (best is null && bucketKey.Item2 != MessageMasker.Wildcard
            && _buckets.TryGetValue((words.Length, MessageMasker.Wildcard), out var valueBucket))
        {
            index = CountSame(valueBucket, hashes);
            for (var c = 0; c < Math.Min(valueBucket.Count, MaxCompared); c++)
            {
                var candidate = valueBucket[c];
                if (index is not null && index.MostSame(candidate) < fewest)
                {
                    continue;
                }

                var first = candidate.MutableWords[0];
                if (first != MessageMasker.Wildcard && Similarity(candidate, words, hashes, labels, fewest) is var score
                    && score >= threshold && score > bestScore && TemplateWords.Covers(first, words[0]))
                {
                    best = candidate;
                    bestScore = score;
                    fewest = FewestSame(words.Length, threshold, bestScore);
                    bucket = valueBucket;
                }
            }

            Placed?.Invoke(valueBucket, words, best, true);
        }

        if (best is null)
        {
            return Create(bucketKey, bucket, words);
        }

        // Words that already hold a value differ by value ("rhost=<*>" vs "rhost=<*>.example.net", "(<*>)" vs "()"), and
        // so do words this log has shown to be values elsewhere: generalise them. Words that are both constant differ
        // by statement, unless the places prove to be parameters: enough templates already differ from this one there.
        var current = best.MutableWords;
        var differing = new List<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if (ValuePlaces.DifferentArity(current[i], words[i])
                || (!TemplateWords.Covers(current[i], words[i]) && !TemplateWords.SameValueSlot(current[i], words[i]) && !IsKnownValue(current[i], words[i])))
            {
                differing.Add(i);
            }
        }

        if (differing.Count > 0)
        {
            var siblings = bucket.GetRange(0, Math.Min(bucket.Count, MaxCompared))
                .FindAll(t => !ReferenceEquals(t, best) && TemplateWords.SameExcept(t.MutableWords, current, differing));
            if (siblings.Count + 2 < _options.VariantsToGeneralize * differing.Count || AllEnumNames(differing, words, current, siblings))
            {
                return Create(bucketKey, bucket, words);
            }

            foreach (var sibling in siblings)
            {
                Generalize(best, sibling.MutableWords);
                Fold(bucket, sibling, best);
            }
        }

        if (Generalize(best, words))
        {
            FoldCovered(bucket, best, MaxCompared);
        }

        return best;
    }

    // Buckets of fewer templates than this are compared whole: posting their words costs more than it saves (settable so that a
    // test can index every bucket).
    internal int MinIndexed = 64;

    private readonly Dictionary<List<LogTemplate>, CandidateIndex> _candidateIndexes = new(ReferenceEqualityComparer.Instance);

    // Reports each bucket searched, the message, the template chosen there (null: none) and whether the bucket was that of
    // templates opening with a value, searched for a message with no match in its own; to check the choice against a full scan.
    internal Action<List<LogTemplate>, string[], LogTemplate?, bool>? Placed;

    // The bucket's index with, for each template a message is compared with, at most how many of their words can be the same as
    // the message's counted (CandidateIndex.MostSame); null when the bucket is compared whole.
    private CandidateIndex? CountSame(List<LogTemplate> bucket, ReadOnlySpan<int> hashes)
    {
        var compared = Math.Min(bucket.Count, MaxCompared);
        if (compared < MinIndexed || hashes.Length == 0)
        {
            return null;
        }

        if (!_candidateIndexes.TryGetValue(bucket, out var index))
        {
            index = new CandidateIndex();
            _candidateIndexes[bucket] = index;
        }

        for (var c = 0; c < compared; c++)
        {
            index.Refresh(bucket[c]);
        }

        index.Count(hashes);
        return index;
    }

    // UPPER_CASE words are enum names and keywords (states, actions), which name different statements; a place where
    // every template seen holds one stays constant. A mix ("RTC", "EC.LidOpen", "ARPT") is a value.
    private static bool AllEnumNames(List<int> differing, string[] words, string[] current, List<LogTemplate> siblings) =>
        differing.TrueForAll(i => TemplateWords.IsConstantLike(words[i]) && TemplateWords.IsConstantLike(current[i])
            && siblings.TrueForAll(s => TemplateWords.IsConstantLike(s.MutableWords[i])));

    // A word this log has already shown in a variable place ("root" under "Accepted publickey for <*>") is a value here too.
    private bool IsKnownValue(string a, string b) =>
        _values.Count > 0 && !TemplateWords.HasValue(a) && !TemplateWords.HasValue(b) && TemplateWords.SameFrame(a, b)
        && (_values.Contains(TemplateWords.Core(a)) || _values.Contains(TemplateWords.Core(b)));

    private bool Generalize(LogTemplate template, string[] words)
    {
        var current = template.MutableWords;
        var changed = false;
        for (var i = 0; i < current.Length; i++)
        {
            if (current[i] == MessageMasker.Wildcard)
            {
                RememberFiller(words[i]);
            }

            if (!TemplateWords.Covers(current[i], words[i]))
            {
                RememberValue(current[i]);
                RememberValue(words[i]);
                current[i] = WordMerger.Merge(current[i], words[i]);
                changed = true;
            }
        }

        if (changed)
        {
            template.WordsChanged();
        }

        return changed;
    }

    private void RememberValue(string word)
    {
        var core = TemplateWords.Core(word);
        if (_values.Count < MaxKnownValues && TemplateWords.IsPlainWord(core))
        {
            _values.Add(core);
        }
    }

    // Templates that the generalised one now covers are the same statement, if they share enough of its constant
    // words ("data <*> <*>" covers "data storage interrupt" without being its statement): their messages move to it.
    // Online, only the templates a message is compared with (the first limit); at consolidation, the whole bucket while the
    // consolidation's budget of comparisons lasts.
    private void FoldCovered(List<LogTemplate> bucket, LogTemplate target, int limit = int.MaxValue)
    {
        for (var i = Math.Min(bucket.Count, limit) - 1; i >= 0; i--)
        {
            if (limit == int.MaxValue && _foldBudget-- <= 0)
            {
                return;
            }

            var other = bucket[i];
            var mergedChars = 0;
            if (!ReferenceEquals(other, target) && TemplateWords.CoversAll(target.MutableWords, other.MutableWords, ref mergedChars)
                && !ValuePlaces.AnyDifferentArity(target.MutableWords, other.MutableWords)
                && TemplateWords.SharedConstants(target.MutableWords, other.MutableWords) >= _options.SimilarityThreshold)
            {
                Fold(bucket, other, target);
            }

            // A comparison that merged long words (a line of hundreds of cells with no space is one word) costs as many
            // comparisons as it has blocks of MergedCharsPerComparison characters.
            if (limit == int.MaxValue)
            {
                _foldBudget -= mergedChars / MergedCharsPerComparison;
            }
        }
    }

    private void Fold(List<LogTemplate> bucket, LogTemplate from, LogTemplate into)
    {
        from.FoldInto(into);
        bucket.Remove(from);
        TemplateCount--;
    }

    // The first word splits the search space unless it is itself a value.
    private static string BucketWord(string[] words) =>
        words.Length == 0 || TemplateWords.HasValue(words[0]) ? MessageMasker.Wildcard : words[0];

    // The share of words a template and a message have in common (-1 when their labels differ somewhere), or -1 as soon as
    // fewer than `fewest` can be in common: the score could not be chosen.
    internal static double Similarity(LogTemplate candidate, string[] words, ReadOnlySpan<int> hashes, ReadOnlySpan<int> labels, int fewest)
    {
        var template = candidate.MutableWords;
        var templateHashes = candidate.WordHashes;
        if (words.Length == 0)
        {
            return 1;
        }

        if (fewest > words.Length)
        {
            return -1;
        }

        var same = 0;
        var differing = 0;
        var allowed = words.Length - fewest;
        for (var i = 0; i < words.Length; i++)
        {
            // Different hashes: different words, and the template's is no wildcard unless it hashes as one.
            if ((templateHashes[i] == hashes[i] || templateHashes[i] == WildcardHash)
                && ((template[i] == MessageMasker.Wildcard && !ValuePlaces.DifferentArity(template[i], words[i]))
                    || string.Equals(template[i], words[i], StringComparison.Ordinal)))
            {
                same++;
            }
            else if (PlaceLabels.LabelDiffers(template, i, words[i].AsSpan(0, labels[i])))
            {
                // Another label names another statement: the message never joins this template.
                return -1;
            }
            else if (++differing > allowed)
            {
                return -1;
            }
        }

        return (double)same / words.Length;
    }

    // The fewest words in common whose score (the share of `length`) reaches the threshold and beats the best so far;
    // length + 1 when none can.
    internal static int FewestSame(int length, double threshold, double bestScore)
    {
        var same = Math.Clamp((int)Math.Ceiling(Math.Max(threshold, bestScore) * length) - 1, 0, length + 1);
        while (same <= length && !((double)same / length >= threshold && (double)same / length > bestScore))
        {
            same++;
        }

        return same;
    }
}
