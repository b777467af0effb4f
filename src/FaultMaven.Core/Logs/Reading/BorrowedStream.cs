namespace FaultMaven.Core.Logs.Reading;

/// <summary>Lends a stream to a reader that disposes what it reads: the owner's stream stays open.</summary>
internal sealed class BorrowedStream(Stream inner) : ReadOnlyStream(inner, leaveOpen: true)
{
    public override int Read(Span<byte> buffer) => Inner.Read(buffer);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => Inner.ReadAsync(buffer, cancellationToken);
}
