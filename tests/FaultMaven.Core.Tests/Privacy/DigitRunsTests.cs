using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Card and SSN patterns are tried only from runs of digits long enough to hold one; on digit-heavy text the matches
/// must be exactly those of enumerating the pattern everywhere.</summary>
public sealed partial class DigitRunsTests
{
    [GeneratedRegex(@"(?<![\w.+/-])(?:[0-9][ -]?){12,18}[0-9](?![\w.]|-\d)")]
    private static partial Regex Card();

    [GeneratedRegex(@"(?<![\w.-])[0-9]{3}(?<sep>[- ]?)[0-9]{2}\k<sep>[0-9]{4}(?![\w]|-\d)")]
    private static partial Regex Ssn();

    private static readonly string[] Pieces = ["4111", "1111", "12", "3", "078-05-1120", "078 05 1120", "078051120", " ", "-", "  ", "x", ".", "/", "\n", "=", "٣"];

    [Fact]
    public void RandomDigitText_SameMatchesAsEnumeratingThePattern()
    {
        var random = new Random(99);
        var found = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var text = new StringBuilder();
            for (var p = random.Next(1, 30); p > 0; p--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var s = text.ToString();
            foreach (var (pattern, digits) in new[] { (Card(), 13), (Ssn(), 9) })
            {
                var expected = pattern.Matches(s).Select(m => (m.Index, m.Length)).ToList();
                var actual = Anchors.InDigitRuns(s, digits, pattern).Select(m => (m.Index, m.Length)).ToList();
                Assert.True(expected.SequenceEqual(actual), $"'{s}' {pattern}: [{string.Join(",", expected)}] vs [{string.Join(",", actual)}]");
                found += expected.Count;
            }
        }

        Assert.True(found > 1_000, $"only {found} matches: the generator does not reach the patterns");
    }
}
