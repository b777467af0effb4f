using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>The names of people a stream found with evidence in its blocks so far, hidden where a later block says them bare: a
/// block is read alone (a few of the lines before it carried as context), so <c>owner: Anna Kowalski</c> in one block and
/// <c>Anna Kowalski restarted the db</c> in the next are one name to the stream as to the reader. Used in reading order, by the
/// one writer of the stream; the names of a block apply from the next block on (the block itself was read by the detector).</summary>
internal sealed class NamesAcrossBlocks(Redactor redactor)
{
    private readonly KnownNames _names = new();

    /// <summary>Adds to <paramref name="prepared"/> (the block's replacements, in order) the occurrences in <paramref name="text"/>
    /// after its carried context of the names earlier blocks found, then learns the block's own names.</summary>
    public List<Redactor.PreparedReplacement>? Apply(string text, int context, List<Redactor.PreparedReplacement>? prepared)
    {
        if (!_names.IsEmpty)
        {
            var taken = prepared?.ConvertAll(static p => p.Entity) ?? [];
            var added = new List<PiiEntity>();
            _names.Find(text, context, taken, added);
            if (added.Count > 0 && redactor.Prepare(text, added) is { Count: > 0 } more)
            {
                prepared = prepared is null ? more : [.. prepared, .. more];
                prepared.Sort(static (a, b) => a.Entity.Start.CompareTo(b.Entity.Start));
            }
        }

        if (prepared is not null)
        {
            foreach (var replacement in prepared)
            {
                if (replacement.Entity.Type == PiiType.Person)
                {
                    _names.Learn(text.AsSpan(replacement.Entity.Start, replacement.Entity.Length));
                }
            }
        }

        return prepared;
    }
}
