namespace FaultMaven.Cli.Tests.Commands;

/// <summary>Standard output that cannot be written (a full disk, <c>/dev/full</c>) ends a command with one line and exit code 1.</summary>
public sealed class OutputFailureTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Redact_ToAFullStandardOutput_IsOneLineAndExit1()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "user=alice password=hunter2\n", Token);
            var error = new StringWriter();

            var code = await FmCommandLine.RunAsync(["redact", file], new CliContext(new FullWriter(), error, _ => null), Token);

            Assert.Equal(ExitCodes.Failure, code);
            Assert.Equal($"fm: error: cannot read or write: No space left on device{Environment.NewLine}", error.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Redact_OutputToDevFull_IsOneLineAndExit1()
    {
        Assert.SkipUnless(File.Exists("/dev/full"), "needs /dev/full");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "user=alice password=hunter2\n", Token);

            var run = await CliRunner.RunAsync("redact", file, "--output", "/dev/full");

            Assert.Equal(ExitCodes.Failure, run.ExitCode);
            Assert.StartsWith("fm: error: cannot write '/dev/full': the disk is full.", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CasesList_ToAFullStandardOutput_IsOneLineAndExit1(bool json)
    {
        await using var server = MisbehavingServer.Json("""{"items":[],"total":0,"offset":0,"limit":20}""");
        var error = new StringWriter();
        string[] args = json ? ["cases", "list", "--json"] : ["cases", "list"];

        var code = await FmCommandLine.RunAsync(args, new CliContext(new FullWriter(), error, name => name == "FM_URL" ? server.Url : null), Token);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal($"fm: error: cannot read or write: No space left on device{Environment.NewLine}", error.ToString());
    }

    /// <summary>A writer on a full disk: every write fails as on <c>/dev/full</c>.</summary>
    private sealed class FullWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override Task WriteAsync(char value) => throw new IOException("No space left on device");

        public override Task WriteAsync(string? value) => throw new IOException("No space left on device");

        public override Task WriteAsync(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override Task WriteLineAsync(string? value) => throw new IOException("No space left on device");

        public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) => throw new IOException("No space left on device");

        public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) => throw new IOException("No space left on device");
    }
}
