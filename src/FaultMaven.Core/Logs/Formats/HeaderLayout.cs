using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// A layout given as a <see cref="HeaderFormat"/>. Fields named like a time (Date, Time, Timestamp, Datetime),
/// a level (Level, Severity) or a source (Component, Logger, Process…) are read as such; Content is the message.
/// A detected (not user-given) header layout must read its time and level fields, or the line is not a match.
/// </summary>
public sealed class HeaderLayout : LogLayout
{
    private static readonly string[] TimeFields = ["Timestamp", "Datetime", "Date", "Time", "Day"];
    private static readonly string[] SourceFields = ["Component", "Logger", "Source", "Category", "Process", "Node"];

    private readonly string _name;
    private readonly bool _strict;
    private readonly int _level;
    private readonly int _date;
    private readonly int _day;
    private readonly int _time;
    private readonly int[] _times;
    private readonly int[] _sources;
    private readonly int _content;
    private readonly int _pid;

    /// <summary>A layout named <paramref name="name"/> reading lines with <paramref name="format"/>.</summary>
    public HeaderLayout(string name, HeaderFormat format, bool strict)
    {
        _name = name;
        Format = format;
        _strict = strict;
        _level = Field("Level") is var level and >= 0 ? level : Field("Severity");
        _date = Field("Date");
        _day = Field("Day");
        _time = Field("Time");
        _times = [.. TimeFields.Select(Field).Where(i => i >= 0)];
        _sources = [.. SourceFields.Select(Field).Where(i => i >= 0)];
        _content = Field("Content");
        _pid = Field("Pid");
    }

    /// <inheritdoc/>
    public override string Name => _name;

    /// <summary>The header format behind this layout.</summary>
    public HeaderFormat Format { get; }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> line, LogFields fields, TimestampParser time)
    {
        Span<Range> values = stackalloc Range[Format.Fields.Count];
        if (!Format.TryMatch(line, values))
        {
            return false;
        }

        // A detected layout reads its fields as their names say: a process id is a number, not a level word or a message.
        if (_strict && _pid >= 0 && line.Span[values[_pid]].Trim() is var pid && (pid.IsEmpty || pid.ContainsAnyExceptInRange('0', '9')))
        {
            return false;
        }

        if (_level >= 0)
        {
            if (Severities.TryParse(line.Span[values[_level]], out var severity))
            {
                fields.Severity = severity;
            }
            else if (_strict)
            {
                return false;
            }
        }

        fields.Timestamp = ReadTime(line.Span, values, time);
        if (fields.Timestamp is null && _strict && _times.Length > 0)
        {
            return false;
        }

        foreach (var field in _sources)
        {
            if (values[field].GetOffsetAndLength(line.Length).Length > 0)
            {
                fields.SourceText = line[values[field]];
                break;
            }
        }

        var message = line[values[_content]];
        if (fields.Severity == LogSeverity.Unknown)
        {
            TextLayout.ReadMessage(message, fields);
        }

        fields.MessageText = message;
        return true;
    }

    private DateTimeOffset? ReadTime(ReadOnlySpan<char> line, ReadOnlySpan<Range> values, TimestampParser time)
    {
        // "Date" and "Time" split across fields read best together; otherwise any one field that is a full stamp.
        if (_date >= 0 && _time >= 0)
        {
            var date = line[values[_date]];
            var clock = line[values[_time]];
            if (TryParseJoined(time, date, withDay: false, [], clock, out var joined))
            {
                return joined;
            }

            if (_day >= 0 && TryParseJoined(time, date, withDay: true, line[values[_day]], clock, out joined))
            {
                return joined;
            }
        }

        foreach (var field in _times)
        {
            if (time.TryParse(line[values[field]], out var stamp))
            {
                return stamp;
            }
        }

        return null;
    }

    // "date [day] clock" joined with single spaces, on the stack for the usual short fields.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseJoined(TimestampParser time, ReadOnlySpan<char> date, bool withDay, ReadOnlySpan<char> day, ReadOnlySpan<char> clock, out DateTimeOffset value)
    {
        var length = date.Length + 1 + (withDay ? day.Length + 1 : 0) + clock.Length;
        if (length > 128)
        {
            return time.TryParse(withDay ? $"{date} {day} {clock}" : $"{date} {clock}", out value);
        }

        Span<char> joined = stackalloc char[length];
        date.CopyTo(joined);
        var at = date.Length;
        joined[at++] = ' ';
        if (withDay)
        {
            day.CopyTo(joined[at..]);
            at += day.Length;
            joined[at++] = ' ';
        }

        clock.CopyTo(joined[at..]);
        return time.TryParse(joined, out value);
    }

    private int Field(string name)
    {
        for (var i = 0; i < Format.Fields.Count; i++)
        {
            if (string.Equals(Format.Fields[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
