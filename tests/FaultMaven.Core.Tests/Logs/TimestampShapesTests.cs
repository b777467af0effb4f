using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

/// <summary>
/// The shape scanner against the pattern it replaced: on texts built from the pieces timestamps are made of (digit runs of
/// every length, separators, names, zones, fractions), both must pick the same shape and length.
/// </summary>
public sealed partial class TimestampShapesTests
{
    [GeneratedRegex(@"^(?:(?<iso>\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?: ?(?:Z|UTC|[+-]\d{2}(?::?\d{2})?))?)|(?<dashed>\d{4}-\d{2}-\d{2}-\d{2}\.\d{2}\.\d{2}\.\d{1,7})|(?<ctime>[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,7})? \d{4})|(?<syslog>[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d{1,7})?)|(?<clf>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})|(?<packed>\d{8}-\d{1,2}:\d{1,2}:\d{1,2}:\d{1,3})|(?<compact>\d{6} \d{6})(?!\d)|(?<yymmdd>\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2})|(?<us>\d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2}:\d{2}(?: [AP]M)?)|(?<time>\d{2}:\d{2}:\d{2}(?:[.,]\d{1,7})?)(?![\d:])|(?<epoch>\d{10}(?:\.\d{1,9})?|\d{13}|\d{16}|\d{19})(?![\d.]))")]
    private static partial Regex Reference();

    private static readonly string[] Separators = ["-", "/", ":", ".", ",", " ", "  ", "T", "Z", " UTC", "+", "-", " AM", " PM", "x", "", "|"];
    private static readonly string[] Names = ["Sun", "Dec", "Jul", "Mon", "DEC", "dec", "Xyz"];

    [Fact]
    public void RandomStampLikeTexts_SameShapeAndLengthAsThePattern()
    {
        var random = new Random(20261205);
        var matched = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var text = Make(random);
            var expected = Reference().Match(text);
            var length = TimestampShapes.Match(text, out var shape);
            var expectedShape = expected.Success ? Enum.Parse<TimestampShape>(Group(expected), ignoreCase: true) : TimestampShape.None;
            Assert.True(expectedShape == shape && (expected.Success ? expected.Length : 0) == length,
                $"'{text}': pattern {expectedShape} {expected.Length}, scanner {shape} {length}");
            matched += expected.Success ? 1 : 0;
        }

        // The generator reaches the shapes, not only the failures.
        Assert.InRange(matched, 10_000, 190_000);
    }

    [Theory]
    [InlineData("2024-03-15T10:20:30.123456789+02:00 x", "Iso", 35)]
    [InlineData("Sun Dec  4 04:47:44 2005] x", "Ctime", 24)]
    [InlineData("Dec 10 06:55:46 host", "Syslog", 15)]
    [InlineData("20171224-0:0:5:28|x", "Packed", 17)]
    [InlineData("10:20:30.12345678", "Time", 8)]
    [InlineData("1710498030.5 x", "Epoch", 12)]
    [InlineData("17104980301", "None", 0)]
    public void KnownTexts(string text, string shape, int length)
    {
        Assert.Equal(length, TimestampShapes.Match(text, out var found));
        Assert.Equal(Enum.Parse<TimestampShape>(shape), found);
    }

    private static string Group(Match match) =>
        new[] { "iso", "dashed", "ctime", "syslog", "clf", "packed", "compact", "yymmdd", "us", "time", "epoch" }.First(name => match.Groups[name].Success);

    // A start that looks like one of the shapes, then pieces that may continue it or break it.
    private static string Make(Random r)
    {
        var text = new StringBuilder();
        var pieces = r.Next(3, 14);
        for (var p = 0; p < pieces; p++)
        {
            switch (r.Next(4))
            {
                case 0:
                case 1:
                    text.Append(Digits(r, r.Next(10) switch { 0 => r.Next(1, 21), < 5 => 2, < 7 => 4, 7 => 1, 8 => 6, _ => r.Next(7, 11) }));
                    break;
                case 2:
                    text.Append(Separators[r.Next(Separators.Length)]);
                    break;
                default:
                    text.Append(r.Next(3) == 0 ? Names[r.Next(Names.Length)] : Separators[r.Next(Separators.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    private static string Digits(Random r, int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + r.Next(10));
        }

        return new string(digits);
    }
}
