using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Searches that decide where a recognizer's pattern is tried: each must find what the search it replaced found.</summary>
public sealed class RedactPrechecksTests
{
    // The heredoc pattern as it was enumerated before: unanchored, over the whole text.
    private static readonly Regex UnanchoredHeredoc = new(
        @"(?<![\w.-])(?<key>[\w.-]{1,64})[ \t]{0,8}=[ \t]{0,8}<<[-~]?[""']?(?<tag>[A-Za-z_]{1,16})[""']?[ \t]{0,8}\r?\n(?<body>(?:[^\n]{0,512}\n){1,64}?)[ \t]{0,16}\k<tag>(?![\w])",
        RegexOptions.CultureInvariant);

    // Keys, blanks, '=', heredoc openers and tags, and characters outside ASCII that are word characters to the pattern (é, a
    // combining accent, the undertie U+203F, Arabic-Indic digits) or are not (the no-break space, ZWJ, an em dash).
    private static readonly string[] HeredocPieces = ["secret", "db_password", "api.key", "x-token", "a", "é", "\u0301", "\u203F", "٣", "\u00A0", "\u200D", "—",
        " ", "  ", "\t", "         ", "=", "= ", "<<", "<<-", "<<~", "<<<", "\"", "'", "EOT", "EOF", "END", "\n", "\r\n", "hunter2-Xy9", "$(cat ", "<", "-", "."];

    [Fact]
    public void Heredocs_RandomTexts_SameMatchesAsTheUnanchoredPattern()
    {
        var random = new Random(18);
        var matches = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 60); n > 0; n--)
            {
                text.Append(HeredocPieces[random.Next(HeredocPieces.Length)]);
            }

            // A key of 63–66 characters now and then: the pattern's longest key is 64.
            if (random.Next(8) == 0)
            {
                text.Insert(random.Next(text.Length), new string('k', random.Next(63, 67)) + " = <<EOT\nvalue\nEOT\n");
            }

            var s = text.ToString();
            var expected = UnanchoredHeredoc.Matches(s).Select(m => (m.Index, m.Length, m.Groups["key"].Value)).ToList();
            Assert.Equal(expected, NamedSecretRecognizer.Heredocs(s).Select(m => (m.Index, m.Length, m.Groups["key"].Value)));
            matches += expected.Count;
        }

        Assert.True(matches > 500, $"only {matches} heredocs: the generator does not reach the pattern");
    }

    [Theory]
    [InlineData("vault_token = <<EOT\ns.AbCdEf1234567890xyz\nEOT\n", "s.AbCdEf1234567890xyz")]
    [InlineData("é_secret=<<-'END'\n  Zq9-kLm2-Pw7x-44Rt\n  END\n", "Zq9-kLm2-Pw7x-44Rt")]
    public void Heredocs_SecretKey_BodyRedacted(string text, string secret)
    {
        var entities = new PiiDetector().Detect(text);
        Assert.Contains(entities, e => text[e.Start..e.End] == secret);
    }

    // Every tool name, parts of them that are common words' parts or cut short (con, mongodb, snm, 7z), blanks and characters
    // outside ASCII.
    private static readonly string[] ToolPieces =
    [
        .. CommandLineSecretRecognizer.ToolFlags.SelectMany(f => f.Tools).Distinct(),
        "con", "sul", "config ", "mongodb://", "snm", "7z", "ldap", "smb", "rdp", "-p ", " ", "\n", "\t", "=", "é", "\u212A", "ſ", "dig", "ig ", "man", "an ",
    ];

    [Fact]
    public void ToolGroupsIn_RandomTexts_SameGroupsAsSearchingEveryName()
    {
        var random = new Random(19);
        var groups = CommandLineSecretRecognizer.ToolFlags;
        var seen = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 12); n > 0; n--)
            {
                var piece = ToolPieces[random.Next(ToolPieces.Length)];
                // Now and then only a part of a piece: a name cut at either end.
                text.Append(random.Next(4) == 0 && piece.Length > 2 ? piece.Substring(random.Next(2), piece.Length - 2) : piece);
            }

            var s = text.ToString();
            var expected = 0;
            for (var g = 0; g < groups.Length; g++)
            {
                expected |= groups[g].Tools.Any(tool => s.Contains(tool, StringComparison.Ordinal)) ? 1 << g : 0;
            }

            Assert.True(expected == CommandLineSecretRecognizer.ToolGroupsIn(s), s);
            seen |= expected;
        }

        Assert.Equal((1 << groups.Length) - 1, seen);
    }
}
