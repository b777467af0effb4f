using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>logfmt (Heroku, Go's slog text handler, Grafana stack): <c>time=… level=warn msg="disk slow" trace_id=…</c>.</summary>
/// <param name="keepKey">Whether the message keeps its <c>msg=</c> key where it comes right after the header pairs: true in a
/// file where it does not on nearly every line (context pairs come before it on some), so every message is the pairs from the
/// first after the header on.</param>
internal sealed class LogfmtLayout(bool keepKey = false) : LogLayout
{
    // As in HeaderLearner: what a format string writes is on nearly every line.
    private const double Nearly = 0.95;

    public override string Name => "logfmt";

    /// <summary>The logfmt layout for a sample: the message key dropped where the message comes right after the header pairs on
    /// nearly every line that has one, kept otherwise.</summary>
    public static LogfmtLayout Learn(IReadOnlyList<string> lines, TimestampParser time)
    {
        var reader = new LogfmtLayout();
        var fields = new LogFields();
        var messages = 0;
        var dropped = 0;
        foreach (var line in lines)
        {
            fields.Reset();
            if (reader.Read(line.AsMemory(), fields, time, out var keyDropped) && keyDropped is { } drop)
            {
                messages++;
                dropped += drop ? 1 : 0;
            }
        }

        return messages > 0 && dropped < messages * Nearly ? new LogfmtLayout(keepKey: true) : reader;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> text, LogFields fields, TimestampParser time) => Read(text, fields, time, out _);

    // keyDropped: null when the line has no message key, else whether it came right after the header pairs (its key dropped
    // unless the layout keeps it).
    private bool Read(ReadOnlyMemory<char> text, LogFields fields, TimestampParser time, out bool? keyDropped)
    {
        keyDropped = null;
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

        var message = -1;
        var lastHeader = -1;
        for (var p = 0; p < pairs.Count; p++)
        {
            var (key, value, _, _) = pairs[p];
            switch (key.ToLowerInvariant())
            {
                case "time" or "ts" or "timestamp" or "t" when time.TryParse(value, out var ts):
                    fields.Timestamp = ts;
                    lastHeader = message < 0 ? p : lastHeader;
                    break;
                case "level" or "lvl" or "severity" when Severities.TryParse(value, out var level):
                    fields.Severity = level;
                    lastHeader = message < 0 ? p : lastHeader;
                    break;
                case "msg" or "message":
                    message = message < 0 ? p : message;
                    break;
                case "logger" or "caller" or "component" or "source" or "module":
                    fields.Source ??= value;
                    lastHeader = message < 0 && key is not ("component" or "module" or "source") ? p : lastHeader;
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
                default:
                    if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                    {
                        fields.AddNumber(key, number);
                    }

                    break;
            }
        }

        if (fields.Timestamp is null && fields.Severity == LogSeverity.Unknown && message < 0)
        {
            return false;
        }

        // The message is the line after its header pairs, as written (quotes, escapes and the pairs after it kept): the header
        // is every pair up to the last time, level, logger or caller before "msg" (Grafana writes context pairs between its
        // logger and its stamp), and the "msg=" key itself when it comes right after them.
        var from = lastHeader + 1;
        keyDropped = message < 0 ? null : from == message;
        var start = from < pairs.Count ? (from == message && !keepKey ? pairs[from].ValueStart : pairs[from].KeyStart) : line.Length;
        fields.MessageText = text[start..];
        return true;
    }

    // The pairs of a line: each key, its value unquoted, and where the key and the value as written start.
    private static List<(string Key, string Value, int KeyStart, int ValueStart)> Pairs(string line)
    {
        var pairs = new List<(string, string, int, int)>();
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
                // Not key=value: logfmt only if nothing but pairs came before, or the message did (a quote left unescaped in
                // a value after "msg" ends the pairs, not the line's reading: the message runs to the end of the line anyway).
                return i >= line.Length && keyStart == i || pairs.Exists(p => p.Item1 is "msg" or "message") ? pairs : [];
            }

            var key = line[keyStart..i];
            i++;
            var valueStart = i;
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
                while (i < line.Length && line[i] != ' ')
                {
                    i++;
                }

                value = line[valueStart..i];
            }

            pairs.Add((key, value, keyStart, valueStart));
        }

        return pairs;
    }
}
