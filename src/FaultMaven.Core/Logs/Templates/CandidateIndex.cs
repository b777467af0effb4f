using System.Runtime.InteropServices;

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
    // Postings: (place, word hash) → first node; nodes hold a template's slot here and chain to the next node. A node's two
    // fields, and a slot's, lie side by side: Count follows chains of thousands of nodes per message, one memory read each.
    private readonly Dictionary<(int Place, int Hash), int> _heads = [];
    private Node[] _nodes = new Node[256];
    private int _nodeCount;

    // Per slot (a template posted here): the stamp of the message last counted, and its count of equal words.
    private Tally[] _tallies = new Tally[64];
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
        var nodes = _nodes;
        var tallies = _tallies;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (!_heads.TryGetValue((i, hashes[i]), out var node))
            {
                continue;
            }

            for (; node >= 0; node = nodes[node].Next)
            {
                ref var tally = ref tallies[nodes[node].Slot];
                if (tally.Stamp != stamp)
                {
                    tally.Stamp = stamp;
                    tally.Hits = 0;
                }

                tally.Hits++;
            }
        }
    }

    /// <summary>
    /// At most how many words of <paramref name="template"/> (refreshed here before the last <see cref="Count"/>) can be the same
    /// as the message's.
    /// </summary>
    public int MostSame(LogTemplate template) =>
        template.Wildcards + (_tallies[template.PostedSlot].Stamp == _stamp ? _tallies[template.PostedSlot].Hits : 0);

    private int NewSlot()
    {
        if (_slots == _tallies.Length)
        {
            Array.Resize(ref _tallies, 2 * _slots);
        }

        return _slots++;
    }

    private void Post(int place, int hash, int slot)
    {
        if (_nodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, 2 * _nodeCount);
        }

        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_heads, (place, hash), out var posted);
        _nodes[_nodeCount] = new Node(slot, posted ? head : -1);
        head = _nodeCount++;
    }

    private record struct Node(int Slot, int Next);

    private record struct Tally(long Stamp, int Hits);
}
