namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// Which templates of a bucket a message can join. A template is chosen only when at least a threshold's share of its words are
/// the same as the message's, and a word is the same only where the template holds a wildcard or that very word. So a template
/// whose wildcards plus words equal to the message's at the same place fall short of the share is never chosen, and need not be
/// compared. Those equal words are counted from postings of each template's words by place (their hashes, so a collision only
/// overcounts), which a message reads once: in a bucket of hundreds of one-off statements it meets the few templates that share
/// its words at their places, not every one. Postings of words since generalised or of templates since merged stay behind; they
/// too only overcount.
/// </summary>
internal sealed class CandidateIndex
{
    // Postings: (place, word hash) → first node; nodes hold a template's slot here and chain to the next node.
    private readonly Dictionary<(int Place, int Hash), int> _heads = [];
    private int[] _nodeSlots = new int[256];
    private int[] _next = new int[256];
    private int _nodes;

    // Per slot (a template posted here): the stamp of the message last counted, and its count of equal words.
    private long[] _stamps = new long[64];
    private int[] _hits = new int[64];
    private int _slots;
    private long _stamp;

    /// <summary>Posts the words of <paramref name="template"/> that changed (or all, the first time) since it was last posted here.</summary>
    public void Refresh(LogTemplate template)
    {
        if (ReferenceEquals(template.PostedIn, this) && template.PostedVersion == template.Version)
        {
            return;
        }

        var words = template.MutableWords;
        var hashes = template.WordHashes;
        var posted = ReferenceEquals(template.PostedIn, this) ? template.PostedHashes : null;
        if (posted is null)
        {
            template.PostedSlot = NewSlot();
        }

        // Posted hashes are kept widened, long.MinValue marking a wildcard place, so that no word's hash reads as one.
        var postedHashes = posted ?? new long[words.Length];
        var wildcards = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == MessageMasker.Wildcard)
            {
                wildcards++;
                postedHashes[i] = long.MinValue;
            }
            else if (posted is null || posted[i] != hashes[i])
            {
                Post(i, hashes[i], template.PostedSlot);
                postedHashes[i] = hashes[i];
            }
        }

        template.PostedIn = this;
        template.PostedVersion = template.Version;
        template.PostedHashes = postedHashes;
        template.Wildcards = wildcards;
    }

    /// <summary>Counts, for each template posted here, the places where its word hashes as the message's.</summary>
    public void Count(ReadOnlySpan<int> hashes)
    {
        var stamp = ++_stamp;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (!_heads.TryGetValue((i, hashes[i]), out var node))
            {
                continue;
            }

            for (; node >= 0; node = _next[node])
            {
                var slot = _nodeSlots[node];
                if (_stamps[slot] != stamp)
                {
                    _stamps[slot] = stamp;
                    _hits[slot] = 0;
                }

                _hits[slot]++;
            }
        }
    }

    /// <summary>
    /// At most how many words of <paramref name="template"/> (refreshed here before the last <see cref="Count"/>) can be the same
    /// as the message's.
    /// </summary>
    public int MostSame(LogTemplate template) =>
        template.Wildcards + (_stamps[template.PostedSlot] == _stamp ? _hits[template.PostedSlot] : 0);

    private int NewSlot()
    {
        if (_slots == _stamps.Length)
        {
            Array.Resize(ref _stamps, 2 * _slots);
            Array.Resize(ref _hits, 2 * _slots);
        }

        return _slots++;
    }

    private void Post(int place, int hash, int slot)
    {
        if (_nodes == _nodeSlots.Length)
        {
            Array.Resize(ref _nodeSlots, 2 * _nodes);
            Array.Resize(ref _next, 2 * _nodes);
        }

        _nodeSlots[_nodes] = slot;
        _next[_nodes] = _heads.TryGetValue((place, hash), out var head) ? head : -1;
        _heads[(place, hash)] = _nodes;
        _nodes++;
    }
}
