using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The recognizers try their patterns only where a cheap test says a match can be (a run of the pattern's characters long
/// enough, separators where an address has them). On text dense with the patterns' characters, what they find must be exactly what
/// trying the pattern everywhere finds.</summary>
public sealed class AnchorsTests
{
    private static readonly string[] NumberPieces = ["4111", "1111", "12", "3", "078-05-1120", "078 05 1120", "078051120", " ", "-", "  ", "x", ".", "/", "\n", "=", "٣",
        "+44 20 7946 0958", "(555) 123-4567", "%2B", "+", "(", ")", "0", "DE89", "3704", "0044", "0532", "0130", "00", "GB82", "WEST", "B", "b", "Z"];

    private static readonly string[] AddressPieces = ["192.168.1.10", "10.0.0.", "1.2.3", "255", "1234", "02:42:ac:11:00:02", "aa-bb-cc-dd-ee-0f", "aabb.ccdd.eeff",
        "fe80::1", "2001:db8::", "1:2:3:4:5:6:7:8", "12:34:56", ".", ":", "::", "-", "aa", "0f", "٣", " ", " ", "x", "/", "_", "\n"];

    [Fact]
    public void InRuns_DenseText_SameMatchesAsEnumeratingThePattern()
    {
        var patterns = new (Regex Pattern, SearchValues<char> Chars, int MinLength, int MinDigits)[]
        {
            (FinancialRecognizer.CardPattern(), FinancialRecognizer.NumberChars, 13, 13),
            (FinancialRecognizer.SsnPattern(), FinancialRecognizer.NumberChars, 9, 9),
            (FinancialRecognizer.IbanPattern(), FinancialRecognizer.IbanChars, 12, 2),
            (ContactRecognizer.PhonePattern(), ContactRecognizer.PhoneChars, 7, 7),
        };

        var found = new int[patterns.Length];
        foreach (var text in RandomTexts(NumberPieces, seed: 99))
        {
            for (var p = 0; p < patterns.Length; p++)
            {
                var (pattern, chars, minLength, minDigits) = patterns[p];
                var expected = pattern.Matches(text).Select(m => (m.Index, m.Length)).Where(m => Digits(text.AsSpan(m.Index, m.Length)) >= minDigits).ToList();
                var actual = Anchors.InRuns(text, chars, minLength, minDigits, pattern).Where(m => Digits(text.AsSpan(m.Index, m.Length)) >= minDigits).ToList();
                Assert.True(expected.SequenceEqual(actual), $"'{text}' {pattern}: [{string.Join(",", expected)}] vs [{string.Join(",", actual)}]");
                found[p] += expected.Count;
            }
        }

        Assert.All(found, count => Assert.True(count > 200, $"only {count} matches of a pattern: the generator does not reach it"));
    }

    [Fact]
    public void AtSeparators_AddressShapes_SkipOnlyWhereThePatternFails()
    {
        var found = new int[3];
        foreach (var text in RandomTexts(AddressPieces, seed: 7))
        {
            var ipv4 = Anchors.AtSeparators(text, NetworkRecognizer.Dot, NetworkRecognizer.Digits, 3, NetworkRecognizer.IPv4Pattern(), minLead: 1).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(ipv4, Anchors.AtSeparators(text, NetworkRecognizer.Dot, NetworkRecognizer.Digits, 3, NetworkRecognizer.IPv4Pattern(), minLead: 1, shape: NetworkRecognizer.DottedQuad).Select(m => (m.Index, m.Length)));

            var mac = Anchors.AtSeparators(text, NetworkRecognizer.MacSeparators, NetworkRecognizer.HexDigits, 4, NetworkRecognizer.MacPattern(), minLead: 2).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(mac, Anchors.AtSeparators(text, NetworkRecognizer.MacSeparators, NetworkRecognizer.HexDigits, 4, NetworkRecognizer.MacPattern(), minLead: 2, shape: NetworkRecognizer.MacGroups).Select(m => (m.Index, m.Length)));

            // IPv6: the shape may skip a match, but only one the recognizer drops anyway (fewer than seven colons and no "::").
            static bool Kept(string v) => v.Count(c => c == ':') >= 2 && (v.Contains("::", StringComparison.Ordinal) || v.Count(c => c == ':') >= 7);
            var ipv6 = Anchors.AtSeparators(text, NetworkRecognizer.Colon, NetworkRecognizer.HexDigits, 4, NetworkRecognizer.IPv6Pattern()).Where(m => Kept(m.Value)).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(ipv6, Anchors.AtSeparators(text, NetworkRecognizer.Colon, NetworkRecognizer.HexDigits, 4, NetworkRecognizer.IPv6Pattern(), shape: NetworkRecognizer.ColonRun).Where(m => Kept(m.Value)).Select(m => (m.Index, m.Length)));

            (found[0], found[1], found[2]) = (found[0] + ipv4.Count, found[1] + mac.Count, found[2] + ipv6.Count);
        }

        Assert.All(found, count => Assert.True(count > 100, $"only {count} matches of a pattern: the generator does not reach it"));
    }

    private static IEnumerable<string> RandomTexts(string[] pieces, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 5_000; i++)
        {
            var text = new StringBuilder();
            for (var p = random.Next(1, 40); p > 0; p--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            yield return text.ToString();
        }
    }

    private static int Digits(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }
}
