using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// The places where two templates or more could open a span with the same words before it: a position and a hash of the words
/// up to it (and of the key a span opens with). A span group needs two templates that agree before the span, so the spans of a
/// start held by one template alone can never join one; offering them (up to a dozen per start) is wasted work, and on a log of
/// one-off labelled lines it was most of a span pass's time. Counted before a pass offers its spans.
/// </summary>
internal sealed class SharedStarts
{
    // Distinct starts counted, bounding memory on a hostile log; a start not counted for want of room counts as shared, so the
    // pass offers its spans as it would without this screen.
    private const int MaxStarts = 1 << 18;

    private readonly Dictionary<(int Start, int Hash), bool> _seenTwice = [];

    /// <summary>Counts one template's start at <paramref name="start"/> with the given hash of what comes before it.</summary>
    public void Add(int start, int hash)
    {
        // One lookup per start: a pass counts every start of every template.
        if (_seenTwice.Count < MaxStarts)
        {
            ref var twice = ref CollectionsMarshal.GetValueRefOrAddDefault(_seenTwice, (start, hash), out var seen);
            twice = seen;
            return;
        }

        ref var counted = ref CollectionsMarshal.GetValueRefOrNullRef(_seenTwice, (start, hash));
        if (!Unsafe.IsNullRef(ref counted))
        {
            counted = true;
        }
    }

    /// <summary>Whether another template may share this start (a hash collision only makes it say yes more often).</summary>
    public bool MayBeShared(int start, int hash) =>
        _seenTwice.TryGetValue((start, hash), out var twice) ? twice : _seenTwice.Count >= MaxStarts;
}
