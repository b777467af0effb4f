using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

public sealed class KbCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Eval_WritesARankingForEveryQuery()
    {
        var corpus = Write("corpus.jsonl",
            """{"id":"po/KubePodCrashLooping","title":"KubePodCrashLooping","text":"# KubePodCrashLooping\n\nPod is restarting over and over."}""" + "\n"
            + """{"id":"po/NodeFilesystemAlmostOutOfSpace","title":"NodeFilesystemAlmostOutOfSpace","text":"# Disk\n\nFree space on the node filesystem."}""" + "\n");
        var queries = Write("queries.jsonl", """{"id":"q1","query":"pod crash looping"}""" + "\n" + """{"id":"q2","query":"no space left on device, filesystem full"}""" + "\n");
        var run = Path.Combine(_dir.Path, "run.jsonl");

        var result = await CliRunner.RunAsync("kb", "eval", "--corpus", corpus, "--queries", queries, "--output", run);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 documents", result.Error, StringComparison.Ordinal);
        // The server's own search: with no configuration, the local model's vectors fused with words.
        Assert.Contains("search hybrid (arctic-embed-xs, 2 chunks with vectors)", result.Error, StringComparison.Ordinal);
        var lines = (await File.ReadAllLinesAsync(run, TestContext.Current.CancellationToken)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("q1", lines[0].GetProperty("qid").GetString());
        Assert.Equal("po/KubePodCrashLooping", lines[0].GetProperty("docids")[0].GetString());
        Assert.Equal("po/NodeFilesystemAlmostOutOfSpace", lines[1].GetProperty("docids")[0].GetString());
    }

    [Fact]
    public async Task Eval_BadInputs_ClearErrors()
    {
        var queries = Write("queries.jsonl", """{"id":"q1","query":"x"}""" + "\n");
        var missing = await CliRunner.RunAsync("kb", "eval", "--corpus", Path.Combine(_dir.Path, "nope.jsonl"), "--queries", queries, "--output", Path.Combine(_dir.Path, "r.jsonl"));
        var broken = await CliRunner.RunAsync("kb", "eval", "--corpus", Write("bad.jsonl", "{\"id\":\"a\",\"text\":\n"), "--queries", queries, "--output", Path.Combine(_dir.Path, "r.jsonl"));
        var noText = await CliRunner.RunAsync("kb", "eval", "--corpus", Write("notext.jsonl", "{\"id\":\"a\"}\n"), "--queries", queries, "--output", Path.Combine(_dir.Path, "r.jsonl"));
        var usage = await CliRunner.RunAsync("kb", "eval", "--corpus", queries);

        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, broken.ExitCode);
        Assert.Contains("bad.jsonl:1: not a JSON object", broken.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, noText.ExitCode);
        Assert.Contains("\"text\" (a string) is required", noText.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, usage.ExitCode);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllText(path, content);
        return path;
    }
}
