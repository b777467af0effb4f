namespace FaultMaven.Core.Logs.Formats;

/// <summary>logfmt (Heroku, Go's slog text handler, Grafana stack): <c>time=… level=warn msg="disk slow" trace_id=…</c>.</summary>
internal sealed class LogfmtLayout : LogLayout
{
    public override string Name => "logfmt";

    public override bool TryParse(ReadOnlyMemory<char> text, LogFields fields, TimestampParser time)
    {
        // Two pairs at least, and the line starts with a key: lines without a letter first or an '=' are not read further.
        var span = text.Span;
        if (span.Length == 0 || !char.IsAsciiLetter(span[0]) || !span.Contains('='))
        {
            return false;
        }

        var line = AsString(text);
        var pairs = Pairs(line);
        if (pairs.Count < 2 || !char.IsAsciiLetter(line[0]))
        {
            return false;
        }

        var message = "";
        var rest = new List<string>();
        foreach (var (key, value) in pairs)
        {
            switch (key.ToLowerInvariant())
            {
                case "time" or "ts" or "timestamp" or "t" when time.TryParse(value, out var ts):
                    fields.Timestamp = ts;
                    break;
                case "level" or "lvl" or "severity" when Severities.TryParse(value, out var level):
                    fields.Severity = level;
                    break;
                case "msg" or "message":
                    message = value;
                    break;
                case "logger" or "caller" or "component" or "source" or "module":
                    fields.Source = value;
                    break;
                case "trace_id" or "traceid" or "trace":
                    fields.TraceId = value;
                    break;
                case "span_id" or "spanid":
                    fields.SpanId = value;
                    break;
                case "request_id" or "requestid" or "req_id" or "correlation_id":
                    fields.RequestId = value;
                    break;
                case "err" or "error":
                    rest.Add($"{key}={value}");
                    break;
                default:
                    if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                    {
                        fields.AddNumber(key, number);
                    }

                    break;
            }
        }

        if (fields.Timestamp is null && fields.Severity == LogSeverity.Unknown && message.Length == 0)
        {
            return false;
        }

        fields.Message = rest.Count == 0 ? message : $"{message} {string.Join(' ', rest)}".Trim();
        return true;
    }

    private static List<(string Key, string Value)> Pairs(string line)
    {
        var pairs = new List<(string, string)>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            var keyStart = i;
            while (i < line.Length && line[i] is not ('=' or ' ' or '"'))
            {
                i++;
            }

            if (i >= line.Length || line[i] != '=' || i == keyStart)
            {
                // Not key=value: logfmt only if nothing but pairs came before.
                return i >= line.Length && keyStart == i ? pairs : [];
            }

            var key = line[keyStart..i];
            i++;
            string value;
            if (i < line.Length && line[i] == '"')
            {
                var builder = new System.Text.StringBuilder();
                i++;
                while (i < line.Length && line[i] != '"')
                {
                    if (line[i] == '\\' && i + 1 < line.Length)
                    {
                        i++;
                    }

                    builder.Append(line[i++]);
                }

                i++;
                value = builder.ToString();
            }
            else
            {
                var valueStart = i;
                while (i < line.Length && line[i] != ' ')
                {
                    i++;
                }

                value = line[valueStart..i];
            }

            pairs.Add((key, value));
        }

        return pairs;
    }
}
