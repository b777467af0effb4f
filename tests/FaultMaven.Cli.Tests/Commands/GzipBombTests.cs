using System.IO.Compression;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

// Issue 18: the server refuses gzip that expands past its limits; `fm redact`, `fm logs parse` and `fm analyze` read any gzip whole.
// Redact now applies the same limits, parse and analyze the bomb ratio (a rotated log of one's own may be huge); each
// says so, exits non-zero and leaves no output file behind.
public sealed class GzipBombTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Gzip(string name, long bytes, byte fill)
    {
        var path = Path.Combine(_dir.Path, name);
        var block = new byte[1 << 16];
        Array.Fill(block, fill);
        for (var i = 63; i < block.Length; i += 64)
        {
            block[i] = (byte)'\n';
        }

        using var gzip = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        for (long written = 0; written < bytes; written += block.Length)
        {
            gzip.Write(block);
        }

        return path;
    }

    [Fact]
    public async Task Issue18_Redact_GzipBomb_RefusedNonZeroNoOutputFile()
    {
        // 32 MiB of one letter compress about 1,000 ×: past the ratio of 100 once 16 MiB have expanded.
        var bomb = Gzip("bomb.log.gz", 32L << 20, (byte)'a');
        var output = Path.Combine(_dir.Path, "out.txt");

        var result = await CliRunner.RunAsync("redact", bomb, "-o", output);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("compression bomb", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("redact")]
    [InlineData("logs")]
    public async Task Issue18_GzipOfNulsOnly_ABombRefusedWithItsReason_NotAnUnexpectedFailure(string command)
    {
        // Past the ratio while the NULs a log truncated in place opens with are still being skipped, before any text is sampled.
        var bomb = Path.Combine(_dir.Path, "zeros.log.gz");
        using (var gzip = new GZipStream(File.Create(bomb), CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1 << 16];
            for (var written = 0; written < 32 << 20; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        var output = Path.Combine(_dir.Path, "out.txt");
        var result = command == "redact"
            ? await CliRunner.RunAsync("redact", bomb, "-o", output)
            : await CliRunner.RunAsync("logs", "parse", "--input", bomb, "--output", output);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("compression bomb", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Issue18_Redact_GzipPastMaxExpandedBytes_Refused()
    {
        var input = Gzip("app.log.gz", 1 << 20, (byte)'b');

        var result = await CliRunner.RunAsync("redact", input, "--max-expanded-bytes", "100000", "-o", Path.Combine(_dir.Path, "out.txt"));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("expands to more than 100,000 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue18_Redact_JsonlGzipBomb_Refused()
    {
        var bomb = Gzip("records.jsonl.gz", 32L << 20, (byte)' ');

        var result = await CliRunner.RunAsync("redact", "--jsonl", bomb);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("compression bomb", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue18_Redact_OrdinaryGzipUnderTheLimits_Redacted()
    {
        // 2 MiB compress far more than 100 × too, but under the 16 MiB floor a ratio means a file of repeated lines, not a bomb.
        var input = Gzip("small.log.gz", 2 << 20, (byte)'c');
        var output = Path.Combine(_dir.Path, "out.txt");

        var result = await CliRunner.RunAsync("redact", input, "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2L << 20, new FileInfo(output).Length);
    }

    [Fact]
    public async Task Issue18_Redact_MaxExpandedBytesGiven_LiftsTheRatioForAFileYouTrust()
    {
        // A file of repeated lines compresses past the bomb ratio; naming a size is how a user says it is theirs.
        var input = Gzip("repeated.log.gz", 20L << 20, (byte)'e');
        var output = Path.Combine(_dir.Path, "out.txt");

        var refused = await CliRunner.RunAsync("redact", input, "-o", output);
        var result = await CliRunner.RunAsync("redact", input, "--max-expanded-bytes", "30000000", "-o", output);

        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(20L << 20, new FileInfo(output).Length);
    }

    [Fact]
    public async Task Issue18_LogsParse_GzipBomb_RefusedNonZeroNoCsv()
    {
        // Before, `fm logs parse` read gzip without limit: a 7.8 MB bomb wrote a 4.4 GB CSV and exited 0.
        var bomb = Gzip("bomb.log.gz", 32L << 20, (byte)'a');
        var output = Path.Combine(_dir.Path, "out.csv");

        var result = await CliRunner.RunAsync("logs", "parse", "--input", bomb, "--output", output);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("compression bomb", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Issue18_LogsParse_GzipPastAGivenSize_Refused_AndUnderIt_Parsed()
    {
        var input = Gzip("app.log.gz", 1 << 20, (byte)'f');
        var output = Path.Combine(_dir.Path, "out.csv");

        var refused = await CliRunner.RunAsync("logs", "parse", "--input", input, "--output", output, "--max-expanded-bytes", "100000");
        var parsed = await CliRunner.RunAsync("logs", "parse", "--input", input, "--output", output);

        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Contains("expands to more than 100,000 bytes", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, parsed.ExitCode);
        Assert.Equal((1 << 20) / 64 + 1, File.ReadAllLines(output).Length);
    }

    [Fact]
    public async Task Issue18_Analyze_GzipBomb_Refused()
    {
        var bomb = Gzip("bomb.log.gz", 32L << 20, (byte)'a');

        var result = await CliRunner.RunAsync("analyze", bomb);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("compression bomb", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("redact", "0")]
    [InlineData("redact", "abc")]
    [InlineData("redact", "1GB")]
    [InlineData("logs", "9223372036854775808")]
    [InlineData("analyze", "1e9")]
    public async Task Issue18_MaxExpandedBytesNotAPositiveWholeNumber_UsageError(string command, string value)
    {
        // A value that is no number made the option's check throw (exit 134, a stack trace) instead of a usage error.
        var input = Gzip("a.gz", 100, (byte)'d');
        string[] args = command switch
        {
            "logs" => ["logs", "parse", "--input", input, "--output", Path.Combine(_dir.Path, "out.csv"), "--max-expanded-bytes", value],
            _ => [command, input, "--max-expanded-bytes", value],
        };

        var result = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--max-expanded-bytes must be a positive whole number", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue18_LogsParse_LimitSmallerThanTheFirstBlock_ClearMessage()
    {
        var result = await CliRunner.RunAsync("logs", "parse", "--input", Gzip("b.gz", 1 << 16, (byte)'g'), "--output", Path.Combine(_dir.Path, "out.csv"), "--max-expanded-bytes", "100");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("expands to more than 100 bytes", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", result.Error, StringComparison.Ordinal);
    }
}
