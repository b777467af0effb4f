using System.Globalization;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// Reads the timestamp shapes logs use and normalises them to UTC: ISO 8601 (any separator, fractions, zones),
/// syslog without a year, ctime, common log format, compact and dotted variants, US dates, time of day alone,
/// and epoch seconds, milliseconds, microseconds or nanoseconds. Stamps without a zone are taken as UTC.
/// </summary>
public sealed partial class TimestampParser(DateOnly referenceDate)
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

        var length = TryParsePrefix(text.ToString(), out value);
        return length > 0 && length >= text.TrimEnd().Length;
    }

    /// <summary>Reads a timestamp at the start of <paramref name="text"/>; returns how many characters it took, 0 if none.</summary>
    public int TryParsePrefix(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 8)
        {
            return 0;
        }

        var match = Shapes().Match(text);
        if (!match.Success)
        {
            return 0;
        }

        var ok = false;
        if (match.Groups["iso"].Success)
        {
            ok = TryIso(match.Groups["iso"].Value, out value);
        }
        else if (match.Groups["ctime"].Success)
        {
            ok = TryExact(Collapse(match.Groups["ctime"].Value), ["ddd MMM d HH:mm:ss yyyy", "ddd MMM d HH:mm:ss.FFFFFFF yyyy"], out value);
        }
        else if (match.Groups["syslog"].Success)
        {
            ok = TrySyslog(Collapse(match.Groups["syslog"].Value), out value);
        }
        else if (match.Groups["clf"].Success)
        {
            ok = TryExact(match.Groups["clf"].Value.Insert(match.Groups["clf"].Value.Length - 2, ":"), ["dd/MMM/yyyy:HH:mm:ss zzz"], out value);
        }
        else if (match.Groups["compact"].Success)
        {
            ok = TryExact(match.Groups["compact"].Value, ["yyMMdd HHmmss"], out value);
        }
        else if (match.Groups["yymmdd"].Success)
        {
            ok = TryExact(match.Groups["yymmdd"].Value, ["yy/MM/dd HH:mm:ss"], out value);
        }
        else if (match.Groups["dashed"].Success)
        {
            ok = TryExact(match.Groups["dashed"].Value, ["yyyy-MM-dd-HH.mm.ss.FFFFFFF"], out value);
        }
        else if (match.Groups["packed"].Success)
        {
            // HealthApp-style "20171224-0:0:0:228": fields are not zero-padded.
            var parts = match.Groups["packed"].Value.Split('-', ':');
            ok = TryExact($"{parts[0]}-{parts[1].PadLeft(2, '0')}:{parts[2].PadLeft(2, '0')}:{parts[3].PadLeft(2, '0')}.{parts[4].PadLeft(3, '0')}", ["yyyyMMdd-HH:mm:ss.fff"], out value);
        }
        else if (match.Groups["us"].Success)
        {
            ok = TryExact(Collapse(match.Groups["us"].Value.Replace(",", "", StringComparison.Ordinal)), ["M/d/yyyy h:mm:ss tt", "M/d/yyyy H:mm:ss"], out value);
        }
        else if (match.Groups["time"].Success)
        {
            ok = TimeSpan.TryParse(match.Groups["time"].Value.Replace(',', '.'), Invariant, out var time) && time < TimeSpan.FromDays(1);
            value = new DateTimeOffset(ReferenceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + time;
        }
        else if (match.Groups["epoch"].Success)
        {
            ok = TryParseEpoch(match.Groups["epoch"].Value, out value);
        }

        return ok ? match.Length : 0;
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

    private static bool TryIso(string text, out DateTimeOffset value)
    {
        var normal = text.Replace(',', '.').Replace('/', '-');
        if (normal.Length > 10 && normal[10] == ' ')
        {
            normal = string.Concat(normal.AsSpan(0, 10), "T", normal.AsSpan(11));
        }

        normal = normal.Replace(" UTC", "Z", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

        // .NET reads at most 7 fractional digits; nanoseconds lose their last two.
        var dot = normal.IndexOf('.', Math.Min(19, normal.Length));
        if (dot > 0)
        {
            var end = dot + 1;
            while (end < normal.Length && char.IsAsciiDigit(normal[end]))
            {
                end++;
            }

            if (end - dot - 1 > 7)
            {
                normal = string.Concat(normal.AsSpan(0, dot + 8), normal.AsSpan(end));
            }
        }

        return DateTimeOffset.TryParse(normal, Invariant, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    private bool TrySyslog(string text, out DateTimeOffset value)
    {
        // No year: the reference year, unless that puts the stamp well after the reference date (a log from last December read in January).
        if (!TryExact($"{ReferenceDate.Year} {text}", ["yyyy MMM d HH:mm:ss", "yyyy MMM d HH:mm:ss.FFFFFFF"], out value))
        {
            return false;
        }

        if (value > new DateTimeOffset(ReferenceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(31))
        {
            value = value.AddYears(-1);
        }

        return true;
    }

    private static bool TryExact(string text, string[] formats, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, formats, Invariant, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    private static string Collapse(string text) => MultipleSpaces().Replace(text, " ");

    [GeneratedRegex(@"^(?:(?<iso>\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?: ?(?:Z|UTC|[+-]\d{2}(?::?\d{2})?))?)|(?<dashed>\d{4}-\d{2}-\d{2}-\d{2}\.\d{2}\.\d{2}\.\d{1,7})|(?<ctime>[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,7})? \d{4})|(?<syslog>[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,7})?)|(?<clf>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})|(?<packed>\d{8}-\d{1,2}:\d{1,2}:\d{1,2}:\d{1,3})|(?<compact>\d{6} \d{6})(?!\d)|(?<yymmdd>\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2})|(?<us>\d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2}:\d{2}(?: [AP]M)?)|(?<time>\d{2}:\d{2}:\d{2}(?:[.,]\d{1,7})?)(?![\d:])|(?<epoch>\d{10}(?:\.\d{1,9})?|\d{13}|\d{16}|\d{19})(?![\d.]))", RegexOptions.CultureInvariant)]
    private static partial Regex Shapes();

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultipleSpaces();
}
