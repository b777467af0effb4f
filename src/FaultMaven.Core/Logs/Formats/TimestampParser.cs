using System.Globalization;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// Reads the timestamp shapes logs use and normalises them to UTC: ISO 8601 (any separator, fractions, zones),
/// syslog without a year, ctime, common log format, compact and dotted variants, US dates, time of day alone,
/// and epoch seconds, milliseconds, microseconds or nanoseconds. Stamps without a zone are taken as UTC.
/// </summary>
public sealed class TimestampParser(DateOnly referenceDate)
{
    private static readonly System.Buffers.SearchValues<char> EpochChars = System.Buffers.SearchValues.Create("0123456789.");

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The date assumed for a time of day alone; its year is assumed for syslog stamps without one.</summary>
    public DateOnly ReferenceDate { get; } = referenceDate;

    /// <summary>Reads a whole field as a timestamp.</summary>
    public bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        text = text.Trim();
        if (text.Length >= 10 && !text.ContainsAnyExcept(EpochChars))
        {
            return TryParseEpoch(text, out value);
        }

        var length = TryParsePrefix(text, out value);
        return length > 0 && length >= text.TrimEnd().Length;
    }

    /// <summary>Reads a timestamp at the start of <paramref name="text"/>; returns how many characters it took, 0 if none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int TryParsePrefix(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 8)
        {
            return 0;
        }

        var length = TimestampShapes.Match(text, out var shape);
        var t = text[..length];

        // The shape has checked the digits and separators; the fields are read by position from here, with no strings built
        // (this runs on every line of every log).
        bool ok;
        if (shape == TimestampShape.Iso)
        {
            ok = TryIso(t, out value);
        }
        else if (shape == TimestampShape.Ctime)
        {
            ok = TryCtime(t, out value);
        }
        else if (shape == TimestampShape.Syslog)
        {
            ok = TrySyslog(t, out value);
        }
        else if (shape == TimestampShape.Clf)
        {
            // 10/Oct/2000:13:55:36 -0700
            ok = TryMonth(t[3..6], out var month)
                && TryOffset(t[21..], out var offset)
                && TryBuild(Digits(t[7..11]), month, Digits(t[..2]), Digits(t[12..14]), Digits(t[15..17]), Digits(t[18..20]), 0, offset, out value);
        }
        else if (shape == TimestampShape.Compact)
        {
            // 081109 203615
            ok = TryBuild(TwoDigitYear(Digits(t[..2])), Digits(t[2..4]), Digits(t[4..6]), Digits(t[7..9]), Digits(t[9..11]), Digits(t[11..13]), 0, TimeSpan.Zero, out value);
        }
        else if (shape == TimestampShape.YyMmDd)
        {
            // 17/06/09 20:10:40
            ok = TryBuild(TwoDigitYear(Digits(t[..2])), Digits(t[3..5]), Digits(t[6..8]), Digits(t[9..11]), Digits(t[12..14]), Digits(t[15..17]), 0, TimeSpan.Zero, out value);
        }
        else if (shape == TimestampShape.Dashed)
        {
            // 2005-06-03-15.42.50.675872
            ok = TryBuild(Digits(t[..4]), Digits(t[5..7]), Digits(t[8..10]), Digits(t[11..13]), Digits(t[14..16]), Digits(t[17..19]), FractionTicks(t[20..]), TimeSpan.Zero, out value);
        }
        else if (shape == TimestampShape.Packed)
        {
            // HealthApp-style "20171224-0:0:0:228": the clock's fields are not zero-padded; the last is milliseconds.
            Span<int> clock = stackalloc int[4];
            var field = 0;
            foreach (var range in t[9..].Split(':'))
            {
                clock[field++] = Digits(t[9..][range]);
            }

            ok = TryBuild(Digits(t[..4]), Digits(t[4..6]), Digits(t[6..8]), clock[0], clock[1], clock[2], clock[3] * TimeSpan.TicksPerMillisecond, TimeSpan.Zero, out value);
        }
        else if (shape == TimestampShape.Us)
        {
            ok = TryUs(t, out value);
        }
        else if (shape == TimestampShape.Time)
        {
            ok = TimeSpan.TryParse(t.ToString().Replace(',', '.'), Invariant, out var clock) && clock < TimeSpan.FromDays(1);
            value = new DateTimeOffset(ReferenceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + clock;
        }
        else if (shape == TimestampShape.Epoch)
        {
            ok = TryParseEpoch(t, out value);
        }
        else
        {
            return 0;
        }

        return ok ? length : 0;
    }

    /// <summary>Epoch seconds (optionally fractional), milliseconds, microseconds or nanoseconds, told apart by magnitude.</summary>
    public static bool TryParseEpoch(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, Invariant, out var number) || number <= 0)
        {
            return false;
        }

        var digits = text.IndexOf('.') is var dot and >= 0 ? dot : text.Length;
        var seconds = digits switch
        {
            <= 11 => number,
            <= 14 => number / 1_000m,
            <= 17 => number / 1_000_000m,
            <= 20 => number / 1_000_000_000m,
            _ => -1m,
        };

        if (seconds is < 0 or > 253_402_300_799m)
        {
            return false;
        }

        value = DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    // 2024-03-15T10:20:30.123456789+02:00 (or '/' in the date, ' ' before the clock, ',' before the fraction, an optional
    // space before the zone, Z or UTC or ±hh, ±hhmm, ±hh:mm); digits past the seventh of the fraction are dropped.
    private static bool TryIso(ReadOnlySpan<char> t, out DateTimeOffset value)
    {
        var rest = t[19..];
        long fraction = 0;
        if (!rest.IsEmpty && rest[0] is '.' or ',')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            fraction = FractionTicks(rest[1..digits]);
            rest = rest[digits..];
        }

        rest = rest.TrimStart(' ');
        var offset = TimeSpan.Zero;
        if (!rest.IsEmpty && rest[0] is '+' or '-' && !TryOffset(rest, out offset))
        {
            value = default;
            return false;
        }

        return TryBuild(Digits(t[..4]), Digits(t[5..7]), Digits(t[8..10]), Digits(t[11..13]), Digits(t[14..16]), Digits(t[17..19]), fraction, offset, out value);
    }

    // Sun Dec  4 04:47:44.123 2005: the weekday must be the date's, as DateTime parsing would insist.
    private static bool TryCtime(ReadOnlySpan<char> t, out DateTimeOffset value)
    {
        value = default;
        var day = t[8..].TrimStart(' ');
        var space = day.IndexOf(' ');
        var clock = day[(space + 1)..];
        var yearAt = clock.LastIndexOf(' ');
        if (!TryMonth(t[4..7], out var month)
            || !TryClock(clock[..yearAt], out var hour, out var minute, out var second, out var fraction)
            || !TryBuild(Digits(clock[(yearAt + 1)..]), month, Digits(day[..space]), hour, minute, second, fraction, TimeSpan.Zero, out value))
        {
            return false;
        }

        return Weekday(t[..3]) == value.DayOfWeek;
    }

    // Mar  3 06:55:46(.123): no year, so the reference year, unless that puts the stamp well after the reference date (a log
    // from last December read in January).
    private bool TrySyslog(ReadOnlySpan<char> t, out DateTimeOffset value)
    {
        value = default;
        var day = t[4..].TrimStart(' ');
        var space = day.IndexOf(' ');
        if (!TryMonth(t[..3], out var month)
            || !TryClock(day[(space + 1)..], out var hour, out var minute, out var second, out var fraction)
            || !TryBuild(ReferenceDate.Year, month, Digits(day[..space]), hour, minute, second, fraction, TimeSpan.Zero, out value))
        {
            return false;
        }

        if (value > new DateTimeOffset(ReferenceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(31))
        {
            value = value.AddYears(-1);
        }

        return true;
    }

    // 3/15/2024, 2:20:30 PM or 3/15/2024 14:20:30: with AM/PM the hour runs 0–12.
    private static bool TryUs(ReadOnlySpan<char> t, out DateTimeOffset value)
    {
        value = default;
        var slash = t.IndexOf('/');
        var secondSlash = slash + 1 + t[(slash + 1)..].IndexOf('/');
        var year = t.Slice(secondSlash + 1, 4);
        var clock = t[(secondSlash + 5)..].TrimStart(',').TrimStart(' ');
        var meridiem = clock.IndexOf(' ');
        var firstColon = clock.IndexOf(':');
        var hour = Digits(clock[..firstColon]);
        if (meridiem > 0)
        {
            if (hour > 12)
            {
                return false;
            }

            hour = hour % 12 + (clock[meridiem + 1] == 'P' ? 12 : 0);
            clock = clock[..meridiem];
        }

        return TryBuild(Digits(year), Digits(t[..slash]), Digits(t[(slash + 1)..secondSlash]), hour, Digits(clock[(firstColon + 1)..(firstColon + 3)]), Digits(clock[(firstColon + 4)..(firstColon + 6)]), 0, TimeSpan.Zero, out value);
    }

    // HH:mm:ss with an optional fraction.
    private static bool TryClock(ReadOnlySpan<char> t, out int hour, out int minute, out int second, out long fraction)
    {
        hour = Digits(t[..2]);
        minute = Digits(t[3..5]);
        second = Digits(t[6..8]);
        fraction = t.Length > 9 ? FractionTicks(t[9..]) : 0;
        return t.Length >= 8;
    }

    // +hh, +hhmm or +hh:mm, at most 14 hours as DateTimeOffset allows.
    private static bool TryOffset(ReadOnlySpan<char> t, out TimeSpan offset)
    {
        offset = default;
        var digits = t[1..].Trim();
        var minutes = digits.Length switch
        {
            2 => 0,
            4 => Digits(digits[2..]),
            5 when digits[2] == ':' => Digits(digits[3..]),
            _ => -1,
        };
        var hours = Digits(digits[..2]);
        if (minutes is < 0 or > 59 || hours * 60 + minutes > 14 * 60)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (t[0] == '-' ? -1 : 1);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryBuild(int year, int month, int day, int hour, int minute, int second, long fraction, TimeSpan offset, out DateTimeOffset value)
    {
        value = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var ticks = new DateTime(year, month, day, hour, minute, second).Ticks + fraction - offset.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    // The invariant culture's abbreviated month names, in any case.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryMonth(ReadOnlySpan<char> name, out int month)
    {
        month = name.Length != 3 ? 0 : (char.ToLowerInvariant(name[0]), char.ToLowerInvariant(name[1]), char.ToLowerInvariant(name[2])) switch
        {
            ('j', 'a', 'n') => 1,
            ('f', 'e', 'b') => 2,
            ('m', 'a', 'r') => 3,
            ('a', 'p', 'r') => 4,
            ('m', 'a', 'y') => 5,
            ('j', 'u', 'n') => 6,
            ('j', 'u', 'l') => 7,
            ('a', 'u', 'g') => 8,
            ('s', 'e', 'p') => 9,
            ('o', 'c', 't') => 10,
            ('n', 'o', 'v') => 11,
            ('d', 'e', 'c') => 12,
            _ => 0,
        };
        return month > 0;
    }

    private static DayOfWeek? Weekday(ReadOnlySpan<char> name) =>
        name.Length != 3 ? null : (char.ToLowerInvariant(name[0]), char.ToLowerInvariant(name[1]), char.ToLowerInvariant(name[2])) switch
        {
            ('s', 'u', 'n') => DayOfWeek.Sunday,
            ('m', 'o', 'n') => DayOfWeek.Monday,
            ('t', 'u', 'e') => DayOfWeek.Tuesday,
            ('w', 'e', 'd') => DayOfWeek.Wednesday,
            ('t', 'h', 'u') => DayOfWeek.Thursday,
            ('f', 'r', 'i') => DayOfWeek.Friday,
            ('s', 'a', 't') => DayOfWeek.Saturday,
            _ => null,
        };

    // Two-digit years run 1950–2049, as the invariant calendar reads them.
    private static int TwoDigitYear(int year) => year + (year <= 49 ? 2000 : 1900);

    // Up to seven digits of a fraction of a second as ticks ("5" is 5,000,000; "123456789" is 1,234,567).
    private static long FractionTicks(ReadOnlySpan<char> digits)
    {
        long ticks = 0;
        for (var i = 0; i < 7; i++)
        {
            ticks = ticks * 10 + (i < digits.Length ? digits[i] - '0' : 0);
        }

        return ticks;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Digits(ReadOnlySpan<char> digits)
    {
        var number = 0;
        foreach (var c in digits)
        {
            number = number * 10 + (c - '0');
        }

        return number;
    }
}
