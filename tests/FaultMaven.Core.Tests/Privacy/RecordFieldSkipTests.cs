using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The record reader starts the field pattern only where a field can start; it must find exactly the fields, with the same
/// groups, that the pattern finds match after match over the same window: fields at the window's first and last character, a key's
/// name 32 characters long and longer, eight blanks and more before its ":", escapes and quotes around it, names beyond ASCII,
/// a "--" inside a name, "&lt;/" before a name (which the key alternative refuses), flags, elements, and text that holds none.</summary>
public sealed class RecordFieldSkipTests
{
    private static readonly string[] Pieces =
    [
        "name: \"DB_PASSWORD\"", "\"value\":\"s3cr3t\"", "<value>x1</value>", "</name>", "<cfg:value type=\"s\">v</cfg:value>", "--name /prod/db",
        "--value=Zq9", "a--b: c", "\\\"key\\\": \\\"v\\\"", "ключ: знач", "é_name=1", "password: |\n  line", "data: !!binary |\n", "x.y-z = 'q'",
        "averyveryveryveryverylongnamethatgoeson: v", "abcdefghijklmnopqrstuvwxyz012345: v", "k        : v", "k         : v", "\\\\\\\\\\\\\\k: v",
        "the quick brown fox jumps over the lazy dog", "2024-01-02T03:04:05Z", "--", "-", "<", ">", "</", "/", ":", "=", ", ", "; ", " ", "\t",
        "\n", "\r\n", "{", "}", "[", "]", "\"", "'", "\\", "key", "value", "${VAR}", "</key", "<name >n</name >", "--secret-string '{}'",
        "\"a\"b\": v", "'k'  = v", "x \\\"y\\\" : z", "é\"k\": v", "a.b--c = d", "\"\"k: v",
    ];

    private const string Alphabet = "ab_-.\\\"' \t:=<>/\n{}[],;é1|!";

    [Fact]
    public void FieldsFound_AreThePatternsMatchesInTheWindow()
    {
        var random = new Random(22);
        var fields = 0;
        for (var round = 0; round < 6000; round++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 30);
            for (var i = 0; i < count; i++)
            {
                if (random.Next(3) == 0)
                {
                    for (var n = random.Next(1, 12); n > 0; n--)
                    {
                        text.Append(Alphabet[random.Next(Alphabet.Length)]);
                    }
                }
                else
                {
                    text.Append(Pieces[random.Next(Pieces.Length)]);
                }
            }

            var s = text.ToString();
            var start = random.Next(s.Length);
            var end = random.Next(start, s.Length + 1);
            var expected = Fields(NamedSecretRecognizer.RecordFieldPattern().Match(s, start, end - start), m => m.NextMatch());
            var actual = Fields(NamedSecretRecognizer.NextField(s, start, end, null), m => NamedSecretRecognizer.NextField(s, start, end, m));
            Assert.True(expected.SequenceEqual(actual), $"'{s}' [{start}, {end}): {string.Join(" ", expected)} vs {string.Join(" ", actual)}");
            fields += actual.Count;
        }

        Assert.True(fields > 3000, $"{fields} fields");
    }

    [Fact]
    public void FieldName_IsTheFieldGroup_AndAFlagsArgumentItsValueGroup()
    {
        var random = new Random(23);
        var checkedFields = 0;
        for (var round = 0; round < 6000; round++)
        {
            var s = Generated(random);
            for (var m = NamedSecretRecognizer.RecordFieldPattern().Match(s); m.Success; m = m.NextMatch())
            {
                var name = NamedSecretRecognizer.FieldName(m, out var argued).ToString();
                Assert.True(name == m.Groups["field"].Value, $"'{m.Value}': '{name}' vs '{m.Groups["field"].Value}'");
                Assert.True(argued == (NamedSecretRecognizer.IsFlag(m) && m.Groups["value"].Success), $"'{m.Value}': argued {argued}");
                checkedFields++;
            }
        }

        Assert.True(checkedFields > 10000, $"{checkedFields} fields");
    }

    [Theory]
    [InlineData("<cfg:value type=\"s\">v</cfg:value>", "value", false)]
    [InlineData("<name >n</name >", "name", false)]
    [InlineData("--value=Zq9", "value", true)]
    [InlineData("--name  /prod/db", "name", true)]
    [InlineData("--secret-string ''", "secret-string", true)]
    [InlineData("--verbose", "verbose", false)]
    [InlineData("\\\"key\\\": \\\"v\\\"", "key", false)]
    [InlineData("'k'  = v", "k", false)]
    [InlineData("x.y-z = 'q'", "x.y-z", false)]
    public void FieldName_ReadsEachAlternative(string text, string name, bool argued)
    {
        var m = NamedSecretRecognizer.RecordFieldPattern().Match(text);
        Assert.True(m.Success && m.Index == 0, text);
        Assert.Equal(name, NamedSecretRecognizer.FieldName(m, out var hasArgument).ToString());
        Assert.Equal(argued, hasArgument);
    }

    private static string Generated(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 30); i > 0; i--)
        {
            if (random.Next(3) == 0)
            {
                for (var n = random.Next(1, 12); n > 0; n--)
                {
                    text.Append(Alphabet[random.Next(Alphabet.Length)]);
                }
            }
            else
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        return text.ToString();
    }

    [Theory]
    [InlineData("x: 1", 0)]
    [InlineData("prose then x: 1", 5)]
    [InlineData("a</name: v", 3)]
    [InlineData("no field here at all", 0)]
    [InlineData("word--flag v --value w", 0)]
    public void FieldsFound_FromAnyStart(string text, int start)
    {
        var expected = Fields(NamedSecretRecognizer.RecordFieldPattern().Match(text, start, text.Length - start), m => m.NextMatch());
        var actual = Fields(NamedSecretRecognizer.NextField(text, start, text.Length, null), m => NamedSecretRecognizer.NextField(text, start, text.Length, m));
        Assert.Equal(expected, actual);
    }

    private static List<string> Fields(Match first, Func<Match, Match> next)
    {
        var fields = new List<string>();
        for (var m = first; m.Success; m = next(m))
        {
            var groups = string.Join(",", m.Groups.Cast<Group>().Select(g => g.Success ? $"{g.Name}:{g.Index}+{g.Length}" : "-"));
            fields.Add($"{m.Index}+{m.Length}[{groups}]");
        }

        return fields;
    }
}
