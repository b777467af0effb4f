using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Card, SSN and phone patterns are run only over runs of digits long enough to hold one; on digit-heavy text the
/// matches must be exactly those of enumerating the pattern over the whole text.</summary>
public sealed partial class DigitRunsTests
{
    private static readonly string[] CardPieces = ["4111", "1111", "12", "3", "078-05-1120", "078 05 1120", "078051120", " ", "-", "  ", "x", ".", "/", "\n", "=", "٣"];

    private static readonly string[] PhonePieces = ["+1", "+", "(", ")", "(555)", "555-1234", "212.555.0199", "%2B", "%2b", "44", "0049", "(0)", "20 7946 0958",
        "2015-10-18", "18:01:47", "1234567", "12", " ", ".", "-", ":", "/", "x", "B", "%", "٣", "\n"];

    [Fact]
    public void CardsAndSsns_SameMatchesAsEnumeratingThePattern()
    {
        var found = 0;
        foreach (var s in RandomTexts(CardPieces, seed: 99))
        {
            foreach (var (pattern, digits) in new[] { (FinancialRecognizer.CardPattern(), 13), (FinancialRecognizer.SsnPattern(), 9) })
            {
                var expected = pattern.Matches(s).Select(m => (m.Index, m.Length)).ToList();
                var actual = Anchors.InDigitRuns(s, FinancialRecognizer.GroupedDigits, digits, pattern).ToList();
                Assert.True(expected.SequenceEqual(actual), $"'{s}' {pattern}: [{string.Join(",", expected)}] vs [{string.Join(",", actual)}]");
                found += expected.Count;
            }
        }

        Assert.True(found > 1_000, $"only {found} matches: the generator does not reach the patterns");
    }

    [Fact]
    public void CardsAndSsns_FromSharedRuns_SameMatchesAsEnumeratingThePattern()
    {
        // The financial recognizer reads the runs once (at the SSN's nine digits) and runs the card pattern over those with 13.
        var found = 0;
        foreach (var s in RandomTexts(CardPieces, seed: 7))
        {
            var runs = Anchors.DigitRuns(s, FinancialRecognizer.GroupedDigits, 9);
            foreach (var (pattern, digits) in new[] { (FinancialRecognizer.CardPattern(), 13), (FinancialRecognizer.SsnPattern(), 9) })
            {
                var expected = pattern.Matches(s).Select(m => (m.Index, m.Length)).ToList();
                var actual = Anchors.InRuns(s, runs, digits, pattern).ToList();
                Assert.True(expected.SequenceEqual(actual), $"'{s}' {pattern}: [{string.Join(",", expected)}] vs [{string.Join(",", actual)}]");
                found += expected.Count;
            }
        }

        Assert.True(found > 1_000, $"only {found} matches: the generator does not reach the patterns");
    }

    [Fact]
    public void Phones_SameCandidatesAsEnumeratingThePattern()
    {
        // Matches of fewer than seven digits are dropped by the recognizer either way; every other match must be the same.
        static bool Candidate(string s, int index, int length)
        {
            var value = s.Substring(index, length);
            return value.Count(char.IsAsciiDigit) - (value.StartsWith("%2", StringComparison.Ordinal) ? 1 : 0) >= 7;
        }

        var found = 0;
        foreach (var s in RandomTexts(PhonePieces, seed: 5))
        {
            var expected = ContactRecognizer.PhonePattern().Matches(s).Where(m => Candidate(s, m.Index, m.Length)).Select(m => (m.Index, m.Length)).ToList();
            var actual = Anchors.InDigitRuns(s, ContactRecognizer.PhoneCharacters, 7, ContactRecognizer.PhonePattern(), ContactRecognizer.PhoneLeadIn)
                .Where(m => Candidate(s, m.Index, m.Length)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"'{s}': [{string.Join(",", expected)}] vs [{string.Join(",", actual)}]");
            found += expected.Count;
        }

        Assert.True(found > 1_000, $"only {found} matches: the generator does not reach the pattern");
    }

    [Fact]
    public void MegabyteRun_IsOneRun_WithEveryMatchInIt()
    {
        var text = string.Concat(Enumerable.Repeat("4 1 1 1 ", 125_000));
        var expected = FinancialRecognizer.CardPattern().Matches(text).Select(m => (m.Index, m.Length)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Anchors.InDigitRuns(text, FinancialRecognizer.GroupedDigits, 13, FinancialRecognizer.CardPattern()));
    }

    private static IEnumerable<string> RandomTexts(string[] pieces, int seed) => PieceTexts.Random(pieces, seed);
}
