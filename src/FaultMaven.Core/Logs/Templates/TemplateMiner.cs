namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// Online, deterministic template mining in the spirit of Drain: messages are masked, bucketed by word count
/// and first word, and join the most similar template in their bucket. A word that differs from the template
/// becomes a variable only once it has shown itself to vary (<see cref="TemplateMinerOptions.VariantsToGeneralize"/>
/// distinct values); until then each value keeps its own template, because two or three alternatives in one place
/// (<c>Failed password</c> / <c>Failed none</c>) are usually different statements, not a parameter.
/// Memory grows with the number of templates, not with the number of messages.
/// </summary>
public sealed class TemplateMiner
{
    private readonly TemplateMinerOptions _options;
    private readonly List<LogTemplate> _templates = [];
    private readonly Dictionary<(int Length, string First), List<LogTemplate>> _buckets = [];
    private readonly Dictionary<string, LogTemplate> _memo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LogTemplate>.AlternateLookup<ReadOnlySpan<char>> _memoLookup;
    private readonly CharBuffer _masked = new(512);

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

    /// <summary>Finds or creates the template of <paramref name="message"/> and counts the message against it.</summary>
    public LogTemplate Match(ReadOnlySpan<char> message)
    {
        _masked.Clear();
        MessageMasker.Mask(message, _masked);
        var masked = _masked.AsSpan();

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
        if (_memo.Count >= _options.MemoSize)
        {
            _memo.Clear();
        }

        _memo[key] = template;
        return template;
    }

    private LogTemplate Place(string[] words)
    {
        var bucketKey = (words.Length, BucketWord(words));
        if (!_buckets.TryGetValue(bucketKey, out var bucket))
        {
            bucket = [];
            _buckets[bucketKey] = bucket;
        }

        LogTemplate? best = null;
        var bestScore = -1.0;
        foreach (var candidate in bucket)
        {
            var score = Similarity(candidate.MutableWords, words);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        if (best is null || bestScore < _options.SimilarityThreshold)
        {
            return Create(bucket, words);
        }

        // Words that already hold a value differ by value ("rhost=<*>" vs "rhost=<*>.example.net"): generalise them.
        // Words that are both constant differ by statement, unless the places prove to be parameters: enough
        // templates already differ from this one in exactly those places.
        var current = best.MutableWords;
        var differing = new List<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!Covers(current[i], words[i]) && !SameValueSlot(current[i], words[i]))
            {
                differing.Add(i);
            }
        }

        if (differing.Count > 0)
        {
            var siblings = bucket.FindAll(t => !ReferenceEquals(t, best) && SameExcept(t.MutableWords, current, differing));
            if (siblings.Count + 2 < _options.VariantsToGeneralize * differing.Count || differing.TrueForAll(i => IsConstantLike(words[i]) && IsConstantLike(current[i])))
            {
                return Create(bucket, words);
            }

            foreach (var sibling in siblings)
            {
                Generalize(best, sibling.MutableWords);
                sibling.FoldInto(best);
                bucket.Remove(sibling);
                TemplateCount--;
            }
        }

        Generalize(best, words);
        return best;
    }

    private static void Generalize(LogTemplate template, string[] words)
    {
        var current = template.MutableWords;
        var changed = false;
        for (var i = 0; i < current.Length; i++)
        {
            if (!Covers(current[i], words[i]))
            {
                current[i] = WordMerger.Merge(current[i], words[i]);
                changed = true;
            }
        }

        if (changed)
        {
            template.WordsChanged();
        }
    }

    // Both words hold a value in the same frame ("rhost=<*>" and "rhost=<*>.example.net"), not just any value.
    private static bool SameValueSlot(string a, string b) =>
        HasValue(a) && HasValue(b) && WordMerger.Merge(a, b).Any(char.IsAsciiLetter);

    private static bool HasValue(string word) => word.Contains(MessageMasker.Wildcard, StringComparison.Ordinal);

    private LogTemplate Create(List<LogTemplate> bucket, string[] words)
    {
        var created = new LogTemplate(_templates.Count + 1, words);
        _templates.Add(created);
        bucket.Add(created);
        TemplateCount++;
        return created;
    }

    // The first word splits the search space unless it is itself a value.
    private static string BucketWord(string[] words) =>
        words.Length == 0 || words[0].Contains(MessageMasker.Wildcard, StringComparison.Ordinal) ? MessageMasker.Wildcard : words[0];

    private static double Similarity(string[] template, string[] words)
    {
        if (words.Length == 0)
        {
            return 1;
        }

        var same = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (template[i] == MessageMasker.Wildcard || string.Equals(template[i], words[i], StringComparison.Ordinal))
            {
                same++;
            }
        }

        return (double)same / words.Length;
    }

    // A template word covers a message word when it is the same, or a generalisation of it ("user=<*>" covers "user=root").
    private static bool Covers(string templateWord, string word) =>
        string.Equals(templateWord, word, StringComparison.Ordinal)
        || templateWord == MessageMasker.Wildcard
        || (templateWord.Contains(MessageMasker.Wildcard, StringComparison.Ordinal) && WordMerger.Merge(templateWord, word) == templateWord);

    private static bool SameExcept(string[] a, string[] b, List<int> positions)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!positions.Contains(i) && !string.Equals(a[i], b[i], StringComparison.Ordinal) && !(HasValue(a[i]) && HasValue(b[i])))
            {
                return false;
            }
        }

        return true;
    }

    // UPPER_CASE words are enum names and keywords (states, actions), which name different statements.
    private static bool IsConstantLike(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterLower(c))
            {
                return false;
            }

            letters += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }

        return letters >= 2;
    }
}
