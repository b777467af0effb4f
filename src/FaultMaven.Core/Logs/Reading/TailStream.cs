using System.Buffers.Binary;

namespace FaultMaven.Core.Logs.Reading;

/// <summary>Passes a compressed stream through and remembers its last 8 bytes: the gzip trailer (CRC-32, size mod 2^32).</summary>
internal sealed class TailStream(Stream inner) : ReadOnlyStream(inner)
{
    private readonly byte[] _tail = new byte[8];
    private int _tailLength;

    /// <summary>Gets how many compressed bytes have passed.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Whether the trailer's size field matches <paramref name="decompressedBytes"/>.</summary>
    public bool EndsWithSize(long decompressedBytes) =>
        _tailLength == 8 && BinaryPrimitives.ReadUInt32LittleEndian(_tail.AsSpan(4)) == (uint)decompressedBytes;

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        BytesRead += n;
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
}
