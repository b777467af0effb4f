using System.Globalization;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>BSD syslog RFC 3164, with or without the priority, and with up to four relay fields before the stamp:
/// <c>Dec 10 06:55:46 host sshd[24200]: message</c>.</summary>
/// <remarks>
/// Read in place, in the order the expression
/// <c>^(?:&lt;(?&lt;pri&gt;\d{1,3})&gt;)?(?:\S+ ){0,4}?(?&lt;ts&gt;[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d+)?) (?&lt;host&gt;(?!\d{4} )\S+) (?&lt;tag&gt;[^:\[\s]+)(?:\[(?&lt;pid&gt;\d+)\])?: ?(?&lt;msg&gt;.*)$</c>
/// tries its ways through a line (priority first, then without; zero relay fields, then one more at a time), which a test
/// checks on generated near-misses. Every line of an sshd or cron log comes here: the expression cost a string, a match
/// and, with two threads sharing it, a new runner per line.
/// </remarks>
internal sealed class Syslog3164Layout : LogLayout
{
    private const int MaxRelayFields = 4;

    public override string Name => "syslog-3164";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> line, LogFields fields, TimestampParser time)
    {
        var text = line.Span;
        if (!TryMatch(text, out var parts) || !time.TryParse(text[parts.Stamp], out var ts))
        {
            return false;
        }

        fields.Timestamp = ts;
        fields.SourceText = line[parts.Tag];
        if (parts.Priority is { } priority)
        {
            fields.Severity = int.TryParse(text[priority], CultureInfo.InvariantCulture, out var pri) ? Severities.FromSyslog(pri % 8) : LogSeverity.Unknown;
            fields.MessageText = line[parts.Message];
        }
        else
        {
            TextLayout.ReadMessage(line[parts.Message], fields);
        }

        return true;
    }

    private readonly record struct Parts(Range? Priority, Range Stamp, Range Tag, Range Message);

    private static bool TryMatch(ReadOnlySpan<char> s, out Parts parts)
    {
        // "<34>": up to three digits closed by '>'; the line is tried with it first, then as if it were a relay field.
        if (s.Length > 2 && s[0] == '<')
        {
            var digits = 0;
            while (digits < 3 && 1 + digits < s.Length && char.IsDigit(s[1 + digits]))
            {
                digits++;
            }

            if (digits > 0 && 1 + digits < s.Length && s[1 + digits] == '>' && TryAfterRelays(s, 2 + digits, out parts))
            {
                parts = parts with { Priority = new Range(1, 1 + digits) };
                return true;
            }
        }

        return TryAfterRelays(s, 0, out parts);
    }

    // The stamp where it is, else after one more "field " (a run of non-space characters and one space), up to four.
    private static bool TryAfterRelays(ReadOnlySpan<char> s, int position, out Parts parts)
    {
        for (var relays = 0; ; relays++)
        {
            if (TryAt(s, position, out parts))
            {
                return true;
            }

            if (relays == MaxRelayFields)
            {
                return false;
            }

            var end = position;
            while (end < s.Length && !char.IsWhiteSpace(s[end]))
            {
                end++;
            }

            if (end == position || end >= s.Length || s[end] != ' ')
            {
                return false;
            }

            position = end + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryAt(ReadOnlySpan<char> s, int i, out Parts parts)
    {
        parts = default;

        // "Dec 10 06:55:46" or "Nov  9 12:01:01.123"
        var stampStart = i;
        if (i + 3 > s.Length || !char.IsAsciiLetterUpper(s[i]) || !char.IsAsciiLetterLower(s[i + 1]) || !char.IsAsciiLetterLower(s[i + 2]))
        {
            return false;
        }

        i += 3;
        if (!Is(s, i, ' '))
        {
            return false;
        }

        while (Is(s, i, ' '))
        {
            i++;
        }

        if (!IsDigit(s, i))
        {
            return false;
        }

        i += IsDigit(s, i + 1) ? 2 : 1;
        if (!Is(s, i, ' ') || !IsDigit(s, i + 1) || !IsDigit(s, i + 2) || !Is(s, i + 3, ':') || !IsDigit(s, i + 4) || !IsDigit(s, i + 5)
            || !Is(s, i + 6, ':') || !IsDigit(s, i + 7) || !IsDigit(s, i + 8))
        {
            return false;
        }

        i += 9;
        if (Is(s, i, '.') && IsDigit(s, i + 1))
        {
            i++;
            while (IsDigit(s, i))
            {
                i++;
            }
        }

        var stampEnd = i;
        if (!Is(s, i, ' '))
        {
            return false;
        }

        // The host: non-space characters, then one space.
        var hostStart = ++i;
        while (i < s.Length && !char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        // A year where the host stands ("Sun Nov 29 17:05:00 2026 …") ends a ctime stamp: the line is not syslog.
        if (i == hostStart || !Is(s, i, ' ') || i - hostStart == 4 && IsDigit(s, hostStart) && IsDigit(s, hostStart + 1) && IsDigit(s, hostStart + 2) && IsDigit(s, hostStart + 3))
        {
            return false;
        }

        // The tag, an optional [pid], a colon and an optional space.
        var tagStart = ++i;
        while (i < s.Length && s[i] is not (':' or '[') && !char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        var tagEnd = i;
        if (tagEnd == tagStart)
        {
            return false;
        }

        if (Is(s, i, '['))
        {
            var digits = i + 1;
            while (IsDigit(s, digits))
            {
                digits++;
            }

            if (digits > i + 1 && Is(s, digits, ']'))
            {
                i = digits + 1;
            }
        }

        if (!Is(s, i, ':'))
        {
            return false;
        }

        i++;
        if (Is(s, i, ' '))
        {
            i++;
        }

        // ".*$": the message runs to the end, or to a newline that ends the line.
        var newline = s[i..].IndexOf('\n');
        if (newline >= 0 && i + newline != s.Length - 1)
        {
            return false;
        }

        parts = new Parts(null, stampStart..stampEnd, tagStart..tagEnd, i..(newline >= 0 ? s.Length - 1 : s.Length));
        return true;
    }

    private static bool Is(ReadOnlySpan<char> s, int i, char c) => i < s.Length && s[i] == c;

    // \d: any decimal digit, as the expression reads it.
    private static bool IsDigit(ReadOnlySpan<char> s, int i) => i < s.Length && char.IsDigit(s[i]);
}
