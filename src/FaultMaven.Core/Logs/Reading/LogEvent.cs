using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Logs.Reading;

/// <summary>One log event: a line with its continuation lines (stack frames, wrapped text), fields read by its layout.</summary>
/// <param name="LineNumber">The 1-based line the event starts on.</param>
/// <param name="LineCount">How many lines it spans.</param>
/// <param name="Timestamp">When it happened (UTC), when the line says.</param>
/// <param name="Severity">The normalised level.</param>
/// <param name="Source">Logger, component or program.</param>
/// <param name="Message">The message of the first line.</param>
/// <param name="Detail">The continuation lines (bounded), or null.</param>
/// <param name="TraceId">A trace id carried by the event.</param>
/// <param name="SpanId">A span id carried by the event.</param>
/// <param name="RequestId">A request or correlation id carried by the event.</param>
/// <param name="HttpStatus">The HTTP status of an access-log event.</param>
/// <param name="Layout">The name of the layout that read it.</param>
public sealed record LogEvent(
    long LineNumber,
    int LineCount,
    DateTimeOffset? Timestamp,
    LogSeverity Severity,
    string? Source,
    string Message,
    string? Detail,
    string? TraceId,
    string? SpanId,
    string? RequestId,
    int? HttpStatus,
    string Layout)
{
    /// <summary>Numeric fields of a structured line outside its message (JSON, logfmt), or null.</summary>
    public IReadOnlyList<KeyValuePair<string, double>>? Numbers { get; init; }

    /// <summary>The text templates are mined from: the message, or the first detail line when the message is empty.</summary>
    public string Headline => Message.Length > 0 || Detail is null ? FirstLine(Message) : FirstLine(Detail.TrimStart());

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? text : text[..newline];
    }
}
