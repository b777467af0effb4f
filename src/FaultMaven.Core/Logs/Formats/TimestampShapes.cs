using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>The timestamp shapes <see cref="TimestampParser"/> reads, in the order they are tried.</summary>
internal enum TimestampShape
{
    None,
    Iso,
    Dashed,
    Ctime,
    Syslog,
    Clf,
    Packed,
    Compact,
    YyMmDd,
    Us,
    Time,
    Epoch,
}

/// <summary>
/// Finds which timestamp shape starts a text and how long it is, by looking at character classes in place: this runs on
/// every line of every log, where a regular expression's match objects cost more than the reading itself. The shapes, as
/// the pattern they were first written as (the tests keep it and check the two agree):
/// <code>
/// iso      \d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}([.,]\d{1,9})?( ?(Z|UTC|[+-]\d{2}(:?\d{2})?))?
/// dashed   \d{4}-\d{2}-\d{2}-\d{2}\.\d{2}\.\d{2}\.\d{1,7}
/// ctime    [A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(\.\d{1,7})? \d{4}
/// syslog   [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(\.\d{1,7})?
/// clf      \d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}
/// packed   \d{8}-\d{1,2}:\d{1,2}:\d{1,2}:\d{1,3}
/// compact  \d{6} \d{6}(?!\d)
/// yymmdd   \d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}
/// us       \d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2}:\d{2}( [AP]M)?
/// time     \d{2}:\d{2}:\d{2}([.,]\d{1,7})?(?![\d:])
/// epoch    (\d{10}(\.\d{1,9})?|\d{13}|\d{16}|\d{19})(?![\d.])
/// </code>
/// </summary>
internal static class TimestampShapes
{
    /// <summary>The first shape that starts <paramref name="t"/>, and its length (0 with <see cref="TimestampShape.None"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Match(ReadOnlySpan<char> t, out TimestampShape shape)
    {
        int length;
        if ((length = Iso(t)) > 0)
        {
            shape = TimestampShape.Iso;
        }
        else if ((length = Dashed(t)) > 0)
        {
            shape = TimestampShape.Dashed;
        }
        else if ((length = Ctime(t)) > 0)
        {
            shape = TimestampShape.Ctime;
        }
        else if ((length = Syslog(t, 0)) > 0)
        {
            shape = TimestampShape.Syslog;
        }
        else if ((length = Clf(t)) > 0)
        {
            shape = TimestampShape.Clf;
        }
        else if ((length = Packed(t)) > 0)
        {
            shape = TimestampShape.Packed;
        }
        else if ((length = Compact(t)) > 0)
        {
            shape = TimestampShape.Compact;
        }
        else if ((length = YyMmDd(t)) > 0)
        {
            shape = TimestampShape.YyMmDd;
        }
        else if ((length = Us(t)) > 0)
        {
            shape = TimestampShape.Us;
        }
        else if ((length = Time(t)) > 0)
        {
            shape = TimestampShape.Time;
        }
        else if ((length = Epoch(t)) > 0)
        {
            shape = TimestampShape.Epoch;
        }
        else
        {
            shape = TimestampShape.None;
        }

        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Iso(ReadOnlySpan<char> t)
    {
        if (!(Digits(t, 0, 4) && At(t, 4) is '-' or '/' && Digits(t, 5, 2) && At(t, 7) is '-' or '/' && Digits(t, 8, 2)
            && At(t, 10) is 'T' or ' ' && Clock(t, 11)))
        {
            return 0;
        }

        var end = 19;
        if (At(t, end) is '.' or ',' && RunOfDigits(t, end + 1) > 0)
        {
            end += 1 + Math.Min(9, RunOfDigits(t, end + 1));
        }

        // A zone after a blank is a word of its own: "11:17:02 ZHeJi7-…" is a clock and a message id, not Zulu time.
        var zone = At(t, end) == ' ' ? end + 1 : end;
        if (At(t, zone) == 'Z' && (zone == end || !char.IsAsciiLetterOrDigit(At(t, zone + 1))))
        {
            return zone + 1;
        }

        if (t[Math.Min(zone, t.Length)..].StartsWith("UTC") && (zone == end || !char.IsAsciiLetterOrDigit(At(t, zone + 3))))
        {
            return zone + 3;
        }

        if (At(t, zone) is '+' or '-' && Digits(t, zone + 1, 2))
        {
            var after = zone + 3;
            return At(t, after) == ':' && Digits(t, after + 1, 2) ? after + 3 : Digits(t, after, 2) ? after + 2 : after;
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Dashed(ReadOnlySpan<char> t) =>
        Digits(t, 0, 4) && At(t, 4) == '-' && Digits(t, 5, 2) && At(t, 7) == '-' && Digits(t, 8, 2) && At(t, 10) == '-'
        && Digits(t, 11, 2) && At(t, 13) == '.' && Digits(t, 14, 2) && At(t, 16) == '.' && Digits(t, 17, 2) && At(t, 19) == '.'
        && RunOfDigits(t, 20) > 0
            ? 20 + Math.Min(7, RunOfDigits(t, 20))
            : 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Ctime(ReadOnlySpan<char> t)
    {
        if (!(Name(t, 0) && At(t, 3) == ' '))
        {
            return 0;
        }

        var end = Syslog(t, 4);
        if (end == 0)
        {
            return 0;
        }

        // The optional fraction must be followed by " yyyy"; a fraction that is not leaves the stamp without one, which
        // then fails on the '.' before it.
        return At(t, end) == ' ' && Digits(t, end + 1, 4) ? end + 5 : 0;
    }

    // [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(\.\d{1,7})? from start; returns the end, 0 when it does not match.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Syslog(ReadOnlySpan<char> t, int start)
    {
        if (!(Name(t, start) && At(t, start + 3) == ' '))
        {
            return 0;
        }

        var i = start + 4;
        while (At(t, i) == ' ')
        {
            i++;
        }

        var day = RunOfDigits(t, i);
        if (day is < 1 or > 2 || At(t, i + day) != ' ' || !Clock(t, i + day + 1))
        {
            return 0;
        }

        var end = i + day + 9;
        if (At(t, end) == '.' && RunOfDigits(t, end + 1) is var fraction and > 0)
        {
            // In ctime the year follows: a fraction longer than seven digits is not part of this shape.
            return fraction <= 7 || start == 0 ? end + 1 + Math.Min(7, fraction) : end;
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Clf(ReadOnlySpan<char> t) =>
        Digits(t, 0, 2) && At(t, 2) == '/' && Name(t, 3) && At(t, 6) == '/' && Digits(t, 7, 4) && At(t, 11) == ':' && Clock(t, 12)
        && At(t, 20) == ' ' && At(t, 21) is '+' or '-' && Digits(t, 22, 4)
            ? 26
            : 0;

    private static int Packed(ReadOnlySpan<char> t)
    {
        if (!(Digits(t, 0, 8) && At(t, 8) == '-'))
        {
            return 0;
        }

        var i = 9;
        for (var field = 0; field < 3; field++)
        {
            var run = RunOfDigits(t, i);
            if (run is < 1 or > 2 || At(t, i + run) != ':')
            {
                return 0;
            }

            i += run + 1;
        }

        var last = RunOfDigits(t, i);
        return last > 0 ? i + Math.Min(3, last) : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Compact(ReadOnlySpan<char> t) =>
        Digits(t, 0, 6) && At(t, 6) == ' ' && Digits(t, 7, 6) && !char.IsAsciiDigit(At(t, 13)) ? 13 : 0;

    private static int YyMmDd(ReadOnlySpan<char> t) =>
        Digits(t, 0, 2) && At(t, 2) == '/' && Digits(t, 3, 2) && At(t, 5) == '/' && Digits(t, 6, 2) && At(t, 8) == ' ' && Clock(t, 9) ? 17 : 0;

    private static int Us(ReadOnlySpan<char> t)
    {
        var month = RunOfDigits(t, 0);
        if (month is < 1 or > 2 || At(t, month) != '/')
        {
            return 0;
        }

        var i = month + 1;
        var day = RunOfDigits(t, i);
        if (day is < 1 or > 2 || At(t, i + day) != '/' || !Digits(t, i + day + 1, 4))
        {
            return 0;
        }

        i += day + 5;
        if (At(t, i) == ',')
        {
            i++;
        }

        if (At(t, i) != ' ')
        {
            return 0;
        }

        var hour = RunOfDigits(t, i + 1);
        if (hour is < 1 or > 2 || At(t, i + 1 + hour) != ':' || !Digits(t, i + 2 + hour, 2) || At(t, i + 4 + hour) != ':' || !Digits(t, i + 5 + hour, 2))
        {
            return 0;
        }

        var end = i + 7 + hour;
        return At(t, end) == ' ' && At(t, end + 1) is 'A' or 'P' && At(t, end + 2) == 'M' ? end + 3 : end;
    }

    private static int Time(ReadOnlySpan<char> t)
    {
        if (!Clock(t, 0))
        {
            return 0;
        }

        // A fraction counts only when no digit or colon follows it; without it, the '.' or ',' after the clock ends the stamp.
        var fraction = At(t, 8) is '.' or ',' ? RunOfDigits(t, 9) : 0;
        if (fraction is > 0 and <= 7 && !(char.IsAsciiDigit(At(t, 9 + fraction)) || At(t, 9 + fraction) == ':'))
        {
            return 9 + fraction;
        }

        return char.IsAsciiDigit(At(t, 8)) || At(t, 8) == ':' ? 0 : 8;
    }

    private static int Epoch(ReadOnlySpan<char> t)
    {
        var run = RunOfDigits(t, 0);
        if (run == 10 && At(t, 10) == '.')
        {
            var fraction = RunOfDigits(t, 11);
            return fraction is > 0 and <= 9 && At(t, 11 + fraction) != '.' ? 11 + fraction : 0;
        }

        return run is 10 or 13 or 16 or 19 && At(t, run) != '.' ? run : 0;
    }

    // hh:mm:ss at i.
    private static bool Clock(ReadOnlySpan<char> t, int i) =>
        Digits(t, i, 2) && At(t, i + 2) == ':' && Digits(t, i + 3, 2) && At(t, i + 5) == ':' && Digits(t, i + 6, 2);

    // [A-Z][a-z]{2} at i: a month or weekday name's shape.
    private static bool Name(ReadOnlySpan<char> t, int i) =>
        char.IsAsciiLetterUpper(At(t, i)) && char.IsAsciiLetterLower(At(t, i + 1)) && char.IsAsciiLetterLower(At(t, i + 2));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Digits(ReadOnlySpan<char> t, int i, int count)
    {
        if (i + count > t.Length)
        {
            return false;
        }

        for (var k = i; k < i + count; k++)
        {
            if (!char.IsAsciiDigit(t[k]))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int RunOfDigits(ReadOnlySpan<char> t, int i)
    {
        var end = i;
        while (end < t.Length && char.IsAsciiDigit(t[end]))
        {
            end++;
        }

        return end - i;
    }

    private static char At(ReadOnlySpan<char> t, int i) => i < t.Length ? t[i] : '\0';
}
