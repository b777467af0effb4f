using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

public sealed class LayoutTests
{
    private static readonly TimestampParser Time = new(new DateOnly(2024, 3, 15));

    public static TheoryData<string, string, string, string?, string, string?> Lines => new()
    {
        // line, layout, severity, UTC time (or null), message, source
        { """{"@t":"2024-03-15T10:00:00Z","@l":"Warning","@m":"Disk slow","SourceContext":"Storage","trace_id":"abc123def"}""", "json", "Warning", "2024-03-15T10:00:00Z", "Disk slow", "Storage" },
        { """{"level":50,"time":1710496800000,"msg":"db down","name":"api"}""", "json", "Error", "2024-03-15T10:00:00Z", "db down", "api" },
        { """{"@timestamp":"2024-03-15T10:00:00.000Z","log":{"level":"error","logger":"app"},"message":"boom"}""", "json", "Error", "2024-03-15T10:00:00Z", "boom", "app" },
        { """{"log":"ERROR connection refused\n","stream":"stderr","time":"2024-03-15T10:00:00.123456789Z"}""", "json", "Error", "2024-03-15T10:00:00.1234567Z", "ERROR connection refused", "stderr" },
        { "2024-03-15T10:00:00.123456789Z stderr F WARN cache miss storm", "cri", "Warning", "2024-03-15T10:00:00.1234567Z", "WARN cache miss storm", "stderr" },
        { "time=2024-03-15T10:00:00Z level=error msg=\"payment failed\" trace_id=t-123456", "logfmt", "Error", "2024-03-15T10:00:00Z", "\"payment failed\" trace_id=t-123456", null },
        { "<165>1 2024-03-15T10:00:00.003Z host1 evntslog 1234 ID47 [exampleSDID@32473 iut=\"3\"] Application started", "syslog-5424", "Info", "2024-03-15T10:00:00.003Z", "Application started", "evntslog" },
        { "<11>Mar 15 10:00:00 web1 nginx[42]: upstream timed out", "syslog-3164", "Error", "2024-03-15T10:00:00Z", "upstream timed out", "nginx" },
        { "Dec 10 06:55:46 LabSZ sshd[24200]: Invalid user webmaster from 173.234.31.186", "syslog-3164", "Unknown", "2023-12-10T06:55:46Z", "Invalid user webmaster from 173.234.31.186", "sshd" },
        { "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 503 2326", "access-log", "Error", "2000-10-10T20:55:36Z", "GET /apache_pb.gif HTTP/1.0 503", "127.0.0.1" },
        { "10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] \"POST /login HTTP/1.1\" 404 12 \"https://x.example/\" \"curl/8.0\"", "access-log", "Warning", "2000-10-10T13:55:36Z", "POST /login HTTP/1.1 404", "10.0.0.1" },
        { "[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6", "apache-error", "Error", "2005-12-04T04:47:44Z", "mod_jk child workerEnv in error state 6", null },
        { "fail: Microsoft.AspNetCore.Server.Kestrel[13]", "dotnet-console", "Error", null, "", "Microsoft.AspNetCore.Server.Kestrel" },
        { "E0315 10:00:00.123456   12345 controller.go:114] sync failed", "glog", "Error", "2024-03-15T10:00:00.123456Z", "sync failed", "controller.go:114" },
        { "2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster", "text", "Info", "2015-10-18T18:01:47.978Z", "Created MRAppMaster", "org.apache.hadoop.mapreduce.v2.app.MRAppMaster" },
        { "12:00:01.250 [http-nio-8080-exec-1] ERROR c.e.OrderService - Order 42 failed", "text", "Error", "2024-03-15T12:00:01.25Z", "Order 42 failed", "c.e.OrderService" },
        { "2024-03-15 10:00:00,123 - payments.worker - WARNING - retrying", "text", "Warning", "2024-03-15T10:00:00.123Z", "retrying", "payments.worker" },
        { "[10:00:00 ERR] Unhandled exception", "text", "Error", "2024-03-15T10:00:00Z", "Unhandled exception", null },
        { "2024/03/15 10:00:00 listening on :8080", "text", "Unknown", "2024-03-15T10:00:00Z", "listening on :8080", null },
        { "17/06/09 20:10:40 INFO executor.CoarseGrainedExecutorBackend: Registered signal handlers", "text", "Info", "2017-06-09T20:10:40Z", "Registered signal handlers", "executor.CoarseGrainedExecutorBackend" },
        { "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating", "text", "Info", "2008-11-09T20:36:15Z", "PacketResponder 1 terminating", "dfs.DataNode$PacketResponder" },
        { "2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@774] - Notification time out: 3200", "text", "Info", "2015-07-29T17:41:44.747Z", "Notification time out: 3200", null },
        { "2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505", "text", "Info", "2016-09-28T04:30:30Z", "Loaded Servicing Stack v6.1.7601.23505", "CBS" },
        { "2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-38101a0b 113d3a99 54fadb41 - - -] 10.11.10.1 \"GET /v2/servers HTTP/1.1\" status: 200", "text", "Info", "2017-05-16T00:00:00.008Z", "10.11.10.1 \"GET /v2/servers HTTP/1.1\" status: 200", "nova.osapi_compute.wsgi.server" },
        { "03-15 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogsopening app", "logcat", "Debug", "2024-03-15T16:13:38.811Z", "printFreezingDisplayLogsopening app", "WindowManager" },
        { "03-15 16:13:39.002  1702  1850 E AndroidRuntime: FATAL EXCEPTION: main", "logcat", "Error", "2024-03-15T16:13:39.002Z", "FATAL EXCEPTION: main", "AndroidRuntime" },
        { "- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: session closed for user root", "syslog-3164", "Unknown", "2023-11-09T12:01:01Z", "session closed for user root", "crond(pam_unix)" },
        { "- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected", "bgl", "Info", "2005-06-03T22:42:50Z", "instruction cache parity error corrected", "KERNEL" },
        { "20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579", "healthapp", "Unknown", "2017-12-23T22:15:29.606Z", "onStandStepChanged 3579", "Step_LSC" },
        { "[12.01 08:15:42] backup.exe - upload of 3 files finished", "bracketed", "Unknown", "2024-03-15T08:15:42Z", "upload of 3 files finished", "backup.exe" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Detect_EachFormat_ReadsItsFields(string line, string layout, string severity, string? time, string message, string? source)
    {
        var (detected, share) = LayoutDetector.Detect([line, line], Time);
        Assert.Equal(layout, detected.Name);
        Assert.Equal(1, share);

        var fields = new LogFields();
        Assert.True(detected.TryParse(line, fields, Time));
        Assert.Equal(Enum.Parse<LogSeverity>(severity), fields.Severity);
        Assert.Equal(time is null ? null : DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture), fields.Timestamp);
        Assert.Equal(message, fields.Message);
        if (source is not null)
        {
            Assert.Equal(source, fields.Source);
        }
    }

    // Each expression-read layout first checks what its expression needs at fixed places or as a literal: lines at the edges of
    // those checks must still be read, and lines that miss them by one character must not.
    [Theory]
    [InlineData("cri", "2024-03-15T10:00:00Z stdout P first half", true)]
    [InlineData("cri", "2024-03-15 10:00:00Z stdout F a space where the T goes", false)]
    [InlineData("syslog-5424", "<1>1 - - - - - -", true)]
    [InlineData("syslog-5424", " <1>1 - - - - - -", false)]
    [InlineData("access-log", "h i u [10/Oct/2000:13:55:36 -0700] \"\" 200 -", true)]
    [InlineData("access-log", "h i u [10/Oct/2000:13:55:36 -0700]  \"GET /\" 200 -", false)]
    [InlineData("dotnet-console", "2024-03-15 10:00:00.123 crit: App.Main[0] boom", true)]
    [InlineData("dotnet-console", "Crit: App.Main[0] boom", false)]
    [InlineData("glog", "F0315 10:00:00 1 main.go:1] fatal", true)]
    [InlineData("glog", "X0315 10:00:00 1 main.go:1] fatal", false)]
    [InlineData("logcat", "03-15 16:13:38.811 1 2 A Tag: assert", true)]
    [InlineData("logcat", "03/15 16:13:38.811 1 2 A Tag: assert", false)]
    [InlineData("logfmt", "a=1 msg=hello", true)]
    [InlineData("logfmt", "_a=1 msg=hello", false)]
    [InlineData("json", " {\"msg\":\"padded\"} ", true)]
    [InlineData("json", "{\"msg\":\"unclosed\"", false)]
    public void TryParse_LinesAtTheEdgesOfTheQuickChecks_ReadAsTheExpressionSays(string layout, string line, bool read)
    {
        Assert.Equal(read, LogLayouts.Find(layout)!.TryParse(line, new LogFields(), Time));
    }

    [Fact]
    public void JsonLine_WhoseTimeAndLevelAreObjects_IsReadWithoutThem_AndKeepsItsNumbers()
    {
        var fields = new LogFields();

        Assert.True(LogLayouts.Find("json")!.TryParse("""{"time":{"sec":1},"level":{"name":"warn"},"msg":"pool stats","active_conns":17,"wait_ms":4.5,"request_id":"r1"}""", fields, Time));
        Assert.Null(fields.Timestamp);
        Assert.Equal(LogSeverity.Unknown, fields.Severity);
        Assert.Equal("pool stats", fields.Message);
        Assert.Equal(["active_conns", "wait_ms"], fields.Numbers.Select(n => n.Key));
    }

    [Fact]
    public void Detect_UnstructuredText_Plain()
    {
        var (layout, _) = LayoutDetector.Detect(["hello there", "nothing to see", "just words"], Time);

        Assert.Same(LogLayouts.Plain, layout);
    }

    [Fact]
    public void Json_TraceAndRequestIds_Read()
    {
        var fields = new LogFields();
        Assert.True(LogLayouts.Find("json")!.TryParse("""{"msg":"x","traceId":"4bf92f3577b34da6","request_id":"req-0001"}""", fields, Time));

        Assert.Equal("4bf92f3577b34da6", fields.TraceId);
        Assert.Equal("req-0001", fields.RequestId);
    }

    [Fact]
    public void HeaderFormat_BenchmarkSyntax_SplitsFields()
    {
        var format = HeaderFormat.Parse("<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>").Value!;
        var fields = new LogFields();

        Assert.True(LogLayouts.FromFormat(format).TryParse("2015-10-18 18:01:47,978 INFO [main] org.x.Y: Created thing", fields, Time));
        Assert.Equal("Created thing", fields.Message);
        Assert.Equal(LogSeverity.Info, fields.Severity);
        Assert.Equal(new DateTimeOffset(2015, 10, 18, 18, 1, 47, 978, TimeSpan.Zero), fields.Timestamp);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("<Date> <Time>", "no <Content>")]
    [InlineData("<Date> <Date> <Content>", "twice")]
    [InlineData("<Da te> <Content>", "valid name")]
    [InlineData("<Date> ( <Content>", "not a valid pattern")]
    public void HeaderFormat_Invalid_SaysWhy(string pattern, string expected)
    {
        var parsed = HeaderFormat.Parse(pattern);

        Assert.False(parsed.Succeeded);
        Assert.Contains(expected, parsed.Failure.Detail, StringComparison.Ordinal);
    }
}
