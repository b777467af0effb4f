using System.Text;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The person recognizer runs its name pattern only on lines that can hold a name; on name-dense text with capitals,
/// line ends and other letters mixed in, the candidates must be exactly the matches of the pattern over the whole text.</summary>
public sealed class PersonCandidatesTests
{
    private static readonly string[] Pieces =
    [
        "Anna", "Smith", "K.", "O'Neil", "Jean-Luc", "Zoë", "Ömer", "José", "Nwosu", "ERROR", "INFO", "Dear", "x", "ab", "A", "Q.", " ", " ", "  ",
        "\n", "\r\n", "\n", " Anna Smith", " Smith", "Anna K. Smith", "Ana Lima ", ".", "-", "'", "’", "_", "7", "é", "—", "\t", ":", "[10:18]",
        "Paged", "Grafana Tempo", "mcDonald", "the",
    ];

    [Fact]
    public void Candidates_AreTheMatchesOfThePatternOverTheWholeText()
    {
        var random = new Random(11);
        var found = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var text = new StringBuilder();
            for (var p = random.Next(1, 40); p > 0; p--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var s = text.ToString();
            var expected = PersonRecognizer.NamePattern().Matches(s).Select(m => (m.Index, m.Index + m.Length)).ToList();
            var actual = PersonRecognizer.Candidates(s);
            Assert.True(expected.SequenceEqual(actual), $"'{s}': [{string.Join(",", expected)}] vs [{string.Join(",", actual)}]");
            found += expected.Count;
        }

        Assert.True(found > 1_000, $"only {found} matches: the generator does not reach the pattern");
    }

    [Fact]
    public void LogLinesOfCapitalsAndNumbers_AreNotCandidates_NamesOnAnyLineAre()
    {
        var text = "2026-12-05 10:22:33 INFO GET /api 200\nERROR DB timeout\nticket escalated to Anna Smith today\n[10:18] Zoë Ödegaard: ok\n";
        Assert.Equal(["Anna Smith", "Zoë Ödegaard"], PersonRecognizer.Candidates(text).Select(c => text[c.Start..c.End]));
    }
}
