namespace FaultMaven.Core.Logs.Formats;

/// <summary>The fields a layout reads from one line; reused from line to line.</summary>
public sealed class LogFields
{
    /// <summary>When the event happened, in UTC.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The normalised level.</summary>
    public LogSeverity Severity { get; set; }

    /// <summary>The logger, component, program or category.</summary>
    public string? Source { get; set; }

    /// <summary>The message part (what templates are mined from).</summary>
    public string Message { get; set; } = "";

    /// <summary>A distributed-trace id, when the line carries one.</summary>
    public string? TraceId { get; set; }

    /// <summary>A span id, when the line carries one.</summary>
    public string? SpanId { get; set; }

    /// <summary>A request or correlation id, when the line carries one.</summary>
    public string? RequestId { get; set; }

    /// <summary>The HTTP status of an access-log line.</summary>
    public int? HttpStatus { get; set; }

    /// <summary>True when the line is the partial piece of a longer line (CRI <c>P</c>, Docker without a newline).</summary>
    public bool Partial { get; set; }

    /// <summary>Clears every field.</summary>
    public void Reset()
    {
        Timestamp = null;
        Severity = LogSeverity.Unknown;
        Source = null;
        Message = "";
        TraceId = null;
        SpanId = null;
        RequestId = null;
        HttpStatus = null;
        Partial = false;
    }
}
