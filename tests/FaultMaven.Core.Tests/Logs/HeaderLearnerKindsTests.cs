using System.Globalization;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18 (twelfth session): header field kinds the learner did not know, each with a file it must learn and one whose
// message start it must leave alone. Every file is constructed here (40 lines, values varied by a fixed rule).
public sealed class HeaderLearnerKindsTests
{
    private static readonly TimestampParser Time = new(new DateOnly(2024, 3, 15));

    private static List<string> File(Func<int, string> line) => [.. Enumerable.Range(0, 40).Select(line)];

    private static string Stamp(int i) => $"2024-03-15 10:{i % 60:00}:{(i * 7) % 60:00},{(i * 37) % 1000:000}";

    private static string Hex(int i) => (i * 2654435761L % 4294967296L).ToString("x8", CultureInfo.InvariantCulture);

    private static string Message(List<string> lines, int index)
    {
        var (layout, _) = LayoutDetector.Detect(lines, Time);
        var fields = new LogFields();
        Assert.True(layout.TryParse(lines[index], fields, Time));
        return fields.Message;
    }

    [Fact]
    public void Detect_DateDashesThenClock_IsTheStamp()
    {
        string[] levels = ["<Info>", "<Notice>", "<Warning>"];
        var lines = File(i => $"{1 + i % 28}/3/2024 -- 10:{i % 60:00}:05 - {levels[i % 3]} - cache warmed in {i} ms");
        var words = File(i => $"{1 + i % 28}/3/2024 -- backup {i} done");

        Assert.Equal("cache warmed in 4 ms", Message(lines, 4));
        Assert.Equal("backup 4 done", Message(words, 4)[^13..]);
        Assert.Empty(HeaderLearner.Learn(words, Time));
    }

    [Fact]
    public void Detect_SpelledMonthInADigitDate_IsTheStamp()
    {
        string[] threads = ["main", "pool-1", "pool-2"];
        var lines = File(i => $"{1 + i % 28:00}-Mar-2024 10:{i % 60:00}:05.{i:000} INFO [{threads[i % 3]}] org.example.core.Loader{i % 4}.start loaded {i} classes");

        Assert.Equal("loaded 5 classes", Message(lines, 5));
    }

    [Fact]
    public void Detect_NameAndPidWithoutColon_LearnedBeforeMoreFields()
    {
        var lines = File(i => $"{Stamp(i)} node{i % 3} ftpd[{4000 + i * 17}] ftp.example.net (10.0.{i % 7}.{i}[10.0.{i % 7}.{i}]): session {i} opened");
        var word = File(i => $"{Stamp(i)} users[{(i % 2 == 0 ? "admin" : "guest")}] logged in {i} times");

        Assert.Equal("session 3 opened", Message(lines, 3));
        Assert.Equal("users[guest] logged in 3 times", Message(word, 3));
    }

    [Fact]
    public void Detect_SourceLineWithColonAfterAFileName_LearnedAsHeader()
    {
        var lines = File(i => $"{Stamp(i)} [INFO][{60 + i % 2}] pkg/file_{i % 5}.go {100 + i * 7}: applied {i} updates");
        var counted = File(i => $"{Stamp(i)} [INFO][{60 + i % 2}] job {100 + i * 7} done in {i} ms");

        Assert.Equal("applied 6 updates", Message(lines, 6));
        Assert.Equal("job 142 done in 6 ms", Message(counted, 6));
    }

    [Fact]
    public void Detect_DebugLevelOfFewValuesAfterAThreadId_LearnedAsHeader()
    {
        int[] levels = [0, -1, 0, 5];
        var lines = File(i => $"{Stamp(i)} 7f{Hex(i % 3)}00 {levels[i % 4]} log(cluster) scrub {i} ok");

        Assert.Equal("log(cluster) scrub 7 ok", Message(lines, 7));
    }

    [Fact]
    public void Detect_BracketGluedToTheHeaderOnSomeLines_LearnedAsHeader()
    {
        var lines = File(i => $"[{Stamp(i)}][{(i % 4 == 0 ? "WARN" : "INFO"),-5}][out.sink{i % 3}]{(i % 3 == 0 ? "[pipe-a]" : string.Empty)} flushed {i} events");
        var spaced = File(i => $"[{Stamp(i)}][{(i % 4 == 0 ? "WARN" : "INFO"),-5}][out.sink{i % 3}]{(i % 3 == 0 ? " [pipe-a]" : string.Empty)} flushed {i} events");

        Assert.Equal("flushed 3 events", Message(lines, 3));
        Assert.Equal("flushed 4 events", Message(lines, 4));
        Assert.Equal("[pipe-a] flushed 3 events", Message(spaced, 3));
    }

    [Fact]
    public void Detect_NameWithLettersAfterADigit_LearnedAsATag()
    {
        var lines = File(i => $"[{Stamp(i)}] I [file.c:{100 + i}:fn_{i % 3}] 0-vol{i % 3}-client-{i % 2}: lock {i} held");
        var address = File(i => $"[{Stamp(i)}] I [file.c:{100 + i}:fn_{i % 3}] 10.0.0.{i}: connection reset");

        Assert.Equal("lock 2 held", Message(lines, 2));
        Assert.Equal("10.0.0.2: connection reset", Message(address, 2));
    }

    [Fact]
    public void Detect_KeyValuePairsBeforeALevel_LearnedAsHeader()
    {
        var lines = File(i => $"{Stamp(i)} pid={7 + i % 2} tid={Hex(i)[..4]}{(i % 3 == 0 ? $" class=Mail::Job jid={Hex(i * 5)}" : string.Empty)} {(i % 5 == 0 ? "WARN" : "INFO")}: step {i} done");
        var record = File(i => $"{Stamp(i)} user=u{i % 4} action=login took {i} ms");

        Assert.Equal("step 3 done", Message(lines, 3));
        Assert.Equal("step 4 done", Message(lines, 4));
        Assert.Equal("user=u3 action=login took 3 ms", Message(record, 3));
    }

    [Fact]
    public void Detect_LoggerAfterThreadAndContextOfWords_LearnedAsHeader()
    {
        string[] threads = ["(main)", "(pool-1-thread-3)", "(searcher-2 for core c1)"];
        var lines = File(i => $"{Stamp(i)} INFO  {threads[i % 3]} [{(i % 2 == 0 ? string.Empty : $"c:col{i % 3} s:shard{i % 2}")}] o.a.s.Comp{i % 4} request {i} served");
        var hosts = File(i => $"{Stamp(i)} INFO  {threads[i % 3]} [{(i % 2 == 0 ? string.Empty : $"c:col{i % 3} s:shard{i % 2}")}] h{Hex(i)}.example.org answered");

        Assert.Equal("request 5 served", Message(lines, 5));
        Assert.EndsWith($"h{Hex(5)}.example.org answered", Message(hosts, 5), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_TabColumnWithARareSpacedValue_StillAHeaderColumn()
    {
        var lines = File(i => $"{(i % 4 == 0 ? "Error" : "Information")}\t{Stamp(i)}\tService Manager\t{7000 + i % 3}\t{(i == 9 ? "Update Agent" : "None")}\tThe service {i} stopped.");
        var message = File(i => $"{Stamp(i)}\tINFO\tservice {i} stopped\tcode {i % 3}");

        Assert.Equal("The service 5 stopped.", Message(lines, 5));
        Assert.StartsWith("service 5 stopped", Message(message, 5), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_ComponentWithAParenthesisedQualifier_LearnedAsATag()
    {
        string[] components = ["worker:", "TCPHandler:", "worker:", "Flusher:", "SystemLog (system.log_a):", "worker:", "MergeTask::Run:"];
        var lines = File(i => $"{Stamp(i)} [ {300 + i % 2} ] <Debug> {components[i % 7]} flushed {i} rows");
        var timed = File(i => $"{Stamp(i)} [ {300 + i % 2} ] <Debug> reply (in {i} ms): ok");

        Assert.Equal("flushed 4 rows", Message(lines, 4));
        Assert.Equal("flushed 5 rows", Message(lines, 5));
        Assert.Equal("reply (in 4 ms): ok", Message(timed, 4));
    }
}
