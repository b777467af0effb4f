using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

public sealed class RedactCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Redact_writes_the_redacted_text_and_reports_counts()
    {
        var input = Write("app.log", "login failed for bob@example.com from 203.0.113.5\nretry by bob@example.com, password=Sn0wfl4ke!99\n");

        var result = await RunAsync("redact", input);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("login failed for <EMAIL_1> from <IPV4_1>\nretry by <EMAIL_1>, password=<GENERIC_SECRET>\n", result.Output);
        Assert.Contains("redacted 4 values (EMAIL 2, IPV4 1, GENERIC_SECRET 1)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_jsonl_writes_typed_character_offsets()
    {
        var input = Write("records.jsonl", "{\"id\":\"r1\",\"text\":\"mail ana@example.org now\"}\n{\"id\":\"r2\",\"text\":\"nothing here\"}\n");
        var output = Path.Combine(_dir.Path, "pred.jsonl");

        var result = await RunAsync("redact", "--jsonl", input, "--output", output);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("r1", first.RootElement.GetProperty("id").GetString());
        var entity = Assert.Single(first.RootElement.GetProperty("entities").EnumerateArray());
        Assert.Equal("EMAIL", entity.GetProperty("type").GetString());
        Assert.Equal(5, entity.GetProperty("start").GetInt32());
        Assert.Equal(20, entity.GetProperty("end").GetInt32());
        Assert.Equal("{\"id\":\"r2\",\"entities\":[]}", lines[1]);
    }

    [Theory]
    [InlineData("--operator", "EMAIL=shred", 2, "is not an operator")]
    [InlineData("--operator", "NAME=keep", 2, "known type")]
    [InlineData("--operator", "JWT=keep", 2, "can only be redacted or hashed")]
    public async Task Redact_rejects_bad_operators_with_a_usage_error(string option, string value, int exitCode, string message)
    {
        var input = Write("a.txt", "x");

        var result = await RunAsync("redact", input, option, value);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_reports_a_missing_file_and_a_malformed_record()
    {
        var missing = await RunAsync("redact", Path.Combine(_dir.Path, "nope.txt"));
        var malformed = await RunAsync("redact", "--jsonl", Write("bad.jsonl", "{\"id\":1,\"text\":\"ok\"}\nnot json\n"));

        Assert.Equal(4, missing.ExitCode);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("line 2: expected a JSON object", malformed.Error, StringComparison.Ordinal);
    }

    private static Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
