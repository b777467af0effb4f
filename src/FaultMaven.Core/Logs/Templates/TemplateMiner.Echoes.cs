namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // Echo pairs looked at per template: a line of one word repeated would otherwise pair every place with the first.
    private const int EchoPairsPerTemplate = 4;

    // The value a word carries: its core, after the key when it is keyed ("(container=web)" → "web").
    private static string EchoCore(string word)
    {
        var core = TemplateWords.Core(word);
        var key = core.LastIndexOf('=');
        return key < 0 ? core : TemplateWords.Core(core[(key + 1)..]);
    }

    // A value written twice in one line ("vhost: X … sni: 'X'", "for \"web\" … container=web") changes in two places at once,
    // so the one-place grouping never meets its templates. Templates that hold one core at two places, agree everywhere
    // else and differ there are one statement when the first place varies like a value (the same test as one place).
    private bool MergeEchoedPlaces(List<LogTemplate> bucket)
    {
        var groups = new Dictionary<EchoKey, List<LogTemplate>>(EchoKeyComparer.Instance);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var template in bucket)
        {
            var words = template.MutableWords;
            seen.Clear();
            var pairs = 0;
            for (var second = 0; second < words.Length && pairs < EchoPairsPerTemplate; second++)
            {
                var core = EchoCore(words[second]);
                if (core.Length < 2 || TemplateWords.HasValue(core) || seen.TryAdd(core, second))
                {
                    continue;
                }

                pairs++;
                var first = seen[core];
                var key = new EchoKey(first, second, words, template.WordHashes);
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
