using OpenTelemetry;
using OpenTelemetry.Logs;

namespace FaultMaven.Server.Telemetry;

/// <summary>Keeps user payloads out of the logs exported over OTLP, as <see cref="RedactingConsoleFormatter"/> does for the console:
/// the message, every attribute value and the exception text are redacted before the exporter (added after this) reads them.</summary>
internal sealed class RedactingLogProcessor : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        if (data.FormattedMessage is { Length: > 0 } message)
        {
            data.FormattedMessage = RedactingConsoleFormatter.Redact(message);
        }

        if (data.Attributes is { Count: > 0 } attributes)
        {
            data.Attributes = [.. attributes.Select(a => a.Key == "{OriginalFormat}" ? a : new KeyValuePair<string, object?>(a.Key, RedactingConsoleFormatter.RedactValue(a.Value)))];
        }

        if (data.Exception is { } exception and not RedactingConsoleFormatter.RedactedException)
        {
            data.Exception = new RedactingConsoleFormatter.RedactedException(exception);
        }
    }
}
