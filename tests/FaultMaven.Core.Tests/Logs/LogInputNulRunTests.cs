using System.IO.Compression;
using System.Text;
using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Core.Tests.Logs;

/// <summary>Runs of NUL bytes a text log holds without being binary: the hole a copytruncate rotation leaves at its start, blocks
/// zero-filled after a crash; and the NULs that still make an input binary.</summary>
public sealed class LogInputNulRunTests
{
    private const string Line = "2026-11-30 10:00:00 INFO request served in 12 ms\n";

    private static byte[] Log(int lines) => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(Line, lines)));

    private static byte[] Join(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static (List<string> Lines, string? Warning) Read(byte[] bytes, int chunk = int.MaxValue)
    {
        var lines = new List<string>();
        using var reader = LogInput.Open(new TrickleStream(bytes, chunk));
        while (reader.TryReadLine(out var line))
        {
            lines.Add(line);
        }

        return (lines, reader.Warning);
    }

    private static (string Text, string? Warning) ReadText(byte[] bytes)
    {
        using var reader = LogInput.OpenText(new MemoryStream(bytes));
        var text = reader.ReadToEnd();
        return (text, reader.Warning);
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

    [Theory]
    [InlineData(16)]
    [InlineData(4_000)]
    [InlineData(300_000)]
    public void Open_CopytruncateHoleBeforeTheLog_LinesReadAndTheHoleNamed(int hole)
    {
        var (lines, warning) = Read(Join(new byte[hole], Log(3_000)));

        Assert.Equal(3_000, lines.Count);
        Assert.All(lines, line => Assert.Equal(Line.TrimEnd('\n'), line));
        Assert.NotNull(warning);
        Assert.Contains($"{hole:N0} NUL bytes were left out", warning, StringComparison.Ordinal);
        Assert.Contains("copytruncate", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenText_CopytruncateHole_TextWithoutTheNuls()
    {
        var (text, warning) = ReadText(Join(new byte[70_000], Log(10)));

        Assert.Equal(Encoding.ASCII.GetString(Log(10)), text);
        Assert.Contains("70,000 NUL bytes", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_HoleThenGzip_TrailerStillMatches_OnlyTheHoleIsNamed()
    {
        var (lines, warning) = Read(Gzip(Join(new byte[100_000], Log(2_000))));
        Assert.Equal(2_000, lines.Count);
        Assert.DoesNotContain("truncated (", warning, StringComparison.Ordinal);

        var (text, textWarning) = ReadText(Gzip(Join(new byte[100_000], Log(2_000))));
        Assert.Equal(2_000, text.Count(c => c == '\n'));
        Assert.DoesNotContain("gzip trailer", textWarning, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_HoleThenCutGzip_BothAreNamed()
    {
        var gzip = Gzip(Join(new byte[100_000], Log(20_000)));

        var (lines, warning) = Read(gzip[..(gzip.Length - 8)]);

        Assert.NotEmpty(lines);
        Assert.Contains("truncated", warning, StringComparison.Ordinal);
        Assert.Contains("100,000 NUL bytes", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(65_536)]
    public void Open_RunsAtLineStartsAndZeroedBlocksPastTheSample_ReadInAnyReadSize(int chunk)
    {
        var head = Log(2_000);
        var cut = Line.Length / 2;
        var bytes = Join(head, new byte[40], Log(10), Encoding.ASCII.GetBytes(Line[..cut]), new byte[4_096], Log(10), new byte[600]);

        var (lines, warning) = Read(bytes, chunk);

        Assert.Equal(2_000 + 10 + 10, lines.Count);
        Assert.Equal(Line[..cut] + Line.TrimEnd('\n'), lines[2_010]);
        Assert.Contains($"{40 + 4_096 + 600:N0} NUL bytes", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(511)]
    public void Open_ShortRunInsideALinePastTheSample_RefusedWhereItStarts(int run)
    {
        var head = Log(2_000);
        var bytes = Join(head, Encoding.ASCII.GetBytes("2026-11-30 10:00:01 ERROR "), new byte[run], Log(5));

        var ex = Assert.Throws<LogInputException>(() => Read(bytes, 4_096));

        Assert.Contains($"offset {head.Length + 26}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    public void Open_RunShorterThanALineAtALineStart_Refused(int run)
    {
        Assert.Throws<LogInputException>(() => Read(Join(Log(2_000), new byte[run], Log(5))));
        Assert.Throws<LogInputException>(() => Read(Join(new byte[run], Log(5))));
    }

    [Fact]
    public void Open_NothingButNuls_RefusedAsBinary()
    {
        var ex = Assert.Throws<LogInputException>(() => Read(new byte[200_000]));

        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
        Assert.Contains("200,000 NUL bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_HoleThenBinary_Refused()
    {
        var elf = new byte[8_192];
        new Random(7).NextBytes(elf);
        "\u007fELF\u0002\u0001\u0001\0\0\0\0\0\0\0\0\0"u8.CopyTo(elf);
        var png = Join([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], new byte[4_000]);

        Assert.Throws<LogInputException>(() => Read(Join(new byte[4_096], elf)));
        Assert.Throws<LogInputException>(() => Read(Join(new byte[4_096], png)));
    }

    [Fact]
    public void Open_LogWithABinaryAppendedPastTheSample_Refused()
    {
        var elf = new byte[8_192];
        new Random(3).NextBytes(elf);
        "\u007fELF\u0002\u0001\u0001\0\0\0\0\0\0\0\0\0"u8.CopyTo(elf);
        var tar = Join(Encoding.ASCII.GetBytes("var/log/app.log"), new byte[85], Encoding.ASCII.GetBytes("0000644\0"), new byte[400]);

        Assert.Throws<LogInputException>(() => Read(Join(Log(2_000), elf)));
        Assert.Throws<LogInputException>(() => Read(Join(Log(2_000), tar)));
    }

    [Theory]
    [InlineData("utf-16BE")]
    [InlineData("utf-16")]
    public void Open_Utf16WithoutAMark_StillReadAsUtf16(string encoding)
    {
        var text = string.Concat(Enumerable.Repeat(Line, 500));
        var (lines, warning) = Read(Encoding.GetEncoding(encoding).GetBytes(text));

        Assert.Equal(500, lines.Count);
        Assert.Null(warning);
    }

    /// <summary>Hands out at most a few bytes per read, as a slow network does, so runs straddle reads.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}
