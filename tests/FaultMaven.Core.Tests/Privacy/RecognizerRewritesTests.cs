using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Recognizer code rewritten for speed: each must find exactly what the code it replaced found.</summary>
public sealed class RecognizerRewritesTests
{
    // Records as tools write them, and their parts: names, marks, quotes, escapes, blanks, line ends, comments, "--" inside and
    // before words, and characters outside ASCII that are word characters to a pattern (é, ß, a combining accent, U+203F) or are not
    // (the no-break space, an em dash).
    private static readonly string[] FieldPieces =
    [
        "{\"value\": \"s3cr3t-Xy9\", \"name\": \"DB_PASSWORD\"}", "<add value='hunter2x' key='ApiSecret'/>", "- ParameterKey: DbPassword\n  ParameterValue: Zq9kLm2Pw7x\n",
        "variable \"db_password\" {\n  default = \"Tr0ub4dor&3\"\n}\n", "<property><name>db.password</name><value>p4ss</value></property>",
        "<cfg:setting name=\"ApiKey\" >\n  <cfg:value type=\"string\"><![CDATA[AbC123xyz]]></cfg:value>\n</cfg:setting>",
        "gh secret set DEPLOY_KEY --body \"ghp_abc\" \\\n  --repo x/y", "aws ssm put-parameter --name /prod/db/password --value S3cr3t!",
        "token: |\n  QUJDREVG\n  R0hJSktM\n", "key: !!binary |\n  AAEC\n", "\\\"password\\\":\\\"x\\\\\\\"y\\\"", "pass='it''s'", "${VAR}",
        "name", "value", "key", "id", "default", "--", "-", "--x", "a--b", ":", "=", ": ", " = ", "<", ">", "</", "/>", "<!-- c -->", "#", "# c\n",
        "\"", "'", "\\", "\\\\", " ", "  ", "\t", "         ", "\n", "\r\n", ",", ";", "{", "}", "[", "]", "|", "|-", ">+", "!!str ", ".", "_",
        "é", "ß", "\u0301", "\u203F", "\u00A0", "—", "x", "Z9", "0x3f", "DB_PASSWORD", "apps/ledger/db_password", new string('k', 31), new string('k', 33),
    ];

    [Fact]
    public void RecordFields_RandomTexts_AlternativeToldByTheFirstCharacterAsByItsGroup()
    {
        var random = new Random(20);
        var (elements, flags, keys) = (0, 0, 0);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 40); n > 0; n--)
            {
                var piece = FieldPieces[random.Next(FieldPieces.Length)];
                // Now and then only a part of a piece: a record cut at either end.
                text.Append(random.Next(4) == 0 && piece.Length > 2 ? piece.Substring(random.Next(piece.Length / 2), piece.Length / 2) : piece);
            }

            var s = text.ToString();
            for (var m = NamedSecretRecognizer.RecordFieldPattern().Match(s); m.Success; m = m.NextMatch())
            {
                Assert.True(m.Groups["element"].Success == NamedSecretRecognizer.IsElement(m), s);
                Assert.True(m.Groups["flag"].Success == NamedSecretRecognizer.IsFlag(m), s);
                (elements, flags, keys) = (elements + (m.Groups["element"].Success ? 1 : 0), flags + (m.Groups["flag"].Success ? 1 : 0),
                    keys + (m.Groups["element"].Success || m.Groups["flag"].Success ? 0 : 1));
            }
        }

        Assert.True(elements > 1_000 && flags > 1_000 && keys > 1_000, $"{elements} element, {flags} flag, {keys} key fields: the generator misses an alternative");
    }

    [Theory]
    [InlineData("<setting name=\"ApiSecret\">\n  <value>Zq9kLm2Pw7xT4</value>\n</setting>", "Zq9kLm2Pw7xT4")]
    public void RecordFields_ChildElementPair_ValueRedacted(string text, string secret)
    {
        var entities = new PiiDetector().Detect(text);
        Assert.Contains(entities, e => text[e.Start..e.End] == secret);
    }

    // The six words in any case, cut short or spaced, next to characters whose case folds to ASCII or not (ſ, ı, the Kelvin sign, İ).
    private static readonly string[] HeaderPieces =
    [
        "public", "PUBLIC", "Publ", "ublic", "pub", ".pub", ".PUB", "cert", "CeRt", "cer", ".crt", "crt", ".CRT", "signature", "SIGNATURE", "signatur",
        "cabundle", "caBundle", "ca bundle", "ſ", "ı", "\u212A", "İ", "key", "-----BEGIN ", " ", "\n", "é", "x", ".", "_",
    ];

    [Fact]
    public void NamesPublicMaterial_RandomHeaders_SameAsSixCaseInsensitiveSearches()
    {
        var random = new Random(20);
        var named = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 10); n > 0; n--)
            {
                text.Append(HeaderPieces[random.Next(HeaderPieces.Length)]);
            }

            var s = text.ToString();
            var expected = new[] { "public", "cert", "signature", ".pub", ".crt", "cabundle" }.Any(w => s.Contains(w, StringComparison.OrdinalIgnoreCase));
            Assert.True(expected == KeyMaterialRecognizer.NamesPublicMaterial(s), s);
            named += expected ? 1 : 0;
        }

        Assert.InRange(named, 2_000, 18_000);
    }

    // The words of the four positional patterns and what sits around them: blanks, line ends, quotes, slashes, values, and characters
    // whose case folds to ASCII or not (ſ, the Kelvin sign, ı).
    private static readonly string[] PositionalPieces =
    [
        "use", "Set", "try", "put", "PUT", "as", "AS", "the", "an", "our", "password", "pw", "passphrase", "token", "secret", "for", "now", "creds", "credentials",
        "login", "user", "USERNAME", "digest", "addauth", "sha", "consul kv", "etcdctl", "app/db/password", "/prod/api_token", "password_reset:user42",
        "Zq9kLm2Pw7xT4rB8", "hunter2!", "a1b2c3d4e5f6g7h8i9j0", "k=v", ":", "/", " ", "  ", "\t", "\n", "\r\n", "'", "\"", "`", ".", ",", "-", "@", "$",
        "ſ", "\u212A", "ı", "é",
        "use Zq9kLm2Pw7xT4rB8 as the admin password", "creds user: ops / Zq9kLm2Pw7xT4rB8", "put app/db/password Zq9kLm2Pw7xT4rB8", "digest:bob:Zq9kLm2Pw7",
    ];

    public static TheoryData<string> PositionalPatterns => ["as", "user", "store", "digest"];

    [Theory]
    [MemberData(nameof(PositionalPatterns))]
    public void PositionalPatterns_OnLinesWithTheirWords_SameMatchesAsOverTheWholeText(string which)
    {
        var (pattern, words) = which switch
        {
            "as" => (PositionalSecretRecognizer.ValueBeforeNamePattern(), PositionalSecretRecognizer.AsWord),
            "user" => (PositionalSecretRecognizer.UserSlashPasswordPattern(), PositionalSecretRecognizer.UserWord),
            "store" => (PositionalSecretRecognizer.StoreWritePattern(), PositionalSecretRecognizer.StoreWriteWord),
            _ => (PositionalSecretRecognizer.DigestCredentialPattern(), PositionalSecretRecognizer.DigestWord),
        };
        var random = new Random(20);
        var matches = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 30); n > 0; n--)
            {
                text.Append(PositionalPieces[random.Next(PositionalPieces.Length)]);
                text.Append(random.Next(3) == 0 ? "" : random.Next(5) == 0 ? "\t" : " ");
            }

            var s = text.ToString();
            var expected = pattern.Matches(s).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expected, Anchors.InLinesWith(s, words, pattern).Select(m => (m.Index, m.Length)));
            matches += expected.Count;
        }

        Assert.True(matches > 100, $"only {matches} matches: the generator does not reach the pattern");
    }
}
