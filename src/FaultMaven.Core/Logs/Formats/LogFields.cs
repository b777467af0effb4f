using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>The fields a layout reads from one line; reused from line to line.</summary>
public sealed class LogFields
{
    /// <summary>When the event happened, in UTC.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The normalised level.</summary>
    public LogSeverity Severity { get; set; }

    // Layouts give the source and the message as slices of the line; a string is made only when someone asks for one, so
    // a caller that reads the slices (fm logs parse) allocates nothing per line.
    private string? _source;
    private ReadOnlyMemory<char>? _sourceText;
    private string? _message = "";
    private ReadOnlyMemory<char> _messageText;

    /// <summary>The logger, component, program or category.</summary>
    public string? Source
    {
        get => _source ??= _sourceText?.ToString();
        set
        {
            _source = value;
            _sourceText = null;
        }
    }

    /// <summary>The source as characters of the line it was read from; valid while that line is.</summary>
    public ReadOnlyMemory<char>? SourceText
    {
        get => _source is not null ? _source.AsMemory() : _sourceText;
        set
        {
            _source = null;
            _sourceText = value;
        }
    }

    /// <summary>The message part (what templates are mined from).</summary>
    public string Message
    {
        get => _message ??= _messageText.ToString();
        set
        {
            _message = value;
            _messageText = value.AsMemory();
        }
    }

    /// <summary>The message as characters of the line it was read from; valid while that line is.</summary>
    public ReadOnlyMemory<char> MessageText
    {
        get => _messageText;
        set
        {
            _message = null;
            _messageText = value;
        }
    }

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
