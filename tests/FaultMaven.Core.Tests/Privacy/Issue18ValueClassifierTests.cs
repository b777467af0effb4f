using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18: the value classifier over key/value structure. Secrets in pair shapes no rule names (numbered reply lines, a key
/// above its value, XML name/value siblings, call arguments, Rust's <c>Some(…)</c>, list items, a qualifier word before the key) are
/// found by the classifier itself; values that are not literals (references, masks, versions) and keys that only name something about
/// a secret or a lookup are left.</summary>
public sealed class Issue18ValueClassifierTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> Added(string text)
    {
        var findings = new Findings();
        new ValueClassifierRecognizer().Recognize(text, findings);
        return findings.Candidates.Select(c => text[c.Start..c.End]).ToList();
    }

    [Theory]
    [InlineData("cache-01:6380> CONFIG GET masterauth\n1) \"masterauth\"\n2) \"Vn4rQ8zLm2Xp7\"\n", "Vn4rQ8zLm2Xp7")]
    [InlineData("billing:\n  ledger_db_password:\n    Hx7mQ2rLz9wKd\n", "Hx7mQ2rLz9wKd")]
    [InlineData("<param><name>LEDGER_DB_PASSWD</name>\n<value>Kp3vT9wRz2Lq</value></param>", "Kp3vT9wRz2Lq")]
    [InlineData("Settings {\n    webhook_token: Some(\n        \"Rq2Lm8Xv4Tz9Wk3Pn7\",\n    ),\n}", "Rq2Lm8Xv4Tz9Wk3Pn7")]
    [InlineData("vault.write_credential(\"ldap-bind\", \"Zr8kW2mQp5xT\")", "Zr8kW2mQp5xT")]
    public void Finds_a_secret_in_a_shape_no_rule_names(string text, string secret)
    {
        Assert.Contains(secret, Added(text));
        Assert.Contains(Detector.Detect(text), e => text[e.Start..e.End] == secret);
    }

    [Theory]
    [InlineData("cache-01:6380> CONFIG GET masterauth\n1) \"masterauth\"\n2) \"${REDIS_MASTER_AUTH}\"\n")]
    [InlineData("billing:\n  ledger_db_password:\n    ****7Qz2\n")]
    [InlineData("<param><name>LEDGER_DB_PASSWD_FILE</name>\n<value>/run/secrets/ledger9</value></param>")]
    [InlineData("Settings {\n    webhook_token: Some(\n        \"4.12.7.3\",\n    ),\n}")]
    [InlineData("restored from cache key: npm-cache-linux-x64-9f8e7d6c5b4a3921")]
    [InlineData("Sec-WebSocket-Key: q9Lm2Xv8Tz4Wk7Pn3Rb5Hg==")]
    [InlineData("wg0 peer public key: Xy7Lm2Qv9Tz4Wk8Pn3Rb5Hg6Jd1Fs0Ac2Ve4Bn8Mk=")]
    public void Leaves_a_value_that_is_not_a_secret_literal(string text) => Assert.Empty(Added(text));

    [Fact]
    public void Leaves_a_pair_another_recognizer_claimed()
    {
        const string text = "1) \"masterauth\"\n2) \"Vn4rQ8zLm2Xp7\"\n";
        var findings = new Findings();
        findings.Add(PiiType.Email, text.IndexOf("Vn4", StringComparison.Ordinal), text.IndexOf("Vn4", StringComparison.Ordinal) + 13, 0.9);
        new ValueClassifierRecognizer().Recognize(text, findings);

        Assert.Single(findings.Candidates);
    }

    [Fact]
    public void Weights_follow_the_feature_order() => Assert.Equal(ValueFeatures.Count, ValueClassifierWeights.Add.Length);

    [Fact]
    public void Windows_are_bounded_around_the_anchor_words()
    {
        var text = new string('a', 5000) + "\npassword=Zr8kW2mQp5xT\n" + new string('b', 5000);
        var windows = ValueClassifierRecognizer.Windows(text, text.IndexOf("password", StringComparison.Ordinal));

        var (start, end) = Assert.Single(windows);
        Assert.True(end - start <= 2400, $"window {start}..{end}");
        Assert.Contains("Zr8kW2mQp5xT", text[start..end], StringComparison.Ordinal);
    }
}
