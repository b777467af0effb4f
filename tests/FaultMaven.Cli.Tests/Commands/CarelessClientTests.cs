using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary>Issue 18 (hostile pass, B2): what a careless user types gets a clear answer naming the problem, never a question sent
/// by mistake or "cannot reach the server".</summary>
public sealed class CarelessClientTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Issue18_Chat_FileThatIsADeviceOrADirectory_UnknownCommand_AreNamed_AndNothingIsSent()
    {
        var input = $"/file /dev/zero\n/file {_directory.Path}\n/file\n/fiel notes.log\n/STATE\n/quit\n";

        var result = await RunAsync(input, "chat", "--data-dir", Path.Combine(_directory.Path, "data"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("/dev/zero: nothing to send: the file is empty, or it is not a regular file", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{_directory.Path}: is a directory, not a file", result.Error, StringComparison.Ordinal);
        Assert.Contains("/file needs a PATH", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown command /fiel; the commands are /file PATH, /state, /quit", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown command /STATE", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("will go with the next turn", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("fm: case", result.Error, StringComparison.Ordinal); // no turn was sent
    }

    [Fact]
    public async Task Chat_APathAtTheStartOfAQuestion_IsAskedNotTakenForACommand()
    {
        var result = await RunAsync("/var/log/syslog fills up with disk full errors, why?\n/quit\n", "chat", "--data-dir", Path.Combine(_directory.Path, "data"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("unknown command", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"fm: case case_\w+", result.Error);
    }

    [Fact]
    public async Task Issue18_AskWithoutAQuestion_NamesTheQuestionArgument()
    {
        var result = await CliRunner.RunAsync("ask");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("fm ask needs the QUESTION argument: What you want to know", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required argument missing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue18_AskWithADeviceAsEvidence_SaysItIsNotARegularFile()
    {
        var result = await CliRunner.RunAsync("ask", "why?", "--file", "/dev/zero", "--data-dir", Path.Combine(_directory.Path, "data"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("not a regular file", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--input", "logs", "parse", "--input", "", "--output", "out.csv")]
    [InlineData("--output", "logs", "parse", "--input", "in.log", "--output", "")]
    [InlineData("--output", "redact", "in.log", "--output", "")]
    [InlineData("FILE", "redact", "")]
    [InlineData("FILE", "analyze", "in.log", "")]
    [InlineData("FILE", "restore", "")]
    [InlineData("--output", "backup", "--output", "")]
    [InlineData("--corpus", "kb", "eval", "--corpus", "", "--queries", "q.jsonl", "--output", "r.jsonl")]
    public async Task EmptyFileName_IsAUsageError_NamingTheOption(string named, params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"{named} is empty: name a file.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    private static async Task<CliResult> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, _ => null) { Input = new StringReader(input) };
        var code = await FmCommandLine.RunAsync(args, context, TestContext.Current.CancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
