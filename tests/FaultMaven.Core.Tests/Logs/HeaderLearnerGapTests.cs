using System.Globalization;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18 (thirteenth session): header fields detection left in the message where a given format took them off, each
// with a file it must learn and one whose message start it must leave alone. Every file is constructed here (40 lines,
// values varied by a fixed rule).
public sealed class HeaderLearnerGapTests
{
    private static readonly TimestampParser Time = new(new DateOnly(2024, 3, 15));

    private static List<string> File(Func<int, string> line) => [.. Enumerable.Range(0, 40).Select(line)];

    private static string Stamp(int i) => $"2024-03-15 10:{i % 60:00}:{(i * 7) % 60:00},{(i * 37) % 1000:000}";

    private static string Hex(int i) => (i * 2654435761L % 4294967296L).ToString("x8", CultureInfo.InvariantCulture);

    private static LogFields Read(List<string> lines, int index)
    {
        var (layout, _) = LayoutDetector.Detect(lines, Time);
        var fields = new LogFields();
        Assert.True(layout.TryParse(lines[index], fields, Time));
        return fields;
    }

    private static string Message(List<string> lines, int index) => Read(lines, index).Message;

    [Fact]
    public void Detect_ProgramHeaderAfterTheSyslogTag_Learned()
    {
        string[] levels = ["<info>", "<warn>", "<info>", "<debug>"];
        var lines = File(i => $"Mar 15 10:{i % 60:00}:03 host{i % 3} netd[781]: {levels[i % 4],-7} [1710496800.{1000 + i * 7}] link {i} came up");
        var plain = File(i => $"Mar 15 10:{i % 60:00}:03 host{i % 3} sshd[{900 + i}]: Accepted password for user{i % 5} from 10.0.0.{i} port {4000 + i}");

        Assert.Equal("link 5 came up", Message(lines, 5));
        Assert.Equal("Accepted password for user0 from 10.0.0.5 port 4005", Message(plain, 5));
    }

    [Fact]
    public void Detect_Tai64nLabel_IsTheStampAndItsTime()
    {
        string[] messages = ["starting delivery {0}: msg {1} to local a{0}@example.com", "info msg {1}: bytes {0} from <b@example.com> qp {1}",
            "delivery {0}: success: did_0+0+1/", "status: local {0}/10 remote 1/20"];
        var lines = File(i => $"@4000000065f41{Hex(i)[..3]}{Hex(i * 3)} " + string.Format(CultureInfo.InvariantCulture, messages[i % 4], i, i * 7));
        var handles = File(i => $"@user{i % 7} joined the channel #{i}");

        var fields = Read(lines, 6);
        Assert.Equal("delivery 6: success: did_0+0+1/", fields.Message);
        Assert.Equal(2024, fields.Timestamp?.Year);
        Assert.Equal("@user6 joined the channel #6", Message(handles, 6));
    }

    [Fact]
    public void Detect_LevelLetterBeforeTheStampInsideItsBracket_IsTheStamp()
    {
        string[] names = ["ServerApp", "KernelRestarter", "ServerApp", "LabApp"];
        var lines = File(i => $"[{(i % 5 == 0 ? "W" : "I")} {Stamp(i).Replace(',', '.')} {names[i % 4]}] kernel {i} started");
        var words = File(i => $"[{(i % 5 == 0 ? "W" : "I")} job {i}] kernel {i} started");

        Assert.Equal("kernel 7 started", Message(lines, 7));
        Assert.Equal("[I job 7] kernel 7 started", Message(words, 7));
    }

    [Fact]
    public void Detect_ContextBracketOpenedByASteadyWord_LearnedAsHeader()
    {
        var lines = File(i => $"{Stamp(i)} info svcd[{2000 + i % 3}] [Origin@6876 sub=Task{i % 4}{(i % 2 == 0 ? $" opID=op-{Hex(i)[..4]}" : string.Empty)}] Task {i} created");
        var opened = File(i => $"{Stamp(i)} info svcd[{2000 + i % 3}] [{Hex(i)[..5]} {i}] Task {i} created");

        Assert.Equal("Task 6 created", Message(lines, 6));
        Assert.Equal("Task 7 created", Message(lines, 7));
        Assert.Equal($"[{Hex(7)[..5]} 7] Task 7 created", Message(opened, 7));
    }

    [Fact]
    public void Detect_KeyValueBracketGluedToTheHeaderWithAColon_LearnedAsHeader()
    {
        var lines = File(i => $"{Stamp(i)} [ERROR] [/src/file{i % 3}.go:{50 + i % 2}]{(i % 3 == 0 ? string.Empty : $"[requestID=\"{Hex(i)}\"]")}: request {i} failed");
        var values = File(i => $"{Stamp(i)} [ERROR] [/src/file{i % 3}.go:{50 + i % 2}]{(i % 3 == 0 ? string.Empty : $"[{Hex(i)}]")}: request {i} failed");

        Assert.Equal("request 4 failed", Message(lines, 4));
        Assert.Equal("request 3 failed", Message(lines, 3));
        Assert.Equal($"[{Hex(4)}]: request 4 failed", Message(values, 4));
    }

    [Fact]
    public void Detect_LevelWordsOutsideTheLevelTable_LearnedAsTheLevel()
    {
        string[] levels = ["LOG", "LOG", "DEBG", "WARNING", "LOG"];
        var lines = File(i => $"{Stamp(i)} UTC [{1187 + i % 2}] {levels[i % 5]} C-0x{Hex(i)}: pool {i} ready");
        string[] methods = ["GET", "POST", "PUT", "HEAD", "GET"];
        var requests = File(i => $"{Stamp(i)} UTC [{1187 + i % 2}] {methods[i % 5]} /api/v{i % 3}/items {200 + i % 2}");

        Assert.Equal($"C-0x{Hex(7)}: pool 7 ready", Message(lines, 7));
        Assert.Equal($"C-0x{Hex(2)}: pool 2 ready", Message(lines, 2));
        Assert.Equal("HEAD /api/v0/items 201", Message(requests, 3)[^22..]);
    }

    [Fact]
    public void Detect_LogfmtWithContextPairsBeforeTheMessageOnSomeLines_KeepsTheMessageKey()
    {
        var lines = File(i => $"level=info ts=2024-03-15T10:{i % 60:00}:05Z caller=store.go:{100 + i % 4} {(i % 3 == 0 ? "store=tsdb-a " : string.Empty)}msg=\"flushed {i} chunks\"");
        var fixedPlace = File(i => $"level=info ts=2024-03-15T10:{i % 60:00}:05Z caller=store.go:{100 + i % 4} msg=\"flushed {i} chunks\" took={i}ms");

        Assert.Equal("msg=\"flushed 4 chunks\"", Message(lines, 4));
        Assert.Equal("store=tsdb-a msg=\"flushed 3 chunks\"", Message(lines, 3));
        Assert.Equal("\"flushed 4 chunks\" took=4ms", Message(fixedPlace, 4));
    }

    [Fact]
    public void Detect_CtimeStampWithTheYearAfterTheClock_IsNotSyslog()
    {
        string[] days = ["Sun", "Mon", "Tue", "Wed", "Thu"];
        var lines = File(i => $"{days[i % 5]} Mar {10 + i % 5} 10:{i % 60:00}:05 2024 10.0.{i % 3}.{i}:1194 peer {i} connected");
        var syslog = LogLayouts.Find("syslog-3164")!;

        Assert.False(syslog.TryParse(lines[4], new LogFields(), Time));
        Assert.True(syslog.TryParse("Mar 10 10:00:05 2024host app: peer connected", new LogFields(), Time));
        Assert.Equal("10.0.1.4:1194 peer 4 connected", Message(lines, 4));
    }

    [Fact]
    public void Detect_DeviceStampWithAMarkOrAZoneAfterASyslogHeader_LearnedAsHeader()
    {
        var lines = File(i => $"Oct 12 06:00:{i % 60:00} sw{i % 2} {780000 + i * 13}: {(i % 2 == 0 ? "*" : string.Empty)}Oct 12 06:00:{i % 60:00}.{100 + i}{(i % 2 == 0 ? string.Empty : " UTC")}: %LINK-3-UPDOWN: Interface Gi0/{i}, changed state to down");
        var levels = File(i => $"Oct 12 06:00:{i % 60:00} sw{i % 2} {780000 + i * 13}: Oct 12 06:00:{i % 60:00}.{100 + i} ERROR port {i} flapping");

        Assert.Equal("%LINK-3-UPDOWN: Interface Gi0/4, changed state to down", Message(lines, 4));
        Assert.Equal("%LINK-3-UPDOWN: Interface Gi0/5, changed state to down", Message(lines, 5));
        Assert.EndsWith("port 5 flapping", Message(levels, 5), StringComparison.Ordinal);
        Assert.DoesNotContain("06:00", Message(levels, 5), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParsePrefix_ZoneLetterStartingTheNextWord_IsNotTheZone()
    {
        Assert.Equal(19, Time.TryParsePrefix("2024-03-15 11:17:02 ZHeJi7-fBebA7-3L Completed", out _));
        Assert.Equal(19, Time.TryParsePrefix("2024-03-15 11:17:02 UTCx starts", out _));
        Assert.Equal(21, Time.TryParsePrefix("2024-03-15 11:17:02 Z done", out _));
        Assert.Equal(23, Time.TryParsePrefix("2024-03-15 11:17:02 UTC done", out _));
    }
}
