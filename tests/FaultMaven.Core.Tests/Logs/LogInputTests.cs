using System.IO.Compression;
using System.Text;
using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Core.Tests.Logs;

public sealed class LogInputTests
{
    internal static List<string> ReadAll(byte[] bytes, LineReaderOptions? options = null) => ReadAll(bytes, out _, options);

    internal static List<string> ReadAll(byte[] bytes, out LineReader reader, LineReaderOptions? options = null)
    {
        var lines = new List<string>();
        reader = LogInput.Open(new MemoryStream(bytes), options);
        while (reader.TryReadLine(out var line))
        {
            lines.Add(line);
        }

        reader.Dispose();
        return lines;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    [Fact]
    public void Open_Utf8WithCrlf_LinesWithoutEndings()
    {
        var lines = ReadAll(Encoding.UTF8.GetBytes("first é\r\nsecond\r\nthird"));

        Assert.Equal(["first é", "second", "third"], lines);
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-32le-bom")]
    [InlineData("utf-32be-bom")]
    [InlineData("utf-8-bom")]
    public void Open_UnicodeVariants_Detected(string variant)
    {
        const string Text = "2024-03-15 ERROR naïve ünïcode\n2024-03-15 INFO ok\n";
        var bytes = variant switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)],
            "utf-16le" => Encoding.Unicode.GetBytes(Text),
            "utf-32le-bom" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Text)],
            "utf-32be-bom" => [.. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble(), .. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetBytes(Text)],
            _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)],
        };

        Assert.Equal(["2024-03-15 ERROR naïve ünïcode", "2024-03-15 INFO ok"], ReadAll(bytes));
    }

    [Fact]
    public void Open_LoneCarriageReturns_EndLinesAsTheUploadPipelineReadsThem()
    {
        // Old Mac OS endings and some device consoles: 20,000 lines ended by CR alone were one line, cut at the length limit.
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Mar 15 10:00:{i % 60:00} relay[{i}]: queued message {i}\r"));

        var lines = ReadAll(Encoding.UTF8.GetBytes(text), out var reader);

        Assert.Equal(20_000, lines.Count);
        Assert.Equal("Mar 15 10:00:01 relay[19981]: queued message 19981", lines[19_981]);
        Assert.Equal(0, reader.TruncatedLines);
        Assert.Equal(["a", "b", "", "c", "d"], ReadAll(Encoding.UTF8.GetBytes("a\rb\r\rc\r\nd\n")));
    }

    [Fact]
    public void Open_CrlfSplitAcrossReadBuffers_OneLineEnd()
    {
        // The CR closes the first 64 K buffer and its LF opens the next: still one line end, no empty line between.
        var first = new string('y', 5_525) + "\r\n";
        var text = first + string.Concat(Enumerable.Range(0, 6_001).Select(i => $"{i:D8}\r\n"));
        Assert.Equal('\r', text[65_535]);

        var lines = ReadAll(Encoding.ASCII.GetBytes(text));

        Assert.Equal(6_002, lines.Count);
        Assert.DoesNotContain("", lines);
        Assert.Equal("00006000", lines[^1]);
    }

    [Fact]
    public void Open_Latin1_Decoded()
    {
        var lines = ReadAll(Encoding.Latin1.GetBytes("caf\u00e9 au lait\nna\u00efve\n"), out var reader);

        Assert.Equal(["café au lait", "naïve"], lines);
        Assert.Equal("iso-8859-1", reader.EncodingName);
    }

    [Fact]
    public void Open_InvalidUtf8LaterInFile_ReplacedAndCounted()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 70_000) + "\nok \u00e9\n").Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();

        var lines = ReadAll(bytes, out var reader);

        Assert.Equal(3, lines.Count);
        Assert.Equal("\uFFFD(", lines[2]);
        Assert.Equal(1, reader.InvalidBytes);
    }

    [Fact]
    public void Open_Gzip_Unwrapped()
    {
        var lines = ReadAll(Gzip(Encoding.UTF8.GetBytes("one\ntwo\n")), out var reader);

        Assert.Equal(["one", "two"], lines);
        Assert.True(reader.Compressed);
        Assert.Null(reader.Warning);
    }

    [Fact]
    public void Open_LargeGzipReadInSmallPieces_TrailerMatchesNoWarning()
    {
        var text = string.Join('\n', Enumerable.Range(0, 50_000).Select(i => $"line {i}"));

        var lines = ReadAll(Gzip(Encoding.UTF8.GetBytes(text)), out var reader);

        Assert.Equal(50_000, lines.Count);
        Assert.Null(reader.Warning);
    }

    [Fact]
    public void Open_TruncatedGzip_LinesBeforeTheBreakAndAWarning()
    {
        var text = string.Join('\n', Enumerable.Range(0, 20_000).Select(i => $"line {i} {Guid.NewGuid()}"));
        var gzip = Gzip(Encoding.UTF8.GetBytes(text));

        var lines = ReadAll(gzip[..(gzip.Length / 2)], out var reader);

        Assert.InRange(lines.Count, 1, 19_999);
        Assert.StartsWith("line 0 ", lines[0], StringComparison.Ordinal);
        Assert.Contains("truncated", reader.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotGzipAfterMagic_ClearError()
    {
        var ex = Assert.Throws<LogInputException>(() => ReadAll([0x1F, 0x8B, 0x00, 0x01, 0x02, 0x03]));

        Assert.Contains("gzip", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NulFarPastTheSample_RefusedWhereItIs_AndTheSameTextWithoutItIsRead()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("2026-11-30 10:00:00 INFO request served\n", 4000)));
        Assert.Equal(4000, ReadAll(text).Count);

        text[150_001] = 0;
        var ex = Assert.Throws<LogInputException>(() => ReadAll(text));
        Assert.Contains("offset 150001", ex.Message, StringComparison.Ordinal);
        using var gzip = new MemoryStream();
        using (var zip = new GZipStream(gzip, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(text);
        }

        Assert.Throws<LogInputException>(() => ReadAll(gzip.ToArray()));
    }

    [Fact]
    public void Open_Binary_Refused()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);
        bytes[10] = 0;

        var ex = Assert.Throws<LogInputException>(() => ReadAll(bytes));

        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Empty_NoLines() => Assert.Empty(ReadAll([]));

    [Fact]
    public void TryReadLine_OverLongLine_CutAndCounted()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('x', 1_000_000) + "\nshort\n");

        var lines = ReadAll(bytes, out var reader, new LineReaderOptions { MaxLineLength = 1000 });

        Assert.Equal(2, lines.Count);
        Assert.Equal(1000, lines[0].Length);
        Assert.Equal("short", lines[1]);
        Assert.Equal(1, reader.TruncatedLines);
    }

    [Fact]
    public void TryReadLine_HugeSingleLineStream_BoundedMemory()
    {
        // 256 MB of one line, produced on the fly: the reader must keep only MaxLineLength of it.
        using var reader = LogInput.Open(new RepeatingStream((byte)'a', 256L * 1024 * 1024));
        // This thread's allocations only: the reading is synchronous, and tests running beside it (bomb tests build 96 MB inputs) must not count.
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.True(reader.TryReadLine(out var line));
        Assert.Equal(new LineReaderOptions().MaxLineLength, line.Length);
        Assert.False(reader.TryReadLine(out _));
        Assert.Equal(1, reader.TruncatedLines);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L * 1024 * 1024, "reading one huge line allocated more than 64 MB");
    }

    private sealed class RepeatingStream(byte value, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill(value);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
