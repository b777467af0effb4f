using System.Text;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Core.Tests.Logs;

public sealed class LogEventReaderTests
{
    internal static List<LogEvent> Events(string text, LogEventReaderOptions? options = null)
    {
        using var reader = new LogEventReader(LogInput.Open(new MemoryStream(Encoding.UTF8.GetBytes(text))), options ?? new LogEventReaderOptions { ReferenceDate = new DateOnly(2024, 3, 15) });
        var events = new List<LogEvent>();
        while (reader.TryRead(out var e))
        {
            events.Add(e);
        }

        return events;
    }

    [Fact]
    public void TryRead_JavaStackTrace_StaysWithItsEvent()
    {
        var events = Events("""
            2024-03-15 10:00:00,000 INFO [main] com.acme.App: starting
            2024-03-15 10:00:01,000 ERROR [main] com.acme.Db: query failed
            java.sql.SQLException: Connection refused
            	at com.acme.Db.query(Db.java:42)
            	at com.acme.App.main(App.java:7)
            Caused by: java.net.ConnectException: refused
            	... 2 more
            2024-03-15 10:00:02,000 INFO [main] com.acme.App: retrying
            """);

        Assert.Equal(3, events.Count);
        Assert.Equal(6, events[1].LineCount);
        Assert.Equal("query failed", events[1].Message);
        Assert.Contains("at com.acme.Db.query(Db.java:42)", events[1].Detail, StringComparison.Ordinal);
        Assert.Equal(8, events[2].LineNumber);
    }

    [Fact]
    public void TryRead_PythonTraceback_StaysWithItsEvent()
    {
        var events = Events("""
            2024-03-15 10:00:00,000 - worker - ERROR - job crashed
            Traceback (most recent call last):
              File "/app/worker.py", line 10, in run
                process(item)
              File "/app/worker.py", line 20, in process
                raise ValueError("bad item")
            ValueError: bad item
            2024-03-15 10:00:05,000 - worker - INFO - next job
            """);

        Assert.Equal(2, events.Count);
        Assert.Equal(7, events[0].LineCount);
        Assert.EndsWith("ValueError: bad item", events[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_GoPanic_StaysWithItsEvent()
    {
        var events = Events("""
            2024/03/15 10:00:00 serving requests
            2024/03/15 10:00:01 handler crashed
            panic: runtime error: invalid memory address or nil pointer dereference
            goroutine 1 [running]:
            main.handler(0x0)
            	/app/main.go:12 +0x1d
            main.main()
            	/app/main.go:20 +0x25
            2024/03/15 10:00:02 restarted
            """);

        Assert.Equal(3, events.Count);
        Assert.Equal(7, events[1].LineCount);
    }

    [Fact]
    public void TryRead_DotnetConsole_MessageOnTheIndentedLine()
    {
        var events = Events("""
            info: Microsoft.Hosting.Lifetime[14]
                  Now listening on: http://localhost:5000
            fail: Microsoft.AspNetCore.Server.Kestrel[13]
                  Connection id "0HN1" application threw an unhandled exception.
                  System.InvalidOperationException: boom
                     at App.Handler.Invoke() in /src/Handler.cs:line 12
            """);

        Assert.Equal(2, events.Count);
        Assert.Equal(LogSeverity.Error, events[1].Severity);
        Assert.Equal("Connection id \"0HN1\" application threw an unhandled exception.", events[1].Headline);
    }

    [Fact]
    public void TryRead_MixedFormats_EachLineReadByItsLayout()
    {
        var events = Events("""
            2024-03-15 10:00:00,000 INFO [main] app: one
            2024-03-15 10:00:01,000 WARN [main] app: two
            {"time":"2024-03-15T10:00:02Z","level":"error","msg":"three"}
            <11>Mar 15 10:00:03 web1 nginx[42]: four
            2024-03-15 10:00:04,000 INFO [main] app: five
            """);

        Assert.Equal(["text", "text", "json", "syslog-3164", "text"], events.Select(e => e.Layout));
        Assert.Equal(["one", "two", "three", "four", "five"], events.Select(e => e.Message));
        Assert.Equal(LogSeverity.Error, events[2].Severity);
    }

    [Fact]
    public void TryRead_CriPartialLines_Joined()
    {
        var events = Events("""
            2024-03-15T10:00:00.000000000Z stdout P part one,
            2024-03-15T10:00:00.000000001Z stdout F  part two
            2024-03-15T10:00:01.000000000Z stdout F next
            """);

        Assert.Equal(2, events.Count);
        Assert.Equal("part one, part two", events[0].Message);
    }

    [Fact]
    public void TryRead_Ids_FromJsonFieldsAndFromText()
    {
        var events = Events("""
            {"time":"2024-03-15T10:00:00Z","msg":"charge","trace_id":"4bf92f3577b34da6","span_id":"00f067aa0ba902b7"}
            2024-03-15 10:00:01,000 ERROR [main] app.Api: upstream failed request_id=req-7f3a9c trace_id=abcdef123456
            """);

        Assert.Equal(("4bf92f3577b34da6", "00f067aa0ba902b7"), (events[0].TraceId, events[0].SpanId));
        Assert.Equal("req-7f3a9c", events[1].RequestId);
    }

    [Fact]
    public void TryRead_LineMode_EveryNonBlankLineIsAnEvent()
    {
        var events = Events("a\n\tb\n\nc\n", new LogEventReaderOptions { JoinContinuationLines = false });

        Assert.Equal([1L, 2L, 4L], events.Select(e => e.LineNumber));
    }
}
