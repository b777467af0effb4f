using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

public sealed class LogCommandsTests : IDisposable
{
    private const string Log = """
        2024-03-15 10:00:00,000 INFO [main] app.Api: request 1 served in 12 ms
        2024-03-15 10:00:01,000 INFO [main] app.Api: request 2 served in 7 ms

        2024-03-15 10:00:02,000 ERROR [main] app.Db: connection to 10.0.0.5:5432 refused
        2024-03-15 10:00:03,000 INFO [main] app.Api: request 3 served in 9 ms
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task LogsParse_WritesOneRowPerInputLine()
    {
        var input = Write("app.log", Log);
        var output = Path.Combine(_dir.Path, "out.csv");

        var result = await RunAsync("logs", "parse", "--input", input, "--output", output);

        Assert.Equal(0, result.ExitCode);
        var rows = File.ReadAllLines(output);
        Assert.Equal("LineId,EventId,EventTemplate", rows[0]);
        Assert.Equal(6, rows.Length);
        Assert.Equal(["1", "2", "3", "4", "5"], rows.Skip(1).Select(r => r.Split(',')[0]));
        Assert.Equal(rows[1].Split(',', 3)[1..], rows[2].Split(',', 3)[1..]);
        Assert.EndsWith(",request <*> served in <*> ms", rows[1], StringComparison.Ordinal);
        Assert.Equal("3,E0,", rows[3]);
        Assert.EndsWith(",connection to <*>:<*> refused", rows[4], StringComparison.Ordinal);
    }

    // Lines are read and masked on several threads in batches of thousands; the rows must still be in input order, blank lines
    // included, and each the template a one-thread pass over the same messages gives.
    [Fact]
    public async Task LogsParse_ManyBatches_SameRowsAsOneThreadInOrder()
    {
        var random = new Random(5);
        var text = new StringBuilder();
        for (var i = 0; i < 30_000; i++)
        {
            text.Append(i % 997 == 0 ? "\n" : random.Next(4) switch
            {
                0 => $"2024-03-15 10:00:{i % 60:D2},000 INFO [main] app.Api: request {random.Next(99999)} served in {random.Next(900)} ms\n",
                1 => $"2024-03-15 10:00:{i % 60:D2},000 WARN [pool-{random.Next(9)}] app.Db: slow query \"select {random.Next(50)}, x\" took {random.Next(9000)} ms\n",
                2 => $"2024-03-15 10:00:{i % 60:D2},000 ERROR [main] app.Db: connection to 10.0.{random.Next(255)}.{random.Next(255)}:5432 refused\n",
                _ => $"2024-03-15 10:00:{i % 60:D2},000 INFO [main] app.Cache: evicted {random.Next(100)} entries for user{random.Next(3)}\n",
            });
        }

        var input = Write("big.log", text.ToString());
        var output = Path.Combine(_dir.Path, "out.csv");

        var result = await RunAsync("logs", "parse", "--input", input, "--output", output);

        Assert.Equal(0, result.ExitCode);
        var expected = new List<string>();
        var miner = new FaultMaven.Core.Logs.Templates.TemplateMiner();
        var ids = new List<int>();
        using (var reader = new FaultMaven.Core.Logs.Reading.LogEventReader(
            FaultMaven.Core.Logs.Reading.LogInput.Open(File.OpenRead(input), limit: FaultMaven.Core.Common.ExpansionLimit.None),
            new FaultMaven.Core.Logs.Reading.LogEventReaderOptions { JoinContinuationLines = false }))
        {
            while (reader.TryRead(out var logEvent))
            {
                while (ids.Count < logEvent.LineNumber - 1)
                {
                    ids.Add(0);
                }

                ids.Add(miner.Match(logEvent.Headline).Id);
            }
        }

        miner.Consolidate();
        var rows = File.ReadAllLines(output);
        Assert.Equal(30_001, rows.Length);
        for (var line = 1; line <= 30_000; line++)
        {
            var template = ids[line - 1] == 0 ? null : miner.GetTemplate(ids[line - 1]).Current;
            var want = template is null ? $"{line},E0," : $"{line},E{template.Id},{(template.Text.Contains(',', StringComparison.Ordinal) ? $"\"{template.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : template.Text)}";
            Assert.Equal(want, rows[line]);
        }
    }

    [Fact]
    public async Task LogsParse_ExplicitFormat_UsesIt()
    {
        var input = Write("hdfs.log", "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating\n");
        var output = Path.Combine(_dir.Path, "out.csv");

        var result = await RunAsync("logs", "parse", "--input", input, "--log-format", "<Date> <Time> <Pid> <Level> <Component>: <Content>", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1,E1,PacketResponder <*> for block <*> terminating", File.ReadAllLines(output)[1]);
    }

    // A format may start with '@' (a tool that writes "@<stamp> <message>"): it is the option's value, not a response file.
    [Fact]
    public async Task LogsParse_FormatStartingWithAt_IsTheFormat()
    {
        var input = Write("at.log", "@2024-03-15T10:00:00Z worker 3 started\n@2024-03-15T10:00:01Z worker 4 started\n");
        var output = Path.Combine(_dir.Path, "out.csv");

        var result = await RunAsync("logs", "parse", "--input", input, "--log-format", "@<Time> <Content>", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1,E1,worker <*> started", File.ReadAllLines(output)[1]);
    }

    [Theory]
    [InlineData("--similarity", "7", "--similarity must be a share")]
    [InlineData("--similarity", "0", "--similarity must be a share")]
    [InlineData("--variants", "-1", "--variants must be at least 2")]
    [InlineData("--label-values", "1", "--label-values must be at least 2")]
    // A value that is no number made the check itself throw (exit 134, a stack trace).
    [InlineData("--similarity", "abc", "--similarity must be a share")]
    [InlineData("--variants", "1e3", "--variants must be at least 2")]
    public async Task LogsParse_TuningOutOfRange_UsageErrorNothingWritten(string option, string value, string message)
    {
        var result = await RunAsync("logs", "parse", "--input", Write("a.log", Log), option, value, "--output", Path.Combine(_dir.Path, "o.csv"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "o.csv")));
    }

    [Fact]
    public async Task LogsParse_BadFormat_UsageError()
    {
        var result = await RunAsync("logs", "parse", "--input", Write("a.log", Log), "--log-format", "<Date> <Time>", "--output", Path.Combine(_dir.Path, "o.csv"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("no <Content> field", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "o.csv")));
    }

    [Fact]
    public async Task Analyze_Json_IsTheAnalysis()
    {
        var result = await RunAsync("analyze", Write("app.log", Log), "--json");

        Assert.Equal(0, result.ExitCode);
        var file = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("log", file.GetProperty("classification").GetProperty("type").GetString());
        var root = file.GetProperty("analysis").GetProperty("log");
        Assert.Equal("text", root.GetProperty("input").GetProperty("layout").GetString());
        Assert.Equal(4, root.GetProperty("input").GetProperty("events").GetInt64());
        Assert.Equal("connection to <*>:<*> refused", root.GetProperty("errorClusters")[0].GetProperty("template").GetString());
        Assert.Equal(4, root.GetProperty("errorClusters")[0].GetProperty("firstLine").GetInt64());
        Assert.Equal("first-error", root.GetProperty("anomalies")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Analyze_Report_ShowsSummaryAndClusters()
    {
        var result = await RunAsync("analyze", Write("app.log", Log));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("app.log — text layout", result.Output, StringComparison.Ordinal);
        Assert.Contains("Error clusters", result.Output, StringComparison.Ordinal);
        Assert.Contains("connection to <*>:<*> refused", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_GzipAndSince_Applied()
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Log));
        }

        var result = await RunAsync("analyze", Write("app.log.gz", compressed.ToArray()), "--since", "2024-03-15T10:00:02Z", "--json");

        var file = JsonDocument.Parse(result.Output).RootElement;
        Assert.True(file.GetProperty("compressed").GetBoolean());
        var input = file.GetProperty("analysis").GetProperty("log").GetProperty("input");
        Assert.Equal(2, input.GetProperty("events").GetInt64());
        Assert.Equal(2, input.GetProperty("eventsOutsideWindow").GetInt64());
    }

    [Fact]
    public async Task Analyze_BadInputs_ClearErrors()
    {
        var binary = await RunAsync("analyze", Write("core.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
        var missing = await RunAsync("analyze", Path.Combine(_dir.Path, "nope.log"));
        var badSince = await RunAsync("analyze", Write("a.log", Log), "--since", "yesterday-ish");
        var empty = await RunAsync("analyze", Write("empty.log", ""), "--json");

        Assert.Equal(ExitCodes.Failure, binary.ExitCode);
        Assert.Contains("binary", binary.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, badSince.ExitCode);
        Assert.Contains("--since 'yesterday-ish' is not a time", badSince.Error, StringComparison.Ordinal);
        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("no log events", empty.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_OtherTypes_GoThroughTheSamePipeline_Redacted()
    {
        var pods = Write("pods.txt", "NAME                 READY   STATUS             RESTARTS   AGE\napi-7f9-abcde        0/1     CrashLoopBackOff   14         1h\n");
        var config = Write("app.env", "DATABASE_URL=postgres://app:S3cr3tPassw0rd@db.internal:5432/app\nREDIS_URL=redis://localhost:6379\nAPI_KEY=\n");

        var result = await RunAsync("analyze", pods, config, "--json");

        Assert.Equal(0, result.ExitCode);
        var files = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("kubernetes", files[0].GetProperty("classification").GetProperty("type").GetString());
        Assert.Equal("crash-loop", files[0].GetProperty("analysis").GetProperty("findings")[0].GetProperty("kind").GetString());
        Assert.Equal("config", files[1].GetProperty("classification").GetProperty("type").GetString());
        Assert.Equal(1, files[1].GetProperty("redactions").GetProperty("CONNECTION_STRING").GetInt64());
        Assert.DoesNotContain("S3cr3tPassw0rd", result.Output, StringComparison.Ordinal);
        var kinds = files[1].GetProperty("analysis").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Contains("empty-secret", kinds);
        Assert.Contains("localhost-endpoint", kinds);

        var report = await RunAsync("analyze", pods);
        Assert.Contains("kubernetes (get-pods)", report.Output, StringComparison.Ordinal);
        Assert.Contains("CrashLoopBackOff", report.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_NoRedact_KeepsValues()
    {
        var log = Write("auth.log", "2024-03-15 10:00:00 ERROR login failed for jane.doe@example-corp.com\n2024-03-15 10:00:01 INFO ok\n");

        var redacted = await RunAsync("analyze", log, "--json");
        var raw = await RunAsync("analyze", log, "--json", "--no-redact");

        Assert.DoesNotContain("jane.doe@example-corp.com", redacted.Output, StringComparison.Ordinal);
        Assert.Contains("jane.doe@example-corp.com", raw.Output, StringComparison.Ordinal);
    }

    private static Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
