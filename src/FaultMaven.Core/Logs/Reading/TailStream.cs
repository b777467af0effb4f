using System.Buffers.Binary;

namespace FaultMaven.Core.Logs.Reading;

/// <summary>Passes a compressed stream through and remembers its last 8 bytes: the gzip trailer (CRC-32, size mod 2^32).</summary>
internal sealed class TailStream(Stream inner) : Stream
{
    private readonly byte[] _tail = new byte[8];
    private int _tailLength;

    /// <summary>Whether the trailer's size field matches <paramref name="decompressedBytes"/>.</summary>
    public bool EndsWithSize(long decompressedBytes) =>
        _tailLength == 8 && BinaryPrimitives.ReadUInt32LittleEndian(_tail.AsSpan(4)) == (uint)decompressedBytes;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Remember(buffer[..n]);
        return n;
    }

    private void Remember(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 8)
        {
            bytes[^8..].CopyTo(_tail);
            _tailLength = 8;
            return;
        }

        var keep = Math.Min(8 - bytes.Length, _tailLength);
        _tail.AsSpan(_tailLength - keep, keep).CopyTo(_tail);
        bytes.CopyTo(_tail.AsSpan(keep));
        _tailLength = keep + bytes.Length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
