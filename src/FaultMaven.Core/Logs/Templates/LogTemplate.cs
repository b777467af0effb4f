namespace FaultMaven.Core.Logs.Templates;

/// <summary>A mined message template: constant words with <see cref="MessageMasker.Wildcard"/> where values vary.</summary>
public sealed class LogTemplate
{
    private string? _text;

    internal LogTemplate(int id, string[] words)
    {
        Id = id;
        Words = words;
    }

    /// <summary>The template's id, 1-based in order of first appearance; stable for the life of the miner.</summary>
    public int Id { get; }

    /// <summary>The template's words.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>How many messages matched this template.</summary>
    public long Count { get; internal set; }

    /// <summary>The template text, words joined by single spaces.</summary>
    public string Text => _text ??= string.Join(' ', Words);

    /// <summary>Set when this template was folded into another one: its messages belong to that one now.</summary>
    public LogTemplate? MergedInto { get; private set; }

    internal string[] MutableWords => (string[])Words;

    /// <summary>The template that stands for this one now (itself unless it was merged).</summary>
    public LogTemplate Current
    {
        get
        {
            var current = this;
            while (current.MergedInto is { } next)
            {
                current = next;
            }

            return current;
        }
    }

    internal void FoldInto(LogTemplate target)
    {
        MergedInto = target;
        target.Count += Count;
    }

    // Counts changes of the words in place, so that what was computed from them (WordsAround's hashes) can tell it is stale.
    internal int Version { get; private set; }

    internal void WordsChanged()
    {
        _text = null;
        Version++;
    }

    private int[]? _wordHashes;
    private int _wordHashesVersion;

    // Each word's hash, kept until the words change: a message compared with up to a thousand templates compares these before
    // it reads a template's strings, which lie all over the heap.
    internal int[] WordHashes
    {
        get
        {
            if (_wordHashes is null || _wordHashesVersion != Version)
            {
                var words = MutableWords;
                _wordHashes ??= new int[words.Length];
                for (var i = 0; i < words.Length; i++)
                {
                    _wordHashes[i] = words[i].GetHashCode();
                }

                _wordHashesVersion = Version;
            }

            return _wordHashes;
        }
    }

    // Where, as what and in which slot a CandidateIndex last posted this template's words, and how many were wildcards.
    internal CandidateIndex? PostedIn;
    internal int PostedVersion;
    internal long[]? PostedHashes;
    internal int PostedSlot;
    internal int Wildcards;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
