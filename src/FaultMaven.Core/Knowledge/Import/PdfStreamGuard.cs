using System.IO.Compression;
using System.Text;
using FaultMaven.Core.Common;
using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Core.Knowledge.Import;

/// <summary>Measures what a PDF's streams expand to before the PDF library sees them, so a compression bomb (a small file whose
/// content stream inflates to gigabytes) is refused after reading a bounded amount instead of exhausting memory. Deflate streams,
/// nested ones included, are inflated and counted without keeping the output; streams in filters the guard does not inflate
/// (LZW, run-length) are counted at their worst-case ratio; images are skipped, since reading text never decodes them.</summary>
internal static class PdfStreamGuard
{
    /// <summary>What a PDF's text-bearing streams may expand to: 64 MiB in all, and at most 200 × once 4 MiB have expanded.</summary>
    public static ExpansionLimit Limit { get; } = new(64L << 20, 200, 4L << 20);

    private const int MaxNesting = 4;
    private const int DictionaryLookBack = 64 * 1024;

    /// <exception cref="ExpansionLimitException">The streams expand past <paramref name="limit"/>.</exception>
    public static void Check(byte[] pdf, ExpansionLimit limit, CancellationToken cancellationToken)
    {
        long expanded = 0;
        long compressed = 0;
        var scratch = new byte[1 << 16];
        var position = 0;
        var scanned = 0; // dictionaries are looked for after the previous stream only: every byte is read a bounded number of times
        while (position < pdf.Length)
        {
            var keyword = pdf.AsSpan(position).IndexOf("stream"u8);
            if (keyword < 0)
            {
                break;
            }

            keyword += position;
            position = keyword + 6;
            if (keyword >= 3 && pdf.AsSpan(keyword - 3, 3).SequenceEqual("end"u8))
            {
                continue;
            }

            var start = DataStart(pdf, position);
            if (start < 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var dictionary = Dictionary(pdf, scanned, keyword);
            var end = pdf.AsSpan(start).IndexOf("endstream"u8);
            var length = end < 0 ? pdf.Length - start : end;
            position = scanned = end < 0 ? pdf.Length : start + end + 9;
            if (dictionary.Contains("/Image", StringComparison.Ordinal))
            {
                continue;
            }

            var bound = dictionary.Contains("/LZW", StringComparison.Ordinal) ? 3641L * length
                : dictionary.Contains("/RunLength", StringComparison.Ordinal) ? 128L * length
                : -1;
            if (bound >= 0)
            {
                expanded += bound;
                compressed += length;
                limit.Check(expanded, compressed, "PDF");
            }
            else
            {
                var room = limit.MaxBytes - expanded + 1;
                using var input = new MemoryStream(pdf, start, pdf.Length - start, writable: false);
                var inflated = Inflate(input, room, scratch, 0);
                expanded += inflated;
                compressed += inflated > 0 ? Math.Max(1, input.Position) : 0;
                limit.Check(expanded, compressed, "PDF");
            }
        }
    }

    /// <summary>Counts the bytes a deflate stream at <paramref name="input"/> inflates to (and those of deflate streams nested in its
    /// output), stopping past <paramref name="room"/>; 0 when it is not deflate data.</summary>
    private static long Inflate(Stream input, long room, byte[] scratch, int depth)
    {
        long count = 0;
        try
        {
            using var inflater = new ZLibStream(input, CompressionMode.Decompress, leaveOpen: true);
            var head = new byte[2];
            var got = inflater.ReadAtLeast(head, 2, throwOnEndOfStream: false);
            if (got == 2 && depth < MaxNesting && LooksLikeZlib(head))
            {
                // A chain such as [/FlateDecode /FlateDecode]: the PDF library inflates every level, so every level is counted.
                return Inflate(new PrefixedStream(head, inflater), room, scratch, depth + 1);
            }

            count = got;
            int read;
            while (count <= room && (read = inflater.Read(scratch)) > 0)
            {
                count += read;
            }
        }
        catch (InvalidDataException)
        {
            // Not deflate (another filter, or damaged): what was inflated before the damage still counts.
        }

        return count;
    }

    private static bool LooksLikeZlib(ReadOnlySpan<byte> head) => (head[0] & 0x0F) == 8 && head[0] >> 4 <= 7 && ((head[0] << 8) | head[1]) % 31 == 0;

    /// <summary>Where a stream's data begins after the keyword: after CRLF or LF (a lone CR is tolerated); -1 when this "stream" is
    /// not the keyword.</summary>
    private static int DataStart(byte[] pdf, int afterKeyword)
    {
        if (afterKeyword >= pdf.Length)
        {
            return -1;
        }

        return pdf[afterKeyword] switch
        {
            (byte)'\n' => afterKeyword + 1,
            (byte)'\r' when afterKeyword + 1 < pdf.Length && pdf[afterKeyword + 1] == '\n' => afterKeyword + 2,
            (byte)'\r' => afterKeyword + 1,
            _ => -1,
        };
    }

    /// <summary>The object header and dictionary before a stream keyword (back to the "obj" that opens it, bounded).</summary>
    private static string Dictionary(byte[] pdf, int scanned, int keyword)
    {
        var from = Math.Max(scanned, keyword - DictionaryLookBack);
        var window = pdf.AsSpan(from, keyword - from);
        var obj = window.LastIndexOf("obj"u8);
        return Encoding.Latin1.GetString(obj < 0 ? window : window[obj..]);
    }
}
