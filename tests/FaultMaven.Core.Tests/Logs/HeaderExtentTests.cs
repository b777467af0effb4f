using System.Globalization;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18 (detection): the header's extent is learned from the file, the longest run of fields whose place and shape are
// stable across the sample, the message starting at the first field whose wording varies. Every file is constructed here
// (40 lines, values varied by a fixed rule), in layouts of our own; each kind has a header it must learn and a message
// start it must leave in the message.
public sealed class HeaderExtentTests
{
    private static readonly TimestampParser Time = new(new DateOnly(2024, 3, 15));

    private static readonly string[] Verbs = ["opened", "closed", "renewed", "dropped", "queued"];

    private static List<string> File(Func<int, string> line) => [.. Enumerable.Range(0, 40).Select(line)];

    private static string Message(List<string> lines, int index)
    {
        var (layout, _) = LayoutDetector.Detect(lines, Time);
        var fields = new LogFields();
        Assert.True(layout.TryParse(lines[index], fields, Time));
        return fields.Message;
    }

    private static string Ctime(int i) => $"Fri Mar  1 10:{i % 60:00}:{(i * 7) % 60:00} 2024";

    private static string Iso(int i) => $"2024-03-15 10:{i % 60:00}:{(i * 7) % 60:00}.{(i * 37) % 1000:000}";

    [Fact]
    public void Detect_SeparatorAndTagAfterACtimeStamp_TakenOff_ParenthesisedCountLeft()
    {
        string[] tags = ["Notice:", "Notice:", "Warn:", "Audit:"];
        var lines = File(i => $"{Ctime(i)} : {tags[i % 4]} ({5000 + i * 31}) session {Verbs[i % 5]} for user{i % 7}");

        Assert.Equal("(5031) session closed for user1", Message(lines, 1));
    }

    [Fact]
    public void Detect_WordAndNumberBracket_TakenOff_AndALevelWordInTheMessageDoesNotMoveTheStart()
    {
        // The user bracket is missing on a fifth of the lines, so it belongs to the message; "FAIL" opens some messages
        // and is no level of the header.
        var lines = File(i => i % 5 == 0
            ? $"{Ctime(i)} [pid {7000 + i * 13}] HELLO: peer \"10.0.0.{i}\""
            : $"{Ctime(i)} [pid {7000 + i * 13}] [op{i % 6}] {(i % 2 == 0 ? "OK" : "FAIL")} UPLOAD: peer \"10.0.0.{i}\", \"/in/f{i}.bin\"");

        Assert.Equal("[op1] FAIL UPLOAD: peer \"10.0.0.1\", \"/in/f1.bin\"", Message(lines, 1));
        Assert.Equal("[op2] OK UPLOAD: peer \"10.0.0.2\", \"/in/f2.bin\"", Message(lines, 2));
        Assert.Equal("HELLO: peer \"10.0.0.5\"", Message(lines, 5));
    }

    [Fact]
    public void Detect_HostThenNameWithPidAndLevel_BothTakenOff()
    {
        string[] hosts = ["gw1.corp.test", "gw2.corp.test"];
        var lines = File(i => $"{Iso(i)} {hosts[i % 2]} ticketd[{800 + i % 3}](notice): ticket {Verbs[i % 5]} for svc{i}/node{i % 4}");

        Assert.Equal("ticket renewed for svc2/node2", Message(lines, 2));
    }

    [Fact]
    public void Detect_WordBeforeTheMessage_WithNoSteadyFieldAfterIt_StaysInTheMessage()
    {
        // A host-like word followed by the message is not a header field: nothing steadier comes after it.
        string[] hosts = ["alpha", "beta"];
        var lines = File(i => $"{Iso(i)} {hosts[i % 2]} session {Verbs[i % 5]} after {i} s");

        Assert.Equal("beta session closed after 1 s", Message(lines, 1));
    }

    [Fact]
    public void Detect_StampColonThreadLevelAndFunctionLine_TakenOff()
    {
        string[] levels = ["info", "warning", "error"];
        string[] functions = ["copyRange:88", "openDisk:412", "syncAll:19", "probe:7"];
        var lines = File(i => $"2024-03-15 10:{i % 60:00}:01.{i:000}+0000: {3300 + i % 4}: {levels[i % 3]} : {functions[i % 4]} : copy of '/d/{i}.img' {Verbs[i % 5]}");

        Assert.Equal("copy of '/d/3.img' dropped", Message(lines, 3));
    }

    [Fact]
    public void Detect_PaddedDaemonPidAndFunctionThenTabLevel_TakenOff()
    {
        string[] daemons = ["ring-agentd   ", "ring-schedulerd", "ring-fenced    "];
        string[] functions = ["(do_sync)", "(pick_node)", "(fence_peer)", "(vote)"];
        var lines = File(i => $"Mar 15 10:{i % 60:00}:0{i % 10} node{i % 3} {daemons[i % 3]} [{2200 + i % 3}] {functions[i % 4]} \tinfo: member {i} {Verbs[i % 5]} seq={i}");

        Assert.Equal("member 4 queued seq=4", Message(lines, 4));
    }

    [Fact]
    public void Detect_LetterLevelStampedBracketAndDashes_TakenOff_TaggedRequestIdLeft()
    {
        // Ruby's logger: the request id after "-- :" is new on every line, so it is the message's own tag.
        string[] levels = ["I, ", "W, ", "E, "];
        string[] words = [" INFO", " WARN", "ERROR"];
        var lines = File(i => $"{levels[i % 3]}[2024-03-15T10:{i % 60:00}:0{i % 10}.{i:000000} #{40 + i % 3}] {words[i % 3]} -- : [{Guid(i)}] Completed {200 + i % 3} in {i} ms");

        Assert.Equal($"[{Guid(1)}] Completed 201 in 1 ms", Message(lines, 1));
    }

    [Fact]
    public void Detect_PaddedBracketedFields_TakenOff()
    {
        string[] loggers = ["[app.sched   :88 ]", "[app.worker  :412]", "[app.net     :19 ]"];
        string[] levels = ["[INFO    ]", "[WARNING ]", "[ERROR   ]"];
        var lines = File(i => $"{Iso(i)} {loggers[i % 3]}{levels[i % 3]}[{4400 + i % 2}] job {i} {Verbs[i % 5]}");

        Assert.Equal("job 5 opened", Message(lines, 5));
    }

    [Fact]
    public void Detect_TabSeparatedLoggerColumn_TakenOff_MessageColumnAndItsFieldsLeft()
    {
        string[] loggers = ["cache.sweeper", "http.log", "tls.renew"];
        var lines = File(i => $"2024/03/15 10:{i % 60:00}:01.{i:000}\tINFO\t{loggers[i % 3]}\tentry {Verbs[i % 5]}\t{{\"n\": {i}}}");

        Assert.Equal("entry renewed\t{\"n\": 2}", Message(lines, 2));
    }

    [Fact]
    public void Detect_TabColumnOfWordsBeforeAnEventId_TakenOff()
    {
        string[] sources = ["Disk Monitor Service", "Print Spooler", "Net Logon"];
        var lines = File(i => $"Warning\t03/15/2024 10:{i % 60:00}:01 AM\t{sources[i % 3]}\t{4100 + i % 4}\tNone\tvolume {i} was {Verbs[i % 5]} by the system.");

        Assert.Equal("volume 3 was dropped by the system.", Message(lines, 3));
    }

    [Fact]
    public void Detect_DottedDateThreadEmptyOrIdBracesAngleLevelAndComponent_TakenOff()
    {
        string[] levels = ["<Debug>", "<Trace>", "<Error>"];
        string[] components = ["Pool:", "Pool:", "MergeTask::Prepare:", "Handler:"];
        var lines = File(i => $"2024.03.15 10:{i % 60:00}:01.{i:000000} [ {300 + i % 4} ] {{{(i % 3 == 0 ? Guid(i) : "")}}} {levels[i % 3]} {components[i % 4]} part {i} {Verbs[i % 5]}");

        Assert.Equal("part 3 dropped", Message(lines, 3));
        Assert.Equal("part 4 queued", Message(lines, 4));
    }

    [Fact]
    public void Detect_AddressBeforeADashAfterTheLevel_StaysInTheMessage()
    {
        // "10.0.0.7:4222 - " is a value the message starts with on some lines, not a logger.
        var lines = File(i => i % 4 == 0
            ? $"[{12 + i % 2}] 2024/03/15 10:{i % 60:00}:01.{i:000000} [INF] 10.0.0.{i}:4222 - cid:{i} - client {Verbs[i % 5]}"
            : $"[{12 + i % 2}] 2024/03/15 10:{i % 60:00}:01.{i:000000} [WRN] stream {i} has no quorum");

        Assert.Equal("10.0.0.4:4222 - cid:4 - client queued", Message(lines, 4));
        Assert.Equal("stream 1 has no quorum", Message(lines, 1));
    }

    [Fact]
    public void Detect_PipeSeparatedLoggerAndThreadAfterTheMessage_CutOff()
    {
        string[] loggers = ["org.example.Broker", "org.example.Store", "org.example.Net"];
        var lines = File(i => $"{Iso(i)} | {(i % 3 == 0 ? "WARN " : "INFO ")} | queue q{i} {Verbs[i % 5]} | {loggers[i % 3]} | worker-{i % 4} pool {i % 2}");

        Assert.Equal("queue q1 closed", Message(lines, 1));
    }

    [Fact]
    public void Detect_PipeInsideSomeMessages_Kept()
    {
        // A part the format string writes after every message is on every line; one on a third of them is the message's.
        var lines = File(i => i % 3 == 0 ? $"{Iso(i)} INFO state {i} {Verbs[i % 5]} | seq={i * 3} cause=timeout" : $"{Iso(i)} INFO member {i} {Verbs[i % 5]}");

        Assert.Equal("state 3 dropped | seq=9 cause=timeout", Message(lines, 3));
    }

    [Theory]
    [InlineData("time=\"2024-03-15T10:00:00Z\" level=info msg=\"disk \\\"sda\\\" slow\" dev=sda", "\"disk \\\"sda\\\" slow\" dev=sda")]
    [InlineData("logger=api user=3 org=1 t=2024-03-15T10:00:00Z level=warn msg=\"slow request\" path=/x", "\"slow request\" path=/x")]
    [InlineData("ts=2024-03-15T10:00:00Z caller=db.go:12 level=info component=db msg=\"flushed\" rows=3", "component=db msg=\"flushed\" rows=3")]
    [InlineData("t=2024-03-15T10:00:00Z level=error msg=\"query failed\" error=\"Post \"http://x/q\": EOF\"", "\"query failed\" error=\"Post \"http://x/q\": EOF\"")]
    public void Logfmt_MessageIsTheLineAfterItsHeaderPairs_AsWritten(string line, string message)
    {
        var fields = new LogFields();

        Assert.True(LogLayouts.Find("logfmt")!.TryParse(line, fields, Time));
        Assert.Equal(message, fields.Message);
    }

    [Fact]
    public void Logfmt_AnUnescapedQuoteBeforeAnyMessage_IsNotLogfmt()
    {
        Assert.False(LogLayouts.Find("logfmt")!.TryParse("user=a note=\"say \"hi\" now\" level=info", new LogFields(), Time));
    }

    private static string Guid(int i) => new System.Guid(i * 7919, (short)i, (short)(i * 3), [1, 2, 3, 4, 5, 6, 7, (byte)i]).ToString("D", CultureInfo.InvariantCulture);
}
