using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

public sealed class RedactorTests
{
    private const string Text = "user ana.silva@example.org from 203.0.113.9 via 10.1.2.3 paid with 4242 4242 4242 4242, password=Hunter2!xyz";

    [Fact]
    public void Default_policy_redacts_secrets_pseudonymises_pii_and_keeps_private_addresses()
    {
        var result = Redactor.Default.Redact(Text);

        Assert.Equal("user <EMAIL_1> from <IPV4_1> via 10.1.2.3 paid with <CREDIT_CARD_1>, password=<GENERIC_SECRET>", result.Text);
        Assert.Equal(4, result.Redactions.Count);
        Assert.Equal(1, result.CountsByType["EMAIL"]);
        var email = result.Redactions[0];
        Assert.Equal("ana.silva@example.org", Text[email.Start..email.End]);
        Assert.Equal("<EMAIL_1>", result.Text[email.OutputStart..email.OutputEnd]);
    }

    [Fact]
    public void Each_operator_does_what_it_says()
    {
        var policy = RedactionPolicy.Default.WithPrivateAddresses(keep: false)
            .With(PiiType.Email, RedactionOperator.Hash)
            .With(PiiType.CreditCard, RedactionOperator.Mask)
            .With(PiiType.IPv4, RedactionOperator.Redact)
            .With(PiiType.Person, RedactionOperator.Keep);
        var redactor = new Redactor(new PiiDetector(), policy, hashKey: new byte[32]);

        var result = redactor.Redact(Text + " Signed-off-by: Maria Gonzalez");

        Assert.Matches("^user <EMAIL:[0-9a-f]{8}> from <IPV4> via <IPV4> paid with \\*{15}4242, password=<GENERIC_SECRET> Signed-off-by: Maria Gonzalez$", result.Text);
        var hash = System.Text.RegularExpressions.Regex.Match(result.Text, "<EMAIL:[0-9a-f]{8}>").Value;
        Assert.Equal("again " + hash, redactor.Redact("again ana.silva@example.org").Text);
    }

    [Fact]
    public void Secrets_can_only_be_redacted_or_hashed()
    {
        Assert.Throws<ArgumentException>(() => RedactionPolicy.Default.With(PiiType.AwsSecretKey, RedactionOperator.Keep));
        Assert.Throws<ArgumentException>(() => RedactionPolicy.Default.With(PiiType.Jwt, RedactionOperator.Pseudonymize));
        Assert.Equal(RedactionOperator.Hash, RedactionPolicy.Default.With(PiiType.ApiKey, RedactionOperator.Hash).OperatorFor(PiiType.ApiKey));
    }

    [Fact]
    public void Pseudonyms_are_consistent_within_a_case_and_restore_to_the_real_values()
    {
        var map = new PseudonymMap();
        var first = Redactor.Default.Redact("login failed for bob@corp.example.com from 198.51.100.20", map);
        var second = Redactor.Default.Redact("login failed again for bob@corp.example.com; alice@corp.example.com ok", map);

        Assert.Equal("login failed for <EMAIL_1> from <IPV4_1>", first.Text);
        Assert.Equal("login failed again for <EMAIL_1>; <EMAIL_2> ok", second.Text);
        Assert.Equal("bob@corp.example.com failed twice from 198.51.100.20; <EMAIL_9> is unknown", map.Restore("<EMAIL_1> failed twice from <IPV4_1>; <EMAIL_9> is unknown"));
    }

    [Fact]
    public void A_map_reloaded_from_its_pseudonyms_continues_the_numbering()
    {
        var map = new PseudonymMap();
        Redactor.Default.Redact("a@example.com b@example.com", map);
        var reloaded = new PseudonymMap(map.TakeAdded());

        var result = Redactor.Default.Redact("b@example.com c@example.com", reloaded);

        Assert.Equal("<EMAIL_2> <EMAIL_3>", result.Text);
    }

    [Fact]
    public async Task Stream_redaction_keeps_a_key_that_spans_blocks_whole_and_loses_no_text()
    {
        var key = "-----BEGIN RSA PRIVATE KEY-----\n" + string.Concat(Enumerable.Repeat("MIIEowIBAAKCAQEAvY3p0Jx7Q2m9nL4kP8sR1tU6wZ3yB5cD7eF9gH1jK3lM5nO\n", 40)) + "-----END RSA PRIVATE KEY-----\n";
        var filler = string.Concat(Enumerable.Repeat("2024-05-01T10:00:00Z INFO request served in 12 ms\n", 60));
        var input = filler + key + filler + "contact ops@example.com\n";
        using var output = new StringWriter();

        var counts = await new StreamRedactor(Redactor.Default, blockSize: 1024).RedactAsync(new StringReader(input), output, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, counts[PiiType.PrivateKey]);
        Assert.Equal(filler + "<PRIVATE_KEY>\n" + filler + "contact <EMAIL_1>\n", output.ToString());
    }

    [Fact]
    public async Task Stream_redaction_cuts_a_line_longer_than_eight_blocks_between_values_not_inside_one()
    {
        // One 20,000-character line (a minified JSON document): with 1,024-character blocks it must be cut, and a cut at
        // exactly 8,192 characters would split the secret placed across that point, which no recognizer would then read.
        var before = string.Concat(Enumerable.Repeat("\"k\":\"v\", ", 1_000))[..8_180];
        var line = before + "\"password\":\"Sup3r-S3cret-Value-2024\", " + string.Concat(Enumerable.Repeat("\"k\":\"v\", ", 1_200));
        using var output = new StringWriter();

        var counts = await new StreamRedactor(Redactor.Default, blockSize: 1024).RedactAsync(new StringReader(line + "\n"), output, cancellationToken: TestContext.Current.CancellationToken);

        Assert.DoesNotContain("S3cret", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, counts.Values.Sum());
        Assert.Equal(Redactor.Default.Redact(line + "\n").Text, output.ToString());
    }

    [Fact]
    public async Task Stream_redaction_in_small_blocks_equals_whole_text_redaction_and_reports_where_each_value_went()
    {
        var lines = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            lines.Add(i % 7 == 0 ? new string('x', 1 + (i * 37 % 300)) : $"2024-05-01T10:00:{i % 60:00}Z user{i % 13}@example.com from 10.1.{i % 250}.{i % 200 + 1} took {i} ms");
        }

        lines.Insert(200, new string('y', 20_000)); // a line longer than eight blocks is cut where it stands
        var input = string.Join('\n', lines) + "\n";
        var report = new List<Redaction>();
        using var output = new StringWriter();

        await new StreamRedactor(Redactor.Default, blockSize: 1024).RedactAsync(new StringReader(input), output, report: report, cancellationToken: TestContext.Current.CancellationToken);

        var whole = Redactor.Default.Redact(input);
        Assert.Equal(whole.Text, output.ToString());
        Assert.Equal(whole.Redactions.Count, report.Count);
        var text = output.ToString();
        foreach (var (expected, actual) in whole.Redactions.Zip(report))
        {
            Assert.Equal(expected, actual);
            Assert.StartsWith("<", text[actual.OutputStart..actual.OutputEnd], StringComparison.Ordinal);
        }
    }
}
