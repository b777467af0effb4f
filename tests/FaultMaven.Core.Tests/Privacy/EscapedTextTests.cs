using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Private data hidden behind character escapes — JSON's and Go's <c>\u0040</c>, nginx's and Python's <c>\x22</c>, at any
/// depth of quoting — is found and replaced whole, escapes included. Values are made up for these tests.</summary>
public sealed class EscapedTextTests
{
    private static readonly PiiDetector Detector = new();

    [Theory]
    // Go's encoding/json writes <, > and & as \u003c, \u003e, \u0026; other encoders escape quotes, @ and spaces.
    [InlineData("{\"msg\":\"login by nadia.k\\u0040example.org failed\"}", "nadia.k\\u0040example.org", PiiType.Email)]
    [InlineData("{\"msg\":\"\\u003cauth\\u003e token=\\u0022ghp_Qm8vX2pL9wKzT4nR7sY1uB3cD5eF6gH0iJ2k\\u0022\"}", "ghp_Qm8vX2pL9wKzT4nR7sY1uB3cD5eF6gH0iJ2k", PiiType.GitHubToken)]
    [InlineData("{\"cfg\":\"\\u0022password\\u0022:\\u0022Tr0ub4dor-Kx9\\u0022\"}", "Tr0ub4dor-Kx9", PiiType.GenericSecret)]
    [InlineData("{\"msg\":\"charged 4111\\u00201111\\u00201111\\u00201111 for order\"}", "4111\\u00201111\\u00201111\\u00201111", PiiType.CreditCard)]
    // One level deeper: the escape's backslash is itself escaped.
    [InlineData("{\"log\":\"{\\\"msg\\\":\\\"mail from ravi.p\\\\u0040corp.example\\\"}\"}", "ravi.p\\\\u0040corp.example", PiiType.Email)]
    // nginx (escape=default) and Python byte strings write quotes as \x22.
    [InlineData("10.0.0.5 - - \"POST /api HTTP/1.1\" 200 body:{\\x22api_key\\x22:\\x22Zp3QmX8vN2kLrT6wYb\\x22}", "Zp3QmX8vN2kLrT6wYb", PiiType.GenericSecret)]
    public void Finds_escaped_values_and_covers_their_escapes(string text, string expected, PiiType type)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == type && text[e.Start..e.End] == expected);
    }

    [Fact]
    public void Replacement_keeps_the_escapes_around_the_value_and_the_text_outside_it()
    {
        const string text = "{\"cfg\":\"\\u0022password\\u0022:\\u0022Tr0ub4dor-Kx9\\u0022\",\"n\":1}";

        var redacted = Redactor.Default.Redact(text).Text;

        Assert.Equal("{\"cfg\":\"\\u0022password\\u0022:\\u0022<GENERIC_SECRET>\\u0022\",\"n\":1}", redacted);
    }

    [Fact]
    public void The_same_address_escaped_and_plain_gets_one_pseudonym()
    {
        var map = new PseudonymMap();

        var plain = Redactor.Default.Redact("user nadia.k@example.org signed in", map).Text;
        var escaped = Redactor.Default.Redact("{\"user\":\"nadia.k\\u0040example.org\"}", map).Text;

        Assert.Equal("user <EMAIL_1> signed in", plain);
        Assert.Equal("{\"user\":\"<EMAIL_1>\"}", escaped);
    }

    [Theory]
    // Not escapes: too few hex digits, no hex digits, a Windows path; nothing is found and nothing moves.
    [InlineData("path C:\\users\\xavier\\u12 done")]
    [InlineData("regex \\x2 and \\uZZZZ stay as written")]
    [InlineData("")]
    public void Text_that_only_looks_escaped_is_left_as_it_is(string text)
    {
        Assert.Equal(text, Redactor.Default.Redact(text).Text);
    }

    [Fact]
    public void Offsets_of_values_after_escapes_point_into_the_original_text()
    {
        const string text = "\\u0041\\u0042 contact: mo.t@example.net and \\x41";

        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal("mo.t@example.net", text[entity.Start..entity.End]);
    }
}
