using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using static FaultMaven.Core.Logs.Formats.MatchText;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>Kubernetes CRI container logs: <c>2024-01-01T00:00:00.123456789Z stdout F message</c>.</summary>
internal sealed partial class CriLayout : LogLayout
{
    public override string Name => "cri";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> text, LogFields fields, TimestampParser time)
    {
        // What the expression needs at fixed places (each \d is one character): other lines never reach it.
        var span = text.Span;
        if (span.Length < 11 || span[4] != '-' || span[7] != '-' || span[10] != 'T')
        {
            return false;
        }

        var line = AsString(text);
        var m = Pattern().Match(line);
        if (!m.Success || !time.TryParse(m.Groups[1].ValueSpan, out var ts))
        {
            return false;
        }

        fields.Timestamp = ts;
        fields.SourceText = Slice(line, m.Groups[2]);
        fields.Partial = m.Groups[3].ValueSpan is "P";
        TextLayout.ReadMessage(Slice(line, m.Groups[4]), fields);
        return true;
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}T\S+) (stdout|stderr) ([FP]) ?(.*)$")]
    private static partial Regex Pattern();
}

/// <summary>Syslog RFC 5424: <c>&lt;34&gt;1 2003-10-11T22:14:15.003Z host app procid msgid [sd] message</c>.</summary>
internal sealed partial class Syslog5424Layout : LogLayout
{
    public override string Name => "syslog-5424";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> text, LogFields fields, TimestampParser time)
    {
        if (!text.Span.StartsWith('<'))
        {
            return false;
        }

        var line = AsString(text);
        var m = Pattern().Match(line);
        if (!m.Success)
        {
            return false;
        }

        // \d also matches other scripts' digits, which do not parse: such a priority says nothing.
        fields.Severity = int.TryParse(m.Groups["pri"].ValueSpan, CultureInfo.InvariantCulture, out var pri) ? Severities.FromSyslog(pri % 8) : LogSeverity.Unknown;
        if (m.Groups["ts"].ValueSpan is not "-" && time.TryParse(m.Groups["ts"].ValueSpan, out var ts))
        {
            fields.Timestamp = ts;
        }

        fields.Source = m.Groups["app"].Value is "-" ? m.Groups["host"].Value : m.Groups["app"].Value;
        fields.MessageText = Slice(line, m.Groups["msg"]).TrimStart('\uFEFF');
        return true;
    }

    [GeneratedRegex(@"^<(?<pri>\d{1,3})>1 (?<ts>\S+) (?<host>\S+) (?<app>\S+) (?<proc>\S+) (?<id>\S+) (?<sd>-|(?:\[(?:[^\]\\]|\\.)*\])+)(?: (?<msg>.*))?$")]
    private static partial Regex Pattern();
}

/// <summary>Apache/Nginx access logs, common and combined: level from the HTTP status class.</summary>
internal sealed partial class AccessLogLayout : LogLayout
{
    public override string Name => "access-log";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> text, LogFields fields, TimestampParser time)
    {
        // The expression needs the stamp's closing bracket before the quoted request.
        if (text.Span.IndexOf("] \"", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var line = AsString(text);
        var m = Pattern().Match(line);
        if (!m.Success || !time.TryParse(m.Groups["ts"].ValueSpan, out var ts))
        {
            return false;
        }

        if (!int.TryParse(m.Groups["status"].ValueSpan, CultureInfo.InvariantCulture, out var status))
        {
            return false;
        }

        fields.Timestamp = ts;
        fields.HttpStatus = status;
        fields.Severity = Severities.FromHttpStatus(status);
        fields.SourceText = Slice(line, m.Groups["host"]);
        fields.Message = $"{m.Groups["request"].Value} {status}";
        return true;
    }

    [GeneratedRegex("^(?<host>\\S+) (?<ident>\\S+) (?<user>\\S+) \\[(?<ts>[^\\]]+)\\] \"(?<request>[^\"]*)\" (?<status>\\d{3}) (?<size>\\S+)(?: \"(?<referer>[^\"]*)\" \"(?<agent>[^\"]*)\")?.*$")]
    private static partial Regex Pattern();
}

/// <summary>Apache error logs: <c>[Sun Dec 04 04:47:44 2005] [error] message</c> (2.4 adds <c>[core:error] [pid 1]</c>).</summary>
internal sealed class ApacheErrorLayout : LogLayout
{
    public override string Name => "apache-error";

    // [ctime stamp] [level or module:level] optional [pid N] message — read in place; it is the first layout tried on
    // every line of such a log.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> line, LogFields fields, TimestampParser time)
    {
        var span = line.Span;
        var close = span.IndexOf(']');
        if (span.IsEmpty || span[0] != '[' || close < 0)
        {
            return false;
        }

        var stamp = span[1..close];
        if (TimestampShapes.Match(stamp, out var shape) != stamp.Length || shape != TimestampShape.Ctime || !time.TryParse(stamp, out var ts))
        {
            return false;
        }

        var rest = span[(close + 1)..];
        var levelEnd = rest.StartsWith(" [") ? rest.IndexOf(']') : -1;
        var levelText = levelEnd > 2 ? rest[2..levelEnd] : [];
        if (levelText.IsEmpty || levelText.ContainsAnyExcept(LevelChars) && !IsWordOrColon(levelText) || !Severities.TryParse(levelText, out var level))
        {
            return false;
        }

        var message = close + 1 + levelEnd + 1;
        if (span[message..].StartsWith(" [pid ") && span[message..].IndexOf(']') is var pidEnd and > 0)
        {
            message += pidEnd + 1;
        }

        if (message < span.Length && span[message] == ' ')
        {
            message++;
        }

        fields.Timestamp = ts;
        fields.Severity = level;
        var module = levelText.IndexOf(':');
        fields.SourceText = module > 0 ? line.Slice(close + 3, module) : (ReadOnlyMemory<char>?)null;
        fields.MessageText = line[message..];
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> LevelChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:");

    // [\w:]+ beyond ASCII: letters, digits, marks and connectors of any script.
    private static bool IsWordOrColon(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c != ':' && !char.IsLetterOrDigit(c) && c != '_' && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The .NET console logger: <c>info: Category[EventId]</c> with the message on the indented lines that follow.</summary>
internal sealed partial class DotnetConsoleLayout : LogLayout
{
    public override string Name => "dotnet-console";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> text, LogFields fields, TimestampParser time)
    {
        // The expression needs one of its level words followed by ": ".
        if (text.Span.IndexOfAny(LevelWords) < 0)
        {
            return false;
        }

        var line = AsString(text);
        var m = Pattern().Match(line);
        if (!m.Success)
        {
            return false;
        }

        if (m.Groups["ts"].Success && time.TryParsePrefix(m.Groups["ts"].ValueSpan, out var ts) > 0)
        {
            fields.Timestamp = ts;
        }

        fields.Severity = Severities.TryParse(m.Groups["level"].ValueSpan, out var level) ? level : LogSeverity.Unknown;
        fields.SourceText = Slice(line, m.Groups["category"]);
        fields.MessageText = Slice(line, m.Groups["msg"]).Trim();
        return true;
    }

    private static readonly System.Buffers.SearchValues<string> LevelWords =
        System.Buffers.SearchValues.Create(["trce: ", "dbug: ", "info: ", "warn: ", "fail: ", "crit: "], StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:(?<ts>\S.*?\d) )?(?<level>trce|dbug|info|warn|fail|crit): (?<category>[\w.`+<>]+)\[(?<id>-?\d+)\](?: (?<msg>.*))?$")]
    private static partial Regex Pattern();
}

/// <summary>Where a matched group is in the line, without copying it.</summary>
internal static class MatchText
{
    /// <summary>The characters of <paramref name="group"/> as a slice of <paramref name="line"/>.</summary>
    public static ReadOnlyMemory<char> Slice(string line, Group group) => line.AsMemory(group.Index, group.Length);
}

/// <summary>Stamps that give month, day and time but no year (glog, logcat): read in the year of the parser's reference date.</summary>
internal static class YearlessStamp
{
    /// <summary>Reads the groups <c>mm</c>, <c>dd</c> and <c>time</c> of <paramref name="match"/>; false when they name no real moment.</summary>
    public static bool TryRead(Match match, TimestampParser time, out DateTimeOffset stamp)
    {
        stamp = default;
        if (!int.TryParse(match.Groups["mm"].ValueSpan, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(match.Groups["dd"].ValueSpan, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(time.ReferenceDate.Year, month)
            || !TimeSpan.TryParse(match.Groups["time"].ValueSpan, CultureInfo.InvariantCulture, out var clock) || clock >= TimeSpan.FromDays(1))
        {
            return false;
        }

        stamp = new DateTimeOffset(time.ReferenceDate.Year, month, day, 0, 0, 0, TimeSpan.Zero) + clock;
        return true;
    }
}

/// <summary>Go glog / klog (Kubernetes components): <c>I1023 12:00:00.000000 1234 file.go:42] message</c>.</summary>
internal sealed partial class GlogLayout : LogLayout
{
    public override string Name => "glog";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> text, LogFields fields, TimestampParser time)
    {
        // The level letter, four digits (one character each) and a space first.
        var span = text.Span;
        if (span.Length < 6 || span[0] is not ('I' or 'W' or 'E' or 'F') || span[5] != ' ')
        {
            return false;
        }

        var line = AsString(text);
        var m = Pattern().Match(line);
        if (!m.Success)
        {
            return false;
        }

        if (!YearlessStamp.TryRead(m, time, out var stamp))
        {
            return false;
        }

        fields.Timestamp = stamp;
        fields.Severity = m.Groups["level"].ValueSpan[0] switch
        {
            'I' => LogSeverity.Info,
            'W' => LogSeverity.Warning,
            'E' => LogSeverity.Error,
            _ => LogSeverity.Fatal,
        };
        fields.SourceText = Slice(line, m.Groups["file"]);
        fields.MessageText = Slice(line, m.Groups["msg"]);
        return true;
    }

    [GeneratedRegex(@"^(?<level>[IWEF])(?<mm>\d{2})(?<dd>\d{2}) (?<time>\d{2}:\d{2}:\d{2}(?:\.\d+)?) +\d+ (?<file>[^\s:]+:\d+)\] ?(?<msg>.*)$")]
    private static partial Regex Pattern();
}

/// <summary>Android logcat, threadtime format: <c>03-17 16:13:38.811  1702  2395 D WindowManager: message</c> (levels V D I W E F A).</summary>
internal sealed partial class LogcatLayout : LogLayout
{
    public override string Name => "logcat";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> text, LogFields fields, TimestampParser time)
    {
        // "mm-dd " first (each \d is one character).
        var span = text.Span;
        if (span.Length < 6 || span[2] != '-' || span[5] != ' ')
        {
            return false;
        }

        var line = AsString(text);
        var m = Pattern().Match(line);
        if (!m.Success)
        {
            return false;
        }

        if (!YearlessStamp.TryRead(m, time, out var stamp))
        {
            return false;
        }

        fields.Timestamp = stamp;
        fields.Severity = m.Groups["level"].ValueSpan[0] switch
        {
            'V' => LogSeverity.Trace,
            'D' => LogSeverity.Debug,
            'I' => LogSeverity.Info,
            'W' => LogSeverity.Warning,
            'E' => LogSeverity.Error,
            _ => LogSeverity.Fatal,
        };
        fields.SourceText = Slice(line, m.Groups["tag"]).TrimEnd();
        fields.MessageText = Slice(line, m.Groups["msg"]);
        return true;
    }

    [GeneratedRegex(@"^(?<mm>\d{2})-(?<dd>\d{2}) (?<time>\d{2}:\d{2}:\d{2}\.\d{3}) +\d+ +\d+ (?<level>[VDIWEFA]) (?<tag>[^:]*?) ?: (?<msg>.*)$")]
    private static partial Regex Pattern();
}
