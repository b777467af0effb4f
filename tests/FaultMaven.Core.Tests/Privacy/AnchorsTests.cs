using System.Text;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The address patterns are tried only where separators fall as an address has them. On text dense with addresses and
/// near-misses, what they find must be exactly what trying the pattern at every separator finds.</summary>
public sealed class AnchorsTests
{
    private static readonly string[] AddressPieces = ["192.168.1.10", "10.0.0.", "1.2.3", "255", "1234", "02:42:ac:11:00:02", "aa-bb-cc-dd-ee-0f", "aabb.ccdd.eeff",
        "fe80::1", "2001:db8::", "1:2:3:4:5:6:7:8", "12:34:56", ".", ":", "::", "-", "aa", "0f", "٣", " ", " ", "x", "/", "_", "\n"];

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
}
