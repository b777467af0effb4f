namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// A layout given as a <see cref="HeaderFormat"/>. Fields named like a time (Date, Time, Timestamp, Datetime),
/// a level (Level, Severity) or a source (Component, Logger, Process…) are read as such; Content is the message.
/// A detected (not user-given) header layout must read its time and level fields, or the line is not a match.
/// </summary>
public sealed class HeaderLayout(string name, HeaderFormat format, bool strict) : LogLayout
{
    private static readonly string[] TimeFields = ["Timestamp", "Datetime", "Date", "Time", "Day"];
    private static readonly string[] SourceFields = ["Component", "Logger", "Source", "Category", "Process", "Node"];

    /// <inheritdoc/>
    public override string Name => name;

    /// <summary>The header format behind this layout.</summary>
    public HeaderFormat Format => format;

    /// <inheritdoc/>
    public override bool TryParse(string line, LogFields fields, TimestampParser time)
    {
        var values = format.Match(line);
        if (values is null)
        {
            return false;
        }

        if (values.TryGetValue("Level", out var level) || values.TryGetValue("Severity", out level))
        {
            if (Severities.TryParse(level, out var severity))
            {
                fields.Severity = severity;
            }
            else if (strict)
            {
                return false;
            }
        }

        fields.Timestamp = ReadTime(values, time);
        if (fields.Timestamp is null && strict && TimeFields.Any(values.ContainsKey))
        {
            return false;
        }

        foreach (var field in SourceFields)
        {
            if (values.TryGetValue(field, out var source) && source.Length > 0)
            {
                fields.Source = source;
                break;
            }
        }

        var message = values["Content"];
        if (fields.Severity == LogSeverity.Unknown)
        {
            TextLayout.ReadMessage(message, fields);
        }

        fields.Message = message;
        return true;
    }

    private static DateTimeOffset? ReadTime(IReadOnlyDictionary<string, string> values, TimestampParser time)
    {
        // "Date" and "Time" split across fields read best together; otherwise any one field that is a full stamp.
        if (values.TryGetValue("Date", out var date) && values.TryGetValue("Time", out var clock)
            && time.TryParse($"{date} {clock}", out var joined))
        {
            return joined;
        }

        if (values.TryGetValue("Date", out date) && values.TryGetValue("Day", out var day) && values.TryGetValue("Time", out clock)
            && time.TryParse($"{date} {day} {clock}", out joined))
        {
            return joined;
        }

        foreach (var field in TimeFields)
        {
            if (values.TryGetValue(field, out var text) && time.TryParse(text, out var stamp))
            {
                return stamp;
            }
        }

        return null;
    }
}
