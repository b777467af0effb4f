using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Searching only the lines that hold a pattern's word must find exactly what enumerating the pattern over the whole text
/// finds, for the positional patterns read that way (each match within one line, holding the word).</summary>
public sealed class LineAnchorsTests
{
    private static readonly string[] Pieces =
    [
        "AUTH", "auth", "Auth", "LOGIN", "login", "a1", "A001", "42", "C: ", "> ", "127.0.0.1:6379> ", "\n", "\r\n", "\r", " ", "  ", "\t", "\"", "'",
        "alice", "S3cret-99", "pw", "x", "plain", ":", "-", "authentication", "LOGINS",
        "AUTH ", "auth alice ", "a1 LOGIN alice ", "A001 login \"bob smith\" ", "C: a2 LOGIN u ", "S3cret-99\n", "\"p4-Qr5s\"\r\n",
    ];

    public static TheoryData<string> Patterns => ["auth", "login"];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void InLinesWith_SameMatchesAsTheWholeText(string word)
    {
        var pattern = word == "auth" ? PositionalSecretRecognizer.AuthCommandPattern() : PositionalSecretRecognizer.ImapLoginPattern();
        var anchors = SearchValues.Create([word], StringComparison.OrdinalIgnoreCase);
        var random = new Random(word.Length);
        var total = 0;
        for (var i = 0; i < 4_000; i++)
        {
            var text = RandomText(random);
            var expected = pattern.Matches(text).Select(m => (m.Index, m.Length, m.Groups["value"].Value)).ToList();
            var actual = Anchors.InLinesWith(text, anchors, pattern).Select(m => (m.Index, m.Length, m.Groups["value"].Value)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"'{text}': [{string.Join(",", expected)}] vs [{string.Join(",", actual)}]");
            total += expected.Count;
        }

        Assert.True(total > 200, $"only {total} matches: the generator does not reach the pattern");
    }

    [Fact]
    public void InLinesWith_LineWithoutTheWord_NotSearched()
    {
        // A pattern that would match on any line: only the line holding the word is read.
        var text = "x 1\nauth 2\ny 3\n";
        var matches = Anchors.InLinesWith(text, SearchValues.Create(["auth"], StringComparison.OrdinalIgnoreCase), new Regex(@"\d")).Select(m => m.Value);
        Assert.Equal(["2"], matches);
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(1, 24);
        for (var p = 0; p < pieces; p++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }
}
