namespace FaultMaven.Core.Data.Sealing;

/// <summary>The layout of a sealed text file, version 1. A 48-byte header — the magic <c>FF "FMSEAL"</c>, the version, a random
/// 32-byte salt and a random 8-byte nonce prefix — then the text in segments of <see cref="SegmentSize"/> bytes (the last one
/// shorter, possibly empty), each AES-256-GCM ciphertext followed by its 16-byte tag. Plain positions map to segments by
/// arithmetic, so a read anywhere decrypts one segment.</summary>
internal static class SealedFormat
{
    public const int SegmentSize = 64 * 1024;
    public const int TagSize = 16;
    public const int SealedSegmentSize = SegmentSize + TagSize;
    public const byte Version = 1;
    public const int MagicSize = 7;
    public const int SaltSize = 32;
    public const int NoncePrefixSize = 8;
    public const int HeaderSize = MagicSize + 1 + SaltSize + NoncePrefixSize;

    // 0xFF never occurs in UTF-8, so no plain text file (what earlier versions and an unset key write) starts like this.
    public static ReadOnlySpan<byte> Magic => [0xFF, (byte)'F', (byte)'M', (byte)'S', (byte)'E', (byte)'A', (byte)'L'];

    /// <summary>Whether a file starting with <paramref name="head"/> is meant to be sealed. A byte changed in the magic still counts
    /// (either its first byte or the rest is intact), so a damaged header is reported rather than served as text.</summary>
    public static bool LooksSealed(ReadOnlySpan<byte> head) =>
        (head.Length > 0 && head[0] == Magic[0]) || (head.Length >= MagicSize && head[1..MagicSize].SequenceEqual(Magic[1..]));

    /// <summary>Gets the number of segments in a sealed file of <paramref name="fileLength"/> bytes and the length of the text in it;
    /// false when no file written in this format has that length.</summary>
    public static bool TryMeasure(long fileLength, out long segments, out long plainLength)
    {
        (segments, plainLength) = (0, 0);
        var body = fileLength - HeaderSize;
        if (body < TagSize)
        {
            return false;
        }

        segments = (body + SealedSegmentSize - 1) / SealedSegmentSize;
        plainLength = body - (segments * TagSize);
        // Every segment holds at least its tag, and only an empty text ends in an empty segment.
        var last = body - ((segments - 1) * SealedSegmentSize);
        return segments <= uint.MaxValue && (last > TagSize || segments == 1);
    }
}
