using FaultMaven.Core.Common;
using System.IO.Compression;
using System.Text;

namespace FaultMaven.Core.Logs.Reading;

/// <summary>
/// Opens a byte stream as log text: gzip is unwrapped, the encoding is detected (UTF-8, UTF-16 with or without
/// a byte-order mark, UTF-32 with one, Latin-1 when the bytes are not UTF-8), and binary content is refused with a clear error.
/// </summary>
public static class LogInput
{
    private const int SampleSize = 64 * 1024;

    /// <summary>Opens <paramref name="stream"/> for line reading; the stream is owned by the returned reader.</summary>
    /// <param name="stream">The input, plain or gzip.</param>
    /// <param name="options">How lines are read.</param>
    /// <param name="limit">How far gzip may expand; <see cref="ExpansionLimit.Default"/> when null. Reading past it throws <see cref="ExpansionLimitException"/>.</param>
    public static LineReader Open(Stream stream, LineReaderOptions? options = null, ExpansionLimit? limit = null)
    {
        var (text, encoding, bomLength, raw, nuls) = Decode(stream, limit);
        return new LineReader(text, encoding, bomLength, raw, nuls, options ?? new LineReaderOptions());
    }

    /// <summary>Opens <paramref name="stream"/> as text with its line ends and long lines intact (for tools that must write it back whole);
    /// the stream is owned by the returned reader.</summary>
    /// <param name="stream">The input, plain or gzip.</param>
    /// <param name="limit">How far gzip may expand; <see cref="ExpansionLimit.Default"/> when null. Reading past it throws <see cref="ExpansionLimitException"/>.</param>
    public static LogTextReader OpenText(Stream stream, ExpansionLimit? limit = null)
    {
        var (text, encoding, bomLength, raw, nuls) = Decode(stream, limit);
        if (bomLength > 0)
        {
            text.ReadExactly(new byte[bomLength]);
        }

        return new LogTextReader(text, encoding, raw, nuls);
    }

    private static (Stream Text, Encoding Encoding, int BomLength, TailStream? Raw, NulRunStream? Nuls) Decode(Stream stream, ExpansionLimit? limit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var head = ReadUpTo(stream, 2);
        var compressed = head.Length == 2 && head[0] == 0x1F && head[1] == 0x8B;
        Stream text = new PrefixedStream(head, stream);
        TailStream? raw = null;
        if (compressed)
        {
            raw = new TailStream(text);
            text = new ExpansionGuardStream(new GZipStream(raw, CompressionMode.Decompress), raw, limit ?? ExpansionLimit.Default);
        }

        byte[] sample;
        long leadingNuls;
        try
        {
            sample = ReadUpTo(text, SampleSize);
            (sample, leadingNuls) = SkipLeadingNuls(text, sample);
            text = new PrefixedStream(sample, text);
        }
        catch (InvalidDataException ex)
        {
            text.Dispose();
            throw new LogInputException("The input starts like gzip but is not valid gzip data.", ex);
        }
        catch (ExpansionLimitException)
        {
            text.Dispose();
            throw;
        }

        var (encoding, bomLength) = DetectEncoding(sample);
        if (encoding is null || (leadingNuls > 0 && (sample.Length == 0 || !IsSingleByteUnit(encoding))))
        {
            text.Dispose();
            throw new LogInputException(leadingNuls > 0
                ? $"The input is binary, not a text log ({leadingNuls:N0} NUL bytes, then no text log). FaultMaven reads text logs, plain or gzip-compressed."
                : BinaryReason(sample));
        }

        // The sample decides the encoding; a NUL past it in a one-byte-unit text is binary all the same, but for the runs a text log
        // holds when truncated in place or zero-filled (UTF-16 and UTF-32 hold NULs as a matter of course).
        NulRunStream? nuls = null;
        if (IsSingleByteUnit(encoding))
        {
            text = nuls = new NulRunStream(text, leadingNuls);
        }

        return (text, encoding, bomLength, raw, nuls);
    }

    private static bool IsSingleByteUnit(Encoding encoding) => encoding is UTF8Encoding || encoding.CodePage == Encoding.Latin1.CodePage;

    /// <summary>Skips a run of NULs that opens the input (a log truncated in place: the hole up to its writer's offset) when it is a line
    /// long or longer — UTF-16 and UTF-32 without a byte-order mark open with one to three — and returns the sample of what follows.</summary>
    private static (byte[] Sample, long Skipped) SkipLeadingNuls(Stream text, byte[] sample)
    {
        var first = sample.AsSpan().IndexOfAnyExcept((byte)0);
        if (sample.Length < NulRunStream.LineRun || first is >= 0 and < NulRunStream.LineRun)
        {
            return (sample, 0);
        }

        long skipped = 0;
        while (first < 0)
        {
            skipped += sample.Length;
            sample = ReadUpTo(text, SampleSize);
            if (sample.Length == 0)
            {
                return (sample, skipped);
            }

            first = sample.AsSpan().IndexOfAnyExcept((byte)0);
        }

        skipped += first;
        var rest = sample[first..];
        var more = ReadUpTo(text, SampleSize - rest.Length);
        return ([.. rest, .. more], skipped);
    }

    /// <summary>Detects the encoding of a sample; null when it is binary rather than text.</summary>
    internal static (Encoding? Encoding, int BomLength) DetectEncoding(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8(), 3);
        }

        // UTF-32's little-endian mark begins with UTF-16's: read as UTF-16, every character would carry a NUL and no recognizer
        // would see the text, so it is checked first.
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        if (sample.IsEmpty)
        {
            return (Utf8(), 0);
        }

        if (sample.IndexOf((byte)0) >= 0)
        {
            // Text in UTF-16 without a mark: every other byte of ASCII text is zero.
            var (evenZeros, oddZeros) = CountAlternatingZeros(sample);
            var pairs = sample.Length / 2;
            if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1)
            {
                return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 0);
            }

            if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1)
            {
                return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 0);
            }

            return (null, 0);
        }

        if (ControlShare(sample) > 0.1)
        {
            return (null, 0);
        }

        // Valid UTF-8 (a multi-byte sequence cut by the sample's end is fine) is UTF-8; anything else is Latin-1.
        return IsUtf8(sample) ? (Utf8(), 0) : (Encoding.Latin1, 0);
    }

    private static UTF8Encoding Utf8() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static bool IsUtf8(ReadOnlySpan<byte> sample)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(sample, new char[sample.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData && read >= sample.Length - 3;
    }

    private static (int Even, int Odd) CountAlternatingZeros(ReadOnlySpan<byte> sample)
    {
        var even = 0;
        var odd = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            even += sample[i] == 0 ? 1 : 0;
            odd += sample[i + 1] == 0 ? 1 : 0;
        }

        return (even, odd);
    }

    private static double ControlShare(ReadOnlySpan<byte> sample)
    {
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x1B))
            {
                control++;
            }
        }

        return (double)control / sample.Length;
    }

    private static string BinaryReason(ReadOnlySpan<byte> sample)
    {
        var zero = sample.IndexOf((byte)0);
        return zero >= 0
            ? $"The input is binary, not a text log (a NUL byte at offset {zero}). FaultMaven reads text logs, plain or gzip-compressed."
            : "The input is binary, not a text log (more than 10% control characters). FaultMaven reads text logs, plain or gzip-compressed.";
    }

    private static byte[] ReadUpTo(Stream stream, int count)
    {
        var buffer = new byte[count];
        var read = 0;
        while (read < count)
        {
            var n = stream.Read(buffer, read, count - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read == count ? buffer : buffer[..read];
    }
}
