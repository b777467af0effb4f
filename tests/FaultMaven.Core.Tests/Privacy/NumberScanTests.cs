using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The one reading of a text for number-shaped candidates must find exactly what the separate searches it replaced found:
/// the same digit runs for cards and SSNs and for phone numbers, and the same IBAN matches as enumerating the pattern.</summary>
public sealed class NumberScanTests
{
    private static readonly string[] Pieces =
    [
        "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "DE89", "GB82", "WEST", "3704", "0044", "0532", "AB", "CD", "12", "1", "4111", "078-05-1120", "(555)", "212.555.0199", " ", "-", ".", "(", ")",
        "x", "a", "Z", "_", "\n", "٣", "٣٤", "A٣", "é", ":", "/", "  ",
    ];

    private static readonly string[] AddressPieces =
    [
        "192.168.1.10", "10.0.0.", "1.2.3", "255", "1234", "02:42:ac:11:00:02", "aa-bb-cc-dd-ee-0f", "aabb.ccdd.eeff", "fe80::1", "2001:db8::", "1:2:3:4:5:6:7:8", "12:34:56", ".", ":",
        "::", "-", "aa", "0f", "a", "٣", " ", " ", "x", "/", "_", "\n",
    ];

    [Fact]
    public void Runs_SameAsReadingEachSetSeparately()
    {
        var (grouped, phone) = (0, 0);
        foreach (var s in RandomTexts(seed: 11))
        {
            var scan = NumberScan.Of(s);
            var expectedGrouped = Anchors.DigitRuns(s, FinancialRecognizer.GroupedDigits, NumberScan.GroupedMinDigits);
            var expectedPhone = Anchors.DigitRuns(s, ContactRecognizer.PhoneCharacters, NumberScan.PhoneMinDigits);
            Assert.True(expectedGrouped.SequenceEqual(scan.GroupedRuns), $"'{s}': grouped [{string.Join(",", expectedGrouped)}] vs [{string.Join(",", scan.GroupedRuns)}]");
            Assert.True(expectedPhone.SequenceEqual(scan.PhoneRuns), $"'{s}': phone [{string.Join(",", expectedPhone)}] vs [{string.Join(",", scan.PhoneRuns)}]");
            (grouped, phone) = (grouped + expectedGrouped.Count, phone + expectedPhone.Count);
        }

        Assert.True(grouped > 1_000 && phone > 1_000, $"only {grouped} grouped and {phone} phone runs: the generator does not reach them");
    }

    [Fact]
    public void Ibans_SameMatchesAsEnumeratingThePattern()
    {
        var found = 0;
        foreach (var s in RandomTexts(seed: 23))
        {
            var expected = FinancialRecognizer.IbanPattern().Matches(s).Select(m => (m.Index, m.Length)).ToList();
            var actual = FinancialRecognizer.IbanMatches(s, NumberScan.Of(s).IbanStarts).ToList();
            Assert.True(expected.SequenceEqual(actual), $"'{s}': [{string.Join(",", expected)}] vs [{string.Join(",", actual)}]");
            found += expected.Count;
        }

        Assert.True(found > 500, $"only {found} IBAN matches: the generator does not reach the pattern");
    }

    [Fact]
    public void AddressSeparators_SameMatchesAsSearchingEverySeparator()
    {
        var found = new int[3];
        foreach (var s in RandomTexts(seed: 31, AddressPieces))
        {
            var scan = NumberScan.Of(s);
            var ipv4 = Anchors.AtSeparators(s, NetworkRecognizer.Dot, NetworkRecognizer.Digits, 3, NetworkRecognizer.IPv4Pattern(), minLead: 1, shape: NetworkRecognizer.DottedQuad).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(ipv4, Anchors.AtSeparators(s, scan.IPv4Dots, NetworkRecognizer.Digits, 3, NetworkRecognizer.IPv4Pattern(), minLead: 1, shape: NetworkRecognizer.DottedQuad).Select(m => (m.Index, m.Length)));
            var mac = Anchors.AtSeparators(s, NetworkRecognizer.MacSeparators, NetworkRecognizer.HexDigits, 4, NetworkRecognizer.MacPattern(), minLead: 2, shape: NetworkRecognizer.MacGroups).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(mac, Anchors.AtSeparators(s, scan.MacSeparators, NetworkRecognizer.HexDigits, 4, NetworkRecognizer.MacPattern(), minLead: 2, shape: NetworkRecognizer.MacGroups).Select(m => (m.Index, m.Length)));
            var ipv6 = Anchors.AtSeparators(s, NetworkRecognizer.Colon, NetworkRecognizer.HexDigits, 4, NetworkRecognizer.IPv6Pattern(), shape: NetworkRecognizer.ColonRun).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(ipv6, Anchors.AtSeparators(s, scan.IPv6Colons, NetworkRecognizer.HexDigits, 4, NetworkRecognizer.IPv6Pattern(), shape: NetworkRecognizer.ColonRun).Select(m => (m.Index, m.Length)));
            (found[0], found[1], found[2]) = (found[0] + ipv4.Count, found[1] + mac.Count, found[2] + ipv6.Count);
        }

        Assert.All(found, count => Assert.True(count > 100, $"only {count} matches of a pattern: the generator does not reach it"));
    }

    [Fact]
    public void AddressSeparators_KeepOnlySeparatorsWithTheirLeadBefore()
    {
        // "v.1" has no digit before its dot and "a-b" one hex digit before its hyphen: no address can start there.
        var scan = NumberScan.Of("v.1 10.0 a-b 0a:1 x.y");
        Assert.Equal([6], scan.IPv4Dots);
        Assert.Equal([6, 15], scan.MacSeparators); // "10." has two hex digits before its dot
        // A time of day's colons can start no IPv6 address; a run with "::" or seven colons keeps all of its colons.
        Assert.Equal([11, 12, 25, 27, 29, 31, 33, 35, 37], NumberScan.Of("at 12:30 fe::1 14:02:11 1:2:3:4:5:6:7:8").IPv6Colons);
        Assert.Empty(NumberScan.Of("at 12:30:45 and 1:2:3:4:5:6:7").IPv6Colons);
        Assert.Equal([0, 1], NumberScan.Of("::1 is loopback").IPv6Colons);
    }

    [Fact]
    public void IbanStarts_IncludeDigitsOfOtherScripts_AndLeaveLowercaseAlone()
    {
        // \d in the pattern is any decimal digit: a start before Arabic-Indic digits must be tried; lowercase letters never start one.
        Assert.Equal([1], NumberScan.Of(" DE٣٤ 3704 0044").IbanStarts);
        Assert.Empty(NumberScan.Of(" de89 3704 0044 0532 0130 00").IbanStarts);
    }

    [Fact]
    public void Runs_EndAtTheFirstCharacterOutsideTheirSet()
    {
        // A dot ends a card's run but not a phone number's; a letter ends both.
        var scan = NumberScan.Of("x 212.555.0199 4111 1111 1111 1111y");
        Assert.Equal([new Anchors.DigitRun(10, 34, 20)], scan.GroupedRuns);
        Assert.Equal([new Anchors.DigitRun(2, 34, 26)], scan.PhoneRuns);
    }

    [Fact]
    public void LongNumbers_CountEveryDigit_AndKeepTheIbanStartBeforeThem()
    {
        // The digits after a number's second are counted in a loop of their own: the runs must still hold all eleven, and the
        // start of "GB12…" (two capitals, then the number's first two digits) must still be found.
        var scan = NumberScan.Of("GB12345678901 x 12.3");
        Assert.Equal([0], scan.IbanStarts);
        Assert.Equal([new Anchors.DigitRun(2, 14, 11)], scan.GroupedRuns);
        Assert.Equal([new Anchors.DigitRun(2, 14, 11)], scan.PhoneRuns);
        Assert.Equal([18], scan.IPv4Dots);
        Assert.Empty(NumberScan.Of("GB1 2345678901 x").IbanStarts);
    }

    private static IEnumerable<string> RandomTexts(int seed) => PieceTexts.Random(Pieces, seed);

    private static IEnumerable<string> RandomTexts(int seed, string[] pieces) => PieceTexts.Random(pieces, seed);
}
