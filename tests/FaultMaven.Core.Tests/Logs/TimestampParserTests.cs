using System.Globalization;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

public sealed class TimestampParserTests
{
    private readonly TimestampParser _parser = new(new DateOnly(2024, 3, 15));

    [Theory]
    [InlineData("2024-03-15T10:20:30Z", "2024-03-15T10:20:30.0000000+00:00")]
    [InlineData("2024-03-15T10:20:30.123456789Z", "2024-03-15T10:20:30.1234567+00:00")]
    [InlineData("2024-03-15 12:20:30,500+02:00", "2024-03-15T10:20:30.5000000+00:00")]
    [InlineData("2024-03-15T05:20:30-0500", "2024-03-15T10:20:30.0000000+00:00")]
    [InlineData("2024/03/15 10:20:30", "2024-03-15T10:20:30.0000000+00:00")]
    [InlineData("17/06/09 20:10:40", "2017-06-09T20:10:40.0000000+00:00")]
    [InlineData("081109 203615", "2008-11-09T20:36:15.0000000+00:00")]
    [InlineData("Mar  3 06:55:46", "2024-03-03T06:55:46.0000000+00:00")]
    [InlineData("Dec 10 06:55:46", "2023-12-10T06:55:46.0000000+00:00")]
    [InlineData("Sun Dec 04 04:47:44 2005", "2005-12-04T04:47:44.0000000+00:00")]
    [InlineData("10/Oct/2000:13:55:36 -0700", "2000-10-10T20:55:36.0000000+00:00")]
    [InlineData("20171223-22:15:29:606", "2017-12-23T22:15:29.6060000+00:00")]
    [InlineData("20171224-0:0:5:28", "2017-12-24T00:00:05.0280000+00:00")]
    [InlineData("2005-06-03-15.42.50.675872", "2005-06-03T15:42:50.6758720+00:00")]
    [InlineData("3/15/2024 2:20:30 PM", "2024-03-15T14:20:30.0000000+00:00")]
    [InlineData("10:20:30.250", "2024-03-15T10:20:30.2500000+00:00")]
    [InlineData("1710498030", "2024-03-15T10:20:30.0000000+00:00")]
    [InlineData("1710498030.5", "2024-03-15T10:20:30.5000000+00:00")]
    [InlineData("1710498030500", "2024-03-15T10:20:30.5000000+00:00")]
    [InlineData("1710498030500000", "2024-03-15T10:20:30.5000000+00:00")]
    [InlineData("1710498030500000000", "2024-03-15T10:20:30.5000000+00:00")]
    public void TryParse_KnownShapes_NormalisedToUtc(string text, string expected)
    {
        Assert.True(_parser.TryParse(text, out var value), text);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("not a time")]
    [InlineData("2024-13-45T99:99:99Z")]
    [InlineData("12345")]
    [InlineData("")]
    public void TryParse_NotATime_False(string text) => Assert.False(_parser.TryParse(text, out _));

    [Fact]
    public void TryParsePrefix_ReturnsLengthOfStamp()
    {
        var length = _parser.TryParsePrefix("2024-03-15 10:20:30,123 INFO main - started", out var value);

        Assert.Equal("2024-03-15 10:20:30,123".Length, length);
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 10, 20, 30, 123, TimeSpan.Zero), value);
    }
}

/// <summary>
/// The parser reads each shape's fields by position; .NET's own exact parsing is the reference it must agree with, on
/// valid stamps and on stamps with a field out of range (month 13, 30 February, hour 24, a weekday that is not the date's).
/// </summary>
public sealed class TimestampParserReferenceTests
{
    private static readonly DateOnly Reference = new(2024, 3, 15);
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public static TheoryData<string> Shapes => ["iso", "ctime", "syslog", "clf", "compact", "yymmdd", "dashed", "packed", "us"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void EveryShape_AgreesWithExactParsing(string shape)
    {
        var parser = new TimestampParser(Reference);
        var random = new Random(shape.GetHashCode(StringComparison.Ordinal) & 0xffff);
        var accepted = 0;
        for (var i = 0; i < 3000; i++)
        {
            var (text, expected) = Make(shape, random);
            var ok = parser.TryParsePrefix(text, out var value) == text.Length;
            Assert.True(ok == expected.HasValue, $"{shape} '{text}': parser {ok}, reference {expected.HasValue}");
            if (ok)
            {
                Assert.Equal(expected!.Value, value);
                Assert.Equal(TimeSpan.Zero, value.Offset);
                accepted++;
            }
        }

        // Most generated stamps are valid: the comparison is not only about rejections.
        Assert.InRange(accepted, 2000, 3000);
    }

    private static (string Text, DateTimeOffset? Expected) Make(string shape, Random r)
    {
        // Mostly in range, sometimes one past it.
        var year = r.Next(1990, 2030);
        var month = r.Next(20) == 0 ? 13 : r.Next(1, 13);
        var day = r.Next(20) == 0 ? r.Next(29, 32) : r.Next(1, 29);
        var hour = r.Next(40) == 0 ? 24 : r.Next(24);
        var minute = r.Next(60);
        var second = r.Next(60);
        var monthName = Months[(month - 1) % 12];
        var text = shape switch
        {
            "iso" => $"{year:D4}{Pick(r, "-", "/")}{month:D2}-{day:D2}{Pick(r, "T", " ")}{hour:D2}:{minute:D2}:{second:D2}"
                + Pick(r, "", $".{r.Next(1000)}", $",{r.Next(1_000_000):D6}", $".{r.NextInt64(1_000_000_000):D9}")
                + Pick(r, "", "Z", " UTC", $"+{r.Next(15):D2}", $"-{r.Next(15):D2}{r.Next(60):D2}", $"+{r.Next(15):D2}:{Pick(r, "00", "30", "45")}"),
            "ctime" => $"{Weekday(year, month, day, r)} {monthName} {(r.Next(2) == 0 ? day.ToString(CultureInfo.InvariantCulture).PadLeft(2) : day.ToString("D2", CultureInfo.InvariantCulture))} {hour:D2}:{minute:D2}:{second:D2}{Pick(r, "", $".{r.Next(1000)}")} {year}",
            "syslog" => $"{monthName} {day.ToString(CultureInfo.InvariantCulture).PadLeft(2)} {hour:D2}:{minute:D2}:{second:D2}{Pick(r, "", $".{r.Next(1_000_000)}")}",
            "clf" => $"{day:D2}/{monthName}/{year}:{hour:D2}:{minute:D2}:{second:D2} {Pick(r, "+", "-")}{r.Next(13):D2}{Pick(r, "00", "30")}",
            "compact" => $"{year % 100:D2}{month:D2}{day:D2} {hour:D2}{minute:D2}{second:D2}",
            "yymmdd" => $"{year % 100:D2}/{month:D2}/{day:D2} {hour:D2}:{minute:D2}:{second:D2}",
            "dashed" => $"{year}-{month:D2}-{day:D2}-{hour:D2}.{minute:D2}.{second:D2}.{r.Next(1_000_000):D6}",
            "packed" => $"{year}{month:D2}{day:D2}-{hour}:{minute}:{second}:{r.Next(1000)}",
            _ => $"{month}/{day}/{year}{Pick(r, "", ",")} " + (r.Next(2) == 0 ? $"{r.Next(0, 14)}:{minute:D2}:{second:D2} {Pick(r, "AM", "PM")}" : $"{hour}:{minute:D2}:{second:D2}"),
        };
        return (text, Reference_(shape, text));
    }

    // The date's own weekday, mostly; another one sometimes.
    private static string Weekday(int year, int month, int day, Random r) =>
        month <= 12 && day <= DateTime.DaysInMonth(year, month) && r.Next(10) > 0 ? Days[(int)new DateTime(year, month, day).DayOfWeek] : Days[r.Next(7)];

    private static string Pick(Random r, params string[] choices) => choices[r.Next(choices.Length)];

    // The reference: .NET's exact parsing of each shape, the way the parser's first version read them.
    private static DateTimeOffset? Reference_(string shape, string text)
    {
        var spaced = System.Text.RegularExpressions.Regex.Replace(text, " {2,}", " ");
        DateTimeOffset value;
        var ok = shape switch
        {
            "iso" => DateTimeOffset.TryParse(IsoNormal(text), CultureInfo.InvariantCulture, Utc, out value),
            "ctime" => Exact(spaced, out value, "ddd MMM d HH:mm:ss yyyy", "ddd MMM d HH:mm:ss.FFFFFFF yyyy"),
            "syslog" => Exact($"{Reference.Year} {spaced}", out value, "yyyy MMM d HH:mm:ss", "yyyy MMM d HH:mm:ss.FFFFFFF"),
            "clf" => Exact(text.Insert(text.Length - 2, ":"), out value, "dd/MMM/yyyy:HH:mm:ss zzz"),
            "compact" => Exact(text, out value, "yyMMdd HHmmss"),
            "yymmdd" => Exact(text, out value, "yy/MM/dd HH:mm:ss"),
            "dashed" => Exact(text, out value, "yyyy-MM-dd-HH.mm.ss.FFFFFFF"),
            "packed" => Exact(Packed(text), out value, "yyyyMMdd-HH:mm:ss.fff"),
            _ => Exact(text.Replace(",", "", StringComparison.Ordinal), out value, "M/d/yyyy h:mm:ss tt", "M/d/yyyy H:mm:ss"),
        };
        if (ok && shape == "syslog" && value > new DateTimeOffset(Reference.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(31))
        {
            value = value.AddYears(-1);
        }

        return ok ? value : null;
    }

    private static bool Exact(string text, out DateTimeOffset value, params string[] formats) =>
        DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, Utc, out value);

    private static string Packed(string text)
    {
        var parts = text.Split('-', ':');
        return $"{parts[0]}-{parts[1].PadLeft(2, '0')}:{parts[2].PadLeft(2, '0')}:{parts[3].PadLeft(2, '0')}.{parts[4].PadLeft(3, '0')}";
    }

    private static string IsoNormal(string text)
    {
        var normal = text.Replace(',', '.').Replace('/', '-');
        if (normal[10] == ' ')
        {
            normal = string.Concat(normal.AsSpan(0, 10), "T", normal.AsSpan(11));
        }

        normal = normal.Replace(" UTC", "Z", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var dot = normal.IndexOf('.', 19);
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

        return normal;
    }
}
