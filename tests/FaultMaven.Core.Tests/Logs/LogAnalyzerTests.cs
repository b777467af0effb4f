using System.Globalization;
using System.Text;
using FaultMaven.Core.Logs.Analysis;
using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Core.Tests.Logs;

public sealed class LogAnalyzerTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 15, 10, 0, 0, TimeSpan.Zero);

    private static LogAnalysisResult Analyze(string text, LogAnalysisOptions? options = null)
    {
        using var reader = new LogEventReader(LogInput.Open(new MemoryStream(Encoding.UTF8.GetBytes(text))), new LogEventReaderOptions { ReferenceDate = new DateOnly(2024, 3, 15) });
        return new LogAnalyzer(options).Analyze(reader, "test.log");
    }

    private static string Line(DateTimeOffset time, string level, string message) =>
        $"{time.ToString("yyyy-MM-dd HH:mm:ss,fff", CultureInfo.InvariantCulture)} {level} [main] app.Service: {message}\n";

    // One healthy request line per second for an hour; callers add the trouble.
    private static StringBuilder Baseline(int seconds = 3600, Func<int, string?>? extra = null)
    {
        var log = new StringBuilder();
        for (var s = 0; s < seconds; s++)
        {
            log.Append(Line(Start.AddSeconds(s), "INFO", $"request {s} served in {s % 50} ms"));
            if (extra?.Invoke(s) is { } more)
            {
                log.Append(more);
            }
        }

        return log;
    }

    // A host name without digits is read as a constant when it comes first; the numbered names after it show the place is a
    // value. The report joins them once the whole log is read, with every line counted in the joined cluster.
    [Fact]
    public void Analyze_ConstantMetBeforeTheValue_JoinedAtTheEnd()
    {
        var log = Baseline(60, s => s % 10 == 0
            ? Line(Start.AddSeconds(s), "WARN", $"reverse mapping checking getaddrinfo for {(s == 0 ? "ns.example.com" : $"10-2-3-{s}.dsl.example.net")} [10.0.0.{s}] failed")
            : null);

        var result = Analyze(log.ToString());

        var reverse = Assert.Single(result.Templates, t => t.Template.StartsWith("reverse mapping", StringComparison.Ordinal));
        Assert.Equal("reverse mapping checking getaddrinfo for <*> [<*>] failed", reverse.Template);
        Assert.Equal(6, reverse.Count);
    }

    [Fact]
    public void Analyze_ErrorBurst_FoundWithItsLinesAndMarkedAsIncidentStart()
    {
        var log = Baseline(extra: s => s is >= 1800 and < 1860 ? Line(Start.AddSeconds(s), "ERROR", $"payment gateway timeout after {s} ms") + Line(Start.AddSeconds(s), "ERROR", $"payment gateway timeout after {s + 1} ms") : null);

        var result = Analyze(log.ToString());

        var burst = Assert.Single(result.Anomalies, a => a.Kind == AnomalyKind.ErrorBurst);
        Assert.InRange(burst.Start!.Value, Start.AddSeconds(1700), Start.AddSeconds(1800));
        Assert.True(burst.End >= Start.AddSeconds(1859));
        Assert.NotEmpty(burst.EvidenceLines);
        Assert.All(burst.EvidenceLines, line => Assert.InRange(line, 1802, 1800 + (60 * 3) + 1));
        Assert.NotNull(result.IncidentStart);
        Assert.InRange(result.IncidentStart.Start!.Value, Start.AddSeconds(1700), Start.AddSeconds(1800));
        var cluster = Assert.Single(result.ErrorClusters);
        Assert.Equal("payment gateway timeout after <*> ms", cluster.Template);
        Assert.Equal(120, cluster.Errors);
    }

    [Fact]
    public void Analyze_NoTrouble_NoBurstNoIncident()
    {
        var result = Analyze(Baseline().ToString());

        Assert.DoesNotContain(result.Anomalies, a => a.Kind is AnomalyKind.ErrorBurst or AnomalyKind.Silence);
        Assert.Null(result.IncidentStart);
        Assert.Empty(result.ErrorClusters);
        Assert.Equal(3600, result.Input.Events);
    }

    [Fact]
    public void Analyze_FirstOccurrenceOfErrorTemplate_ReportedAtItsLine()
    {
        var log = Baseline(extra: s => s == 2500 ? Line(Start.AddSeconds(s), "ERROR", "disk /data is full") : null);

        var result = Analyze(log.ToString());

        var first = Assert.Single(result.Anomalies, a => a.Kind == AnomalyKind.FirstError);
        Assert.Equal(Start.AddSeconds(2500), first.Start);
        Assert.Equal([2502L], first.EvidenceLines);
        Assert.True(first.Severity >= 0.5);
        Assert.Contains(result.NewTemplates, t => t.Template == "disk <*> is full");
    }

    [Fact]
    public void Analyze_Silence_FoundBetweenTheTwoLines()
    {
        var log = new StringBuilder();
        for (var s = 0; s < 600; s++)
        {
            log.Append(Line(Start.AddSeconds(s), "INFO", $"tick {s}"));
        }

        for (var s = 1200; s < 1800; s++)
        {
            log.Append(Line(Start.AddSeconds(s), "INFO", $"tick {s}"));
        }

        var result = Analyze(log.ToString());

        var silence = Assert.Single(result.Anomalies, a => a.Kind == AnomalyKind.Silence);
        Assert.Equal(Start.AddSeconds(599), silence.Start);
        Assert.Equal(Start.AddSeconds(1200), silence.End);
        Assert.Equal([600L, 601L], silence.EvidenceLines);
    }

    [Fact]
    public void Analyze_TemplateMixChange_FoundWhenTheMessagesChange()
    {
        var log = new StringBuilder();
        for (var s = 0; s < 3600; s++)
        {
            log.Append(Line(Start.AddSeconds(s), "INFO", s < 2400 ? $"cache hit for key {s}" : $"cache miss, loading key {s} from database"));
        }

        var result = Analyze(log.ToString());

        var change = Assert.Single(result.Anomalies, a => a.Kind == AnomalyKind.TemplateMixChange);
        Assert.InRange(change.Start!.Value, Start.AddSeconds(2300), Start.AddSeconds(2400));
        Assert.Contains("cache miss", change.Summary, StringComparison.Ordinal);
        Assert.Contains(2401L, change.EvidenceLines);
    }

    [Fact]
    public void Analyze_ExceptionsGroupedByTypeAndFrames()
    {
        var log = new StringBuilder();
        for (var i = 0; i < 3; i++)
        {
            log.Append(Line(Start.AddSeconds(i), "ERROR", "request failed"));
            log.Append("java.lang.NullPointerException: name is null\n\tat com.acme.User.name(User.java:10)\n\tat com.acme.Api.get(Api.java:20)\n");
        }

        log.Append(Line(Start.AddSeconds(9), "ERROR", "request failed"));
        log.Append("java.lang.NullPointerException: other\n\tat com.acme.Order.id(Order.java:5)\n");

        var result = Analyze(log.ToString());

        Assert.Equal(2, result.Exceptions.Count);
        var top = result.Exceptions[0];
        Assert.Equal("java.lang.NullPointerException", top.Type);
        Assert.Equal(3, top.Count);
        Assert.Equal(["com.acme.User.name", "com.acme.Api.get"], top.Frames);
        Assert.Equal([1L, 5L, 9L], top.ExampleLines);
        Assert.Equal(15, result.Input.Lines);
        Assert.Equal(11, result.Input.ContinuationLines);
    }

    [Fact]
    public void Analyze_TraceIds_LinkEvents()
    {
        var log = new StringBuilder()
            .Append("""{"time":"2024-03-15T10:00:00Z","level":"info","msg":"checkout start","trace_id":"t-aaaaaa"}""").Append('\n')
            .Append("""{"time":"2024-03-15T10:00:01Z","level":"info","msg":"other","trace_id":"t-bbbbbb"}""").Append('\n')
            .Append("""{"time":"2024-03-15T10:00:02Z","level":"error","msg":"card declined","trace_id":"t-aaaaaa"}""").Append('\n');

        var result = Analyze(log.ToString());

        var trace = Assert.Single(result.Traces);
        Assert.Equal(("trace", "t-aaaaaa", 2L, 1L), (trace.Kind, trace.Id, trace.Events, trace.Errors));
        Assert.Equal([1L, 3L], trace.Lines);
    }

    [Fact]
    public void Analyze_TimestampsGoingBackwards_CountedNotCrashing()
    {
        var log = new StringBuilder()
            .Append(Line(Start.AddMinutes(10), "INFO", "a"))
            .Append(Line(Start, "INFO", "b"))
            .Append(Line(Start.AddMinutes(11), "INFO", "c"));

        var result = Analyze(log.ToString());

        Assert.Equal(1, result.Input.OutOfOrderEvents);
        Assert.Equal(Start, result.FirstTimestamp);
        Assert.Equal(Start.AddMinutes(11), result.LastTimestamp);
        Assert.Contains(result.Input.Warnings, w => w.Contains("earlier", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_TimeWindow_LeavesOtherEventsOut()
    {
        var result = Analyze(Baseline(600).ToString(), new LogAnalysisOptions { Since = Start.AddSeconds(100), Until = Start.AddSeconds(200) });

        Assert.Equal(100, result.Input.Events);
        Assert.Equal(500, result.Input.EventsOutsideWindow);
        Assert.Equal(Start.AddSeconds(100), result.FirstTimestamp);
    }

    [Fact]
    public void Analyze_Empty_ClearResult()
    {
        var result = Analyze("");

        Assert.Equal(0, result.Input.Events);
        Assert.Contains("no log events", result.Input.Warnings[0], StringComparison.Ordinal);
        Assert.Null(result.Timeline);
    }

    [Fact]
    public void Analyze_LogWithoutLevels_ErrorsFromTheWords()
    {
        var result = Analyze("Dec 10 06:55:46 host sshd[1]: Accepted key\nDec 10 06:55:47 host sshd[1]: Connection refused by peer\n");

        Assert.Equal("Connection refused by peer", Assert.Single(result.ErrorClusters).Template);
    }
}
