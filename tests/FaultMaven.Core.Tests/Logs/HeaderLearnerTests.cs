using System.Globalization;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18: layout detection learns the header fields a generic layout leaves at the start of the message. Every file below
// is constructed here (40 lines, values varied by a fixed rule), none copied from a benchmark set.
public sealed class HeaderLearnerTests
{
    private static readonly TimestampParser Time = new(new DateOnly(2024, 3, 15));

    private static readonly string[] Levels = ["INFO", "INFO", "WARN", "ERROR"];
    private static readonly string[] Components = ["cache.Evictor", "net.Pool", "db.Writer"];

    private static List<string> File(Func<int, string> line) => [.. Enumerable.Range(0, 40).Select(line)];

    private static string Stamp(int i) => $"2024-03-15 10:{i % 60:00}:{(i * 7) % 60:00},{(i * 37) % 1000:000}";

    private static LogFields Read(List<string> lines, int index, out LogLayout layout)
    {
        (layout, _) = LayoutDetector.Detect(lines, Time);
        var fields = new LogFields();
        Assert.True(layout.TryParse(lines[index], fields, Time));
        return fields;
    }

    [Fact]
    public void Detect_BracketedStampLevelAndComponents_MessageAfterThem()
    {
        var lines = File(i => $"[{Stamp(i)}][{Levels[i % 4],-5}][{Components[i % 3]}] [node-{i % 2}] evicted {i * 3} entries");

        var fields = Read(lines, 2, out var layout);

        Assert.IsType<LearnedHeaderLayout>(layout);
        Assert.Equal("evicted 6 entries", fields.Message);
        Assert.Equal(LogSeverity.Warning, fields.Severity);
    }

    [Fact]
    public void Detect_LevelThreadThenStampAndLogger_MessageAfterTheLogger()
    {
        var lines = File(i => $"{Levels[i % 4],-5} [worker-{i % 5}] {Stamp(i)} Scheduler.java:{80 + i % 3} - job {i} late by {i * 11} ms");

        var fields = Read(lines, 1, out _);

        Assert.Equal("job 1 late by 11 ms", fields.Message);
        Assert.Equal("Scheduler.java:81", fields.Source);
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 10, 1, 7, 37, TimeSpan.Zero), fields.Timestamp);
    }

    [Fact]
    public void Detect_ProcessRoleSpelledDateAndMark_MessageAfterTheMark()
    {
        string[] marks = ["#", "*", "-"];
        var lines = File(i => $"{4100 + i * 13}:{(i % 2 == 0 ? 'S' : 'P')} {1 + i % 28} Mar 2024 10:{i % 60:00}:05.{i:000} {marks[i % 3]} link {i} changed state");

        var fields = Read(lines, 4, out _);

        Assert.Equal("link 4 changed state", fields.Message);
    }

    [Fact]
    public void Detect_LevelWordsOutsideTheTable_SameHeaderTakenFromEveryLine()
    {
        // "[Audit]" and "AUDIT:" are no level the text layout knows, so it stops at a different field on those lines.
        string[] levels = ["[Info]", "[Audit]", "[Warning]"];
        var bracketed = File(i => $"2024-03-15T10:{i % 60:00}:01.{i:000000}Z {i * 97} {levels[i % 3]} [AB-{1000 + i % 6}] [{(i % 2 == 0 ? "Core" : "Io")}] cache warmed in {i} ms");
        var colon = File(i => $"2024-03-15 10:{i % 60:00}:01.250 UTC [{3000 + i * 7}] {(i % 4 == 0 ? "AUDIT:" : "ERROR:")}  table t{i} dropped");

        Assert.Equal("cache warmed in 1 ms", Read(bracketed, 1, out _).Message);
        Assert.Equal("cache warmed in 2 ms", Read(bracketed, 2, out _).Message);
        Assert.Equal("table t0 dropped", Read(colon, 0, out _).Message);
        Assert.Equal("table t1 dropped", Read(colon, 1, out _).Message);
    }

    [Fact]
    public void Detect_BracketOfWordsAfterTheLevel_StaysInTheMessage()
    {
        var lines = File(i => $"{Stamp(i)} INFO [Fetcher shard {i % 4}] fetched {i} rows");

        var fields = Read(lines, 3, out _);

        Assert.Equal("[Fetcher shard 3] fetched 3 rows", fields.Message);
        Assert.Equal(LogSeverity.Info, fields.Severity);
    }

    [Fact]
    public void Detect_BracketNewOnEveryLine_StaysInTheMessage()
    {
        // A request id is a value of the message, not a field of the header: it repeats on no two lines.
        var lines = File(i => $"{Stamp(i)} [{(i * 2654435761L % 4294967296L).ToString("x8", CultureInfo.InvariantCulture)}] request done");

        var fields = Read(lines, 5, out var layout);

        Assert.IsNotType<LearnedHeaderLayout>(layout);
        Assert.StartsWith("[", fields.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_FieldOnSomeLinesOnly_NotLearned()
    {
        // A field the format string writes is on every line; one on a third of them belongs to those messages.
        var lines = File(i => i % 3 == 0 ? $"{Stamp(i)} [cache] entry {i} expired" : $"{Stamp(i)} entry {i} expired");

        var fields = Read(lines, 0, out var layout);

        Assert.IsNotType<LearnedHeaderLayout>(layout);
        Assert.Equal("[cache] entry 0 expired", fields.Message);
    }

    [Fact]
    public void Learn_MarkOrLoggerFirst_NotLearned()
    {
        // A message may begin with "-" (a list) or "name - ": only after another header field are they fields.
        var dashes = Enumerable.Range(0, 40).Select(i => $"- item {i} packed").ToList();
        var named = Enumerable.Range(0, 40).Select(i => $"packer - item {i} packed").ToList();

        Assert.Empty(HeaderLearner.Learn(dashes, Time));
        Assert.Empty(HeaderLearner.Learn(named, Time));
    }

    [Fact]
    public void Learn_FieldsThatAreTheWholeLine_NotLearned()
    {
        var numbers = Enumerable.Range(0, 40).Select(i => (i * 31).ToString(CultureInfo.InvariantCulture)).ToList();

        Assert.Empty(HeaderLearner.Learn(numbers, Time));
    }

    [Theory]
    [InlineData("2015-10-18 18:01:47,978 INFO [IPC Server handler 4 on 8020] org.example.ipc.Server: call 12 done", "call 12 done")]
    [InlineData("2015-07-29 17:41:44,747 - WARN  [Sync Thread(sid:2 port:-1)::Syncer@41] - Sync took 12 ms", "Sync took 12 ms")]
    [InlineData("2015-07-29 17:41:44,747 INFO [main] started", "started")]
    [InlineData("2015-07-29 17:41:44,747 INFO [Fetcher shard 3] fetched 5 rows", "[Fetcher shard 3] fetched 5 rows")]
    public void TextLayout_BracketAfterLevel_ThreadOnlyWhenOneWordOrFollowedByALogger(string line, string message)
    {
        var fields = new LogFields();

        Assert.True(LogLayouts.Find("text")!.TryParse(line, fields, Time));
        Assert.Equal(message, fields.Message);
    }

    [Fact]
    public void Detect_LongLinesOfOneCharacter_NothingLearned()
    {
        // Hostile input: the learner looks at one token a field, each bounded (a bracket within 96 characters).
        var lines = File(i => new string('[', 20_000 + i));

        var (layout, _) = LayoutDetector.Detect(lines, Time);

        Assert.IsNotType<LearnedHeaderLayout>(layout);
    }
}
