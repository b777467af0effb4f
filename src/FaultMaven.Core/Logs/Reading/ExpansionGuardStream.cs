using FaultMaven.Core.Common;

namespace FaultMaven.Core.Logs.Reading;

/// <summary>Decompressed bytes counted against an <see cref="ExpansionLimit"/> as they are read, the compressed side counted by
/// <paramref name="compressed"/>: a bomb is stopped after the limit, not after it has filled memory or disk.</summary>
internal sealed class ExpansionGuardStream(Stream inner, TailStream compressed, ExpansionLimit limit) : ReadOnlyStream(inner)
{
    private long _expanded;

    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        _expanded += read;
        limit.Check(_expanded, compressed.BytesRead, "compressed input");
        return read;
    }
}
