using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// JSON lines from structured loggers (Serilog compact, Bunyan/Pino, zap, logrus, ECS, GCP) and Docker's JSON
/// container logs: the common names for time, level, message, logger and trace/span/request ids.
/// </summary>
internal sealed class JsonLayout : LogLayout
{
    private static readonly string[] TimeNames = ["@t", "@timestamp", "timestamp", "time", "ts", "datetime", "date", "eventTime", "t"];
    private static readonly string[] LevelNames = ["@l", "level", "lvl", "severity", "log.level", "loglevel", "levelname", "level_name", "log_level"];
    private static readonly string[] MessageNames = ["@m", "message", "msg", "log", "text", "@mt", "event", "textPayload"];
    private static readonly string[] SourceNames = ["logger", "logger_name", "log.logger", "name", "category", "SourceContext", "component", "module", "caller", "service", "stream"];
    private static readonly string[] TraceNames = ["trace_id", "traceId", "trace.id", "traceid", "@tr", "dd.trace_id", "logging.googleapis.com/trace"];
    private static readonly string[] SpanNames = ["span_id", "spanId", "span.id", "spanid", "@sp", "dd.span_id"];
    private static readonly string[] RequestNames = ["request_id", "requestId", "req_id", "reqId", "x_request_id", "correlation_id", "correlationId", "CorrelationId", "RequestId"];
    private static readonly string[] ErrorNames = ["@x", "exception", "error", "err", "stack", "stack_trace", "stacktrace"];

    public override string Name => "json";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> lineText, LogFields fields, TimestampParser time)
    {
        var text = lineText.Span.Trim();
        return text.Length >= 2 && text[0] == '{' && text[^1] == '}' && TryParseObject(AsString(lineText), fields, time);
    }

    // Apart from the check above, so that logs of other layouts never compile this part (detection tries every layout).
    private static bool TryParseObject(string line, LogFields fields, TimestampParser time)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (Find(root, TimeNames) is { } stamp)
            {
                fields.Timestamp = stamp.ValueKind == JsonValueKind.Number
                    ? TimestampParser.TryParseEpoch(stamp.GetRawText(), out var epoch) ? epoch : null
                    : stamp.ValueKind == JsonValueKind.String && time.TryParse(stamp.GetString(), out var parsed) ? parsed : null;
            }

            if (Find(root, LevelNames) is { } level)
            {
                fields.Severity = level.ValueKind == JsonValueKind.Number && level.TryGetInt64(out var number)
                    ? Severities.FromNumber(number)
                    : level.ValueKind == JsonValueKind.String && Severities.TryParse(level.GetString(), out var named) ? named : LogSeverity.Unknown;
            }

            var message = Find(root, MessageNames) is { } m ? AsText(m).TrimEnd('\n', '\r') : "";
            fields.Source = Find(root, SourceNames) is { } source ? AsText(source) : null;
            fields.TraceId = Find(root, TraceNames) is { } trace ? AsText(trace) : null;
            fields.SpanId = Find(root, SpanNames) is { } span ? AsText(span) : null;
            fields.RequestId = Find(root, RequestNames) is { } request ? AsText(request) : null;
            if (Find(root, ErrorNames) is { } error && AsText(error) is { Length: > 0 } errorText)
            {
                message = message.Length == 0 ? errorText : $"{message}\n{errorText}";
                if (fields.Severity == LogSeverity.Unknown)
                {
                    fields.Severity = LogSeverity.Error;
                }
            }

            // Docker's {"log": "...\n"}: a line without its newline is continued by the next record.
            fields.Partial = root.TryGetProperty("log", out var log) && log.ValueKind == JsonValueKind.String && !log.GetString()!.EndsWith('\n') && root.TryGetProperty("stream", out _);

            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDouble(out var number))
                {
                    fields.AddNumber(property.Name, number);
                }
                else if (property.Value.ValueKind == JsonValueKind.Object && !LogFields.NotAQuantity(property.Name))
                {
                    // One level down ("metrics": {"heap_mb": …}), named by their path.
                    foreach (var nested in property.Value.EnumerateObject().Where(n => n.Value.ValueKind == JsonValueKind.Number).Take(LogFields.MaxNumbers))
                    {
                        if (nested.Value.TryGetDouble(out var inner))
                        {
                            fields.AddNumber($"{property.Name}.{nested.Name}", inner);
                        }
                    }
                }
            }

            // Levels and ids written inside the message fill what the fields left open.
            TextLayout.ReadMessage(message, fields);
        }

        return true;
    }

    private static JsonElement? Find(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                return value;
            }

            // ECS nests "log.level" as {"log": {"level": …}}.
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && root.TryGetProperty(name[..dot], out var parent) && parent.ValueKind == JsonValueKind.Object
                && parent.TryGetProperty(name[(dot + 1)..], out var nested) && nested.ValueKind is not JsonValueKind.Null)
            {
                return nested;
            }
        }

        return null;
    }

    private static string AsText(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
