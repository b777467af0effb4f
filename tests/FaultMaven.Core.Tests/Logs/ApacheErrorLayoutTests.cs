using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

/// <summary>The Apache error layout reads lines in place; on near-miss lines it must agree with the expression it replaced.</summary>
public sealed partial class ApacheErrorLayoutTests
{
    [GeneratedRegex(@"^\[(?<ts>[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} [\d:.]+ \d{4})\] \[(?<level>[\w:]+)\](?: \[pid [^\]]*\])? ?(?<msg>.*)$")]
    private static partial Regex Reference();

    private static readonly string[] Pieces =
        ["[", "]", " ", "Sun Dec  4 04:47:44 2005", "Mon Dec 05 04:47:44.123 2005", "Sun Dec 4 4:47:44 2005", "2005-12-04 04:47:44", "error", "core:warn",
         "notice", "bogus", "[pid 12]", " [pid 7:tid 9]", "jk2_init() Found child 6725", "é", ":"];

    [Fact]
    public void RandomLines_ReadAsTheExpressionReadsThem()
    {
        var layout = LogLayouts.Find("apache-error")!;
        var time = new TimestampParser(new DateOnly(2024, 3, 15));
        var random = new Random(4711);
        var read = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var line = random.Next(3) == 0 ? Noise(random) : $"[{Pick(random, 3, 4, 5, 6)}] [{Pick(random, 7, 8, 9, 10, 15)}]{(random.Next(2) == 0 ? " " + Pieces[11] : Pieces[12])} {Pieces[13]}";
            var fields = new LogFields();
            var expected = Reference().Match(line);
            var ok = expected.Success && time.TryParse(expected.Groups["ts"].ValueSpan, out _) && Severities.TryParse(expected.Groups["level"].ValueSpan, out _);
            Assert.True(ok == layout.TryParse(line, fields, time), $"'{line}': expression {ok}");
            if (ok)
            {
                read++;
                Assert.Equal(expected.Groups["msg"].Value, fields.Message);
                var level = expected.Groups["level"].Value;
                Assert.Equal(level.Contains(':', StringComparison.Ordinal) ? level[..level.IndexOf(':', StringComparison.Ordinal)] : null, fields.Source);
            }
        }

        Assert.InRange(read, 2_000, 20_000);
    }

    private static string Pick(Random random, params int[] indexes) => Pieces[indexes[random.Next(indexes.Length)]];

    private static string Noise(Random random)
    {
        var line = new StringBuilder();
        for (var i = random.Next(2, 9); i > 0; i--)
        {
            line.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return line.ToString();
    }
}
