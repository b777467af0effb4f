using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18 (twenty-third session): a header closed by a source's name and a colon ("sshd[812]: ", "kernel: ") ends there;
// a second name with a colon after it is the program's own (an event code, a subsystem, a device), kept in the message.
// Each file is constructed here (40 lines, values varied by a fixed rule), with near-misses whose name-colon is the header's.
public sealed class HeaderLearnerNamedColonTests
{
    private static readonly TimestampParser Time = new(new DateOnly(2024, 3, 15));

    private static List<string> File(Func<int, string> line) => [.. Enumerable.Range(0, 40).Select(line)];

    private static string Syslog(int i) => $"Mar 15 10:{i % 60:00}:{(i * 7) % 60:00} host{i % 3}";

    private static string Stamp(int i) => $"2024-03-15 10:{i % 60:00}:{(i * 7) % 60:00},{(i * 37) % 1000:000}";

    private static string Message(List<string> lines, int index)
    {
        var (layout, _) = LayoutDetector.Detect(lines, Time);
        var fields = new LogFields();
        Assert.True(layout.TryParse(lines[index], fields, Time));
        return fields.Message;
    }

    [Fact]
    public void Detect_EventCodeAfterTheProgramTag_StaysInTheMessage()
    {
        string[] codes = ["LOGIN_FAILED: Login failed for user u{0} from host 10.0.0.{0}", "LINK_UP: ifIndex {0}, admin up, oper up",
            "NBR_UP: neighbor 10.1.{0}.1 state changed to Full", "COMMIT: commit complete by user u{0}"];
        var lines = File(i => $"{Syslog(i)} {(i % 2 == 0 ? "sshd" : "rpd")}[{700 + i}]: " + string.Format(null, codes[i % 4], i));

        Assert.Equal("LOGIN_FAILED: Login failed for user u4 from host 10.0.0.4", Message(lines, 4));
        Assert.Equal("LINK_UP: ifIndex 5, admin up, oper up", Message(lines, 5));
    }

    [Fact]
    public void Detect_SubsystemAfterTheKernelTag_StaysInTheMessage()
    {
        var lines = File(i => $"{Syslog(i)} kernel: {(i % 3 == 0 ? "FsError" : "Fs")}: {i}:0:(lock.c:{200 + i % 5}) timer expired after {i}s");

        Assert.Equal("FsError: 3:0:(lock.c:203) timer expired after 3s", Message(lines, 3));
        Assert.Equal("Fs: 4:0:(lock.c:204) timer expired after 4s", Message(lines, 4));
    }

    [Fact]
    public void Detect_OneWordWithAColonAfterTheProgramTag_StaysInTheMessage()
    {
        var lines = File(i => $"{Syslog(i)} diskd[912]: Device: /dev/sd{(char)('a' + i % 4)}, {i} offline sectors");
        var daemon = File(i => $"{Syslog(i)} mailfilter[{3000 + i}]: mailfilter: connection from localhost port {4000 + i}");

        Assert.Equal("Device: /dev/sdc, 6 offline sectors", Message(lines, 6));
        Assert.Equal("mailfilter: connection from localhost port 4006", Message(daemon, 6));
    }

    [Fact]
    public void Detect_LoggerOfAProgramsOwnHeaderAfterTheProgramTag_StillTheHeaders()
    {
        string[] loggers = ["com.example.Foo", "com.example.Bar"];
        var lines = File(i => $"{Syslog(i)} app[{100 + i}]: {Stamp(i)} INFO {loggers[i % 2]}: job {i} done");

        Assert.Equal("job 4 done", Message(lines, 4));
    }

    [Fact]
    public void Detect_LoggerWithAColonAfterLevelAndThread_StillTheHeaders()
    {
        string[] loggers = ["org.example.Allocator", "org.example.Scheduler", "org.example.Allocator", "org.example.Store"];
        var lines = File(i => $"{Stamp(i)} INFO [main] {loggers[i % 4]}: job {i} done in {i * 3} ms");

        Assert.Equal("job 5 done in 15 ms", Message(lines, 5));
    }

    [Fact]
    public void Detect_LevelWithAColonAfterASeparator_StillTheHeaders()
    {
        var lines = File(i => $"Mon Mar 15 10:{i % 60:00}:{(i * 7) % 60:00} 2024 : {(i % 4 == 0 ? "Error" : "Info")}: request {i} from 10.0.0.{i}");

        Assert.Equal("request 5 from 10.0.0.5", Message(lines, 5));
    }

    [Fact]
    public void Detect_ServerNameAfterAProgramTagWithoutAColon_StillTheHeaders()
    {
        var lines = File(i => $"{Stamp(i)} ftp01 ftpd[{6000 + i}] ftp01.example.com (10.0.0.{i}[10.0.0.{i}]): session {i} opened");

        Assert.Equal("session 7 opened", Message(lines, 7));
    }
}
