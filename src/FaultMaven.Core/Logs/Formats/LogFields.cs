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

    /// <summary>Numeric fields of a structured line (JSON, logfmt) outside the message: <c>latency_ms</c>, <c>goroutines</c>; at
    /// most <see cref="MaxNumbers"/>.</summary>
    public List<KeyValuePair<string, double>> Numbers { get; } = [];

    /// <summary>How many numeric fields a line keeps.</summary>
    public const int MaxNumbers = 8;

    /// <summary>Keeps a numeric field, up to <see cref="MaxNumbers"/>; names that are times, ids or levels are not quantities.</summary>
    public void AddNumber(string key, double value)
    {
        if (Numbers.Count < MaxNumbers && key.Length <= 64 && double.IsFinite(value) && !NotAQuantity(key))
        {
            Numbers.Add(new(key, value));
        }
    }

    internal static bool NotAQuantity(string key)
    {
        var k = key.ToLowerInvariant();
        return k is "time" or "ts" or "timestamp" or "t" or "level" or "lvl" or "severity" or "pid" or "tid" or "line" or "port" or "status" or "code" or "status_code" or "version"
            || k.EndsWith("id", StringComparison.Ordinal) || k.EndsWith("_at", StringComparison.Ordinal) || k.EndsWith("timestamp", StringComparison.Ordinal) || k.EndsWith("epoch", StringComparison.Ordinal);
    }

    /// <summary>Clears every field.</summary>
    public void Reset()
    {
        Numbers.Clear();
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
