namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // Echo pairs looked at per template: a line of one word repeated would otherwise pair every place with the first.
    private const int EchoPairsPerTemplate = 4;

    // The value a word carries: its core, after the key when it is keyed ("(container=web)" → "web"). A view of the word: the
    // pass reads every word of every template in every round, and a string per framed word was most of its cost.
    internal static ReadOnlySpan<char> EchoCore(string word)
    {
        var core = word.AsSpan().Trim(TemplateWords.Frame);
        var key = core.LastIndexOf('=');
        return key < 0 ? core : core[(key + 1)..].Trim(TemplateWords.Frame);
    }

    // Whether the core can pair (a constant of two characters or more).
    private static bool Pairs(ReadOnlySpan<char> core) =>
        core.Length >= 2 && !core.Contains(MessageMasker.Wildcard.AsSpan(), StringComparison.Ordinal);

    // A value written twice in one line ("vhost: X … sni: 'X'", "for \"web\" … container=web") changes in two places at once,
    // so the one-place grouping never meets its templates. Templates that hold one core at two places, agree everywhere
    // else and differ there are one statement when the first place varies like a value (the same test as one place).
    private bool MergeEchoedPlaces(List<LogTemplate> bucket)
    {
        var groups = new Dictionary<EchoKey, List<LogTemplate>>(EchoKeyComparer.Instance);
        var seen = new Dictionary<int, int>();
        Span<(int First, int Second)> pairs = stackalloc (int, int)[EchoPairsPerTemplate];
        foreach (var template in bucket)
        {
            var words = template.MutableWords;
            var count = EchoPairs(words, seen, pairs);
            for (var p = 0; p < count; p++)
            {
                var key = new EchoKey(pairs[p].First, pairs[p].Second, words, template.WordHashes);
                if (!groups.TryGetValue(key, out var group))
                {
                    group = [];
                    groups[key] = group;
                }

                group.Add(template);
            }
        }

        var merged = false;
        foreach (var (key, group) in groups)
        {
            var first = key.First;
            group.RemoveAll(t => t.MergedInto is not null);
            if (group.Count < 2 || !VariesLikeAValue(bucket, group, first))
            {
                continue;
            }

            var target = group[0];
            for (var i = 1; i < group.Count; i++)
            {
                Generalize(target, group[i].MutableWords);
                Fold(bucket, group[i], target);
            }

            FoldCovered(bucket, target);
            merged = true;
        }

        return merged;
    }

    // The first places that repeat an earlier place's core, each with that place, up to pairs.Length; returns how many.
    internal static int EchoPairs(string[] words, Dictionary<int, int> seen, Span<(int First, int Second)> pairs)
    {
        seen.Clear();
        var count = 0;
        for (var second = 0; second < words.Length && count < pairs.Length; second++)
        {
            var core = EchoCore(words[second]);
            if (Pairs(core) && FirstPlace(words, second, core, seen) is var first and >= 0)
            {
                pairs[count++] = (first, second);
            }
        }

        return count;
    }

    // The first place before `second` whose core is `core`, or -1 (recording `second` as the first place of its core). Places are
    // kept by their core's hash and confirmed by comparing the cores; two cores that share a hash send the later one to a scan of
    // the places before it, so a collision costs time, never a pairing.
    internal static int FirstPlace(string[] words, int second, ReadOnlySpan<char> core, Dictionary<int, int> seen)
    {
        var hash = string.GetHashCode(core, StringComparison.Ordinal);
        if (seen.TryAdd(hash, second))
        {
            return -1;
        }

        var first = seen[hash];
        if (EchoCore(words[first]).SequenceEqual(core))
        {
            return first;
        }

        for (var place = 0; place < second; place++)
        {
            var other = EchoCore(words[place]);
            if (Pairs(other) && other.SequenceEqual(core))
            {
                return place;
            }
        }

        return -1;
    }

    // Templates keyed by the two places and every word elsewhere, compared in place: joining the other words into one string per
    // pair cost a line's length per pair, in every bucket, every round of consolidation.
    private readonly record struct EchoKey(int First, int Second, string[] Words, int[] Hashes);

    private sealed class EchoKeyComparer : IEqualityComparer<EchoKey>
    {
        public static readonly EchoKeyComparer Instance = new();

        public bool Equals(EchoKey x, EchoKey y)
        {
            if (x.First != y.First || x.Second != y.Second || x.Words.Length != y.Words.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Words.Length; i++)
            {
                if (i != x.First && i != x.Second && !string.Equals(x.Words[i], y.Words[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(EchoKey key)
        {
            var hash = new HashCode();
            hash.Add(key.First);
            hash.Add(key.Second);
            hash.Add(key.Words.Length);
            for (var i = 0; i < key.Hashes.Length; i++)
            {
                if (i != key.First && i != key.Second)
                {
                    hash.Add(key.Hashes[i]);
                }
            }

            return hash.ToHashCode();
        }
    }
}
