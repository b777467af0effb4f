namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// Groups one bucket's templates by all their words but the one at a place, for every place in turn. Joining the other words
/// into a key costs a template's length at every place (T·L² per bucket and round, 77 % of the time on long one-off lines);
/// hashes of the words before and after each place, computed once per template and kept until its words change, make a key
/// O(1). Equal hashes are confirmed word by word, so a collision never groups two templates that differ.
/// </summary>
internal sealed class WordsAround
{
    private readonly Dictionary<LogTemplate, Hashes> _hashes = [];

    // Reused from place to place: one entry per template and place would otherwise be allocated.
    private readonly Dictionary<(ulong Before, ulong After), int> _firstWithKey = [];
    private readonly List<LogTemplate> _firsts = [];
    private readonly List<List<LogTemplate>?> _members = [];
    private readonly List<int> _nextWithKey = [];

    /// <summary>The templates of <paramref name="bucket"/> (all of one length) that agree with another one on every word outside
    /// <paramref name="position"/>, grouped; groups in the order their first template appears in the bucket. Templates alone in
    /// their group are left out.</summary>
    public List<List<LogTemplate>> GroupBesides(List<LogTemplate> bucket, int position)
    {
        _firstWithKey.Clear();
        _firsts.Clear();
        _members.Clear();
        _nextWithKey.Clear();
        foreach (var template in bucket)
        {
            var hashes = HashesOf(template);
            var key = (hashes.Before[position], hashes.After[position + 1]);
            if (!_firstWithKey.TryGetValue(key, out var index))
            {
                _firstWithKey[key] = _firsts.Count;
            }
            else
            {
                // Follow the groups that share this key until one agrees word by word; a new group joins the chain's end.
                while (!SameBesides(_firsts[index].MutableWords, template.MutableWords, position) && _nextWithKey[index] >= 0)
                {
                    index = _nextWithKey[index];
                }

                if (SameBesides(_firsts[index].MutableWords, template.MutableWords, position))
                {
                    (_members[index] ??= [_firsts[index]]).Add(template);
                    continue;
                }

                _nextWithKey[index] = _firsts.Count;
            }

            _firsts.Add(template);
            _members.Add(null);
            _nextWithKey.Add(-1);
        }

        var groups = new List<List<LogTemplate>>();
        foreach (var members in _members)
        {
            if (members is not null)
            {
                groups.Add(members);
            }
        }

        return groups;
    }

    private Hashes HashesOf(LogTemplate template)
    {
        if (_hashes.TryGetValue(template, out var known) && known.Version == template.Version)
        {
            return known;
        }

        // Before[i] hashes words [0, i), After[i] words [i, n): the words outside place p are Before[p] and After[p + 1].
        var words = template.MutableWords;
        var before = new ulong[words.Length + 1];
        var after = new ulong[words.Length + 1];
        for (var i = 0; i < words.Length; i++)
        {
            before[i + 1] = (before[i] * Multiplier) + WordHash(words[i]);
        }

        for (var i = words.Length - 1; i >= 0; i--)
        {
            after[i] = (after[i + 1] * Multiplier) + WordHash(words[i]);
        }

        var hashes = new Hashes(template.Version, before, after);
        _hashes[template] = hashes;
        return hashes;
    }

    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    private static ulong WordHash(string word) => (uint)StringComparer.Ordinal.GetHashCode(word) + 1UL;

    private static bool SameBesides(string[] a, string[] b, int position)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (i != position && !string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Hashes(int Version, ulong[] Before, ulong[] After);
}
