using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Views;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18: text whose surface form hides a token from the recognizers that would catch it written plainly — wrapped by a
/// mail client, continued with a backslash, held in a YAML block, quoted in a reply, percent- or entity-encoded — is read through a
/// normalised view, and the whole original span is redacted. Each family has text it must act on and text of the same shape it must
/// leave alone. Values are made up for these tests.</summary>
public sealed class Issue18RedactionViewsTests
{
    private static readonly PiiDetector Detector = new();

    // A made-up JWT (header {"alg":"RS256","typ":"JWT"}, a short payload, a 64-byte signature), 250 characters: longer than a mail line.
    private const string Jwt =
        "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjMGZmZWU0MmQxIiwiaWF0IjoxNzMzNDY5NjAyLCJzY29wZSI6Im9yZGVyczp3cml0ZSJ9."
        + "Bwo4KJg3TGhIxSktBMTYqKCk_Pj0-Pzo7ODk2NTQzMDEvLi0sKykoJyYlJCMiISAfHh0cGxoZGBcWFRQTEhEQDw4NDAsKCQgHBgUEAwIBAP7-_fz7-vn49_b1";

    private static string Wrap(string line, int width, string prefix = "") =>
        string.Join('\n', Enumerable.Range(0, (line.Length + width - 1) / width).Select(i => string.Concat(prefix, line.AsSpan(i * width, Math.Min(width, line.Length - i * width)))));

    private static void AssertCovered(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.True(start >= 0, "the value is in the text");
        var entities = Detector.Detect(text);
        Assert.Contains(entities, e => e.Type.IsSecret() || e.Type is PiiType.Email or PiiType.Phone);
        for (var i = start; i < start + value.Length; i++)
        {
            Assert.True(entities.Any(e => e.Start <= i && i < e.End), $"character {i} ({text[i]}) of '{value}' is redacted");
        }
    }

    [Theory]
    [InlineData(76, "")]
    [InlineData(72, "")]
    [InlineData(64, "    ")]
    [InlineData(74, "> ")]
    [InlineData(70, ">> ")]
    public void A_jwt_wrapped_by_a_mail_client_is_redacted_over_every_line(int width, string prefix)
    {
        var wrapped = Wrap("Authorization: Bearer " + Jwt, width, prefix);
        var text = "their integration sends\n" + wrapped + "\nand gets a 401 back.\n";

        AssertCovered(text, wrapped[(wrapped.IndexOf("eyJ", StringComparison.Ordinal))..]);
    }

    [Fact]
    public void A_token_continued_with_a_backslash_is_redacted_whole()
    {
        const string text = "export GITHUB_TOKEN=ghp_Zq8Wx2Lm7Tn4Kp9Vb3Rc\\\n    6Yd1Hs5Jf0Gu8Ei2\nmake release\n";

        AssertCovered(text, "ghp_Zq8Wx2Lm7Tn4Kp9Vb3Rc\\\n    6Yd1Hs5Jf0Gu8Ei2");
    }

    [Theory]
    [InlineData("deploy:\n  db_password: |\n    Hk3vTz8Wq1Lm\n  replicas: 2\n", "Hk3vTz8Wq1Lm")]
    [InlineData("stringData:\n  api_token: >-\n    Tq7Lm2Wx9Zr4Nv8Kp3Ys\nkind: Secret\n", "Tq7Lm2Wx9Zr4Nv8Kp3Ys")]
    public void A_secret_in_a_yaml_block_scalar_is_read_with_its_key(string text, string secret) => AssertCovered(text, secret);

    [Theory]
    [InlineData("GET /search?q=report&email=alice%40example.org HTTP/1.1", "alice%40example.org")]
    [InlineData("GET /callback?next=%2Fhome&contact=carol%2540example.net", "carol%2540example.net")]
    [InlineData("POST /sms?to=%2B1%20415%20555%200199&body=ok", "%2B1%20415%20555%200199")]
    [InlineData("<td>&quot;password&quot;: &quot;Xr7Pq2Lm9Wz&quot;</td>", "Xr7Pq2Lm9Wz")]
    [InlineData("<p>contact: bob&#64;example.org</p>", "bob&#64;example.org")]
    [InlineData("{&amp;quot;client_secret&amp;quot;:&amp;quot;Wq8zRt3Nv6Lk1MxYp&amp;quot;}", "Wq8zRt3Nv6Lk1MxYp")]
    public void An_encoded_value_is_redacted_with_its_escapes(string text, string value) => AssertCovered(text, value);

    [Theory]
    // A log line that ends in an id, then a new record: the id is not joined to the next line's date, level or count.
    [InlineData("2026-12-06 10:00:00 INFO request done trace=3f2a9c7e1b4d6a8f0e2c4b6d8a1f3e5c\n2026-12-06 10:00:01 INFO next request started\n")]
    [InlineData("worker-7 finished the reconcile loop for deployment checkout-7f9c4b6d8a\nINFO: queue drained, 0 items left in the backlog\n")]
    // Percent signs and ampersands that escape nothing, a quoted reply with nothing private, a shell continuation of options.
    [InlineData("disk at 100% and 50%d done; AT&T and R&D; 5 &lt; 7 holds")]
    [InlineData("> we rolled back the canary at noon and the errors stopped\n> will write the postmortem tomorrow\n")]
    [InlineData("docker run --rm \\\n    --network host \\\n    registry.example.org/tools/probe:1.4\n")]
    public void Text_that_only_looks_wrapped_or_encoded_is_left_alone(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("plain log line\nanother line with 100% and a&b\n")]
    [InlineData("short\nlines\nonly")]
    public void The_view_is_not_built_when_no_line_reads_differently(string text)
    {
        Assert.Null(TextViewBuilder.Build(text));
    }

    [Fact]
    public void The_view_maps_a_decoded_character_back_to_its_whole_escape()
    {
        const string text = "id=1\nmail=a%40b.c\nend";
        var view = TextViewBuilder.Build(text);

        Assert.NotNull(view);
        var at = view.Text.IndexOf('@', StringComparison.Ordinal);
        Assert.Equal((text.IndexOf("a%40", StringComparison.Ordinal), text.IndexOf("b.c", StringComparison.Ordinal) + 3), view.Original(at - 1, at + 4));
        // A span that crosses no change adds nothing to the plain reading.
        Assert.Null(view.Original(view.Text.IndexOf("mail", StringComparison.Ordinal), view.Text.IndexOf("mail", StringComparison.Ordinal) + 4));
    }

    [Theory]
    // Four-part product versions: a CamelCase or dotted .NET name before them, or a release change (bump, upgrade, roll back) leading to them.
    [InlineData("loaded Microsoft.Data.SqlClient 5.1.8.5 from the probing path")]
    [InlineData("PowerShell 7.4.2.1 started")]
    [InlineData("Rolled the payments gateway back to 4.6.19.10 (build #96431)")]
    [InlineData("bot: this PR bumps the client to 8.7.2.16 and pins the action")]
    [InlineData("upgraded the agent from 2.11.3.4 to 2.12.0.1 on every node")]
    public void A_four_part_version_is_not_an_address(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiType.IPv4);
    }

    [Theory]
    [InlineData("connect to 10.1.2.3 failed: connection refused", "10.1.2.3")]
    [InlineData("upgraded the DNS record to 34.117.8.20 after the move", "34.117.8.20")]
    [InlineData("rolled back the route to 52.14.9.200 at noon", "52.14.9.200")]
    [InlineData("accepted from 10.1.2.3 host=10.4.5.6", "10.4.5.6")]
    [InlineData("upstream 10.1.2.3:8080 is down", "10.1.2.3")]
    [InlineData("Server web01 10.20.30.40 answered", "10.20.30.40")]
    public void An_address_beside_the_same_words_is_kept_as_an_address(string text, string address)
    {
        Assert.Contains(Detector.Detect(text), e => e.Type == PiiType.IPv4 && text[e.Start..e.End] == address);
    }

    [Theory]
    [InlineData("POST /v1/cards/4111111111111111/charge HTTP/1.1 402", "4111111111111111")]
    [InlineData("GET /api/payments/5500000000000004/refunds", "5500000000000004")]
    public void A_card_number_as_a_url_path_segment_after_a_card_segment_is_a_card(string text, string card)
    {
        Assert.Contains(Detector.Detect(text), e => e.Type == PiiType.CreditCard && text[e.Start..e.End] == card);
    }

    [Theory]
    [InlineData("GET /v1/orders/4111111111111111/items")]
    [InlineData("GET /builds/4111111111111111/log")]
    public void A_luhn_number_in_another_path_is_not_a_card(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiType.CreditCard);
    }

    [Fact]
    public void An_iban_right_after_an_iban_shaped_run_that_fails_its_check_is_found()
    {
        const string text = "ref DE00 1234 5678 9012 3456 78 GB82 WEST 1234 5698 7654 32 paid";

        var ibans = Detector.Detect(text).Where(e => e.Type == PiiType.Iban).Select(e => text[e.Start..e.End]).ToList();

        Assert.Equal(["GB82 WEST 1234 5698 7654 32"], ibans);
    }

    [Theory]
    // LDIF writes a base64 value after "::"; under a password attribute it is the password (or its hash).
    [InlineData("dn: uid=jdoe,ou=people\nuserPassword:: e1NTSEF9cTdMbTJXeDlacjROdjhLcDNZczZCYw==\nmail: x", true)]
    [InlineData("dn: uid=jdoe,ou=people\ndescription:: SGVsbG8gd29ybGQsIHRoaXMgaXMgYSBub3Rl\n", false)]
    public void An_ldif_base64_value_is_a_secret_under_a_password_attribute(string text, bool secret)
    {
        Assert.Equal(secret, Detector.Detect(text).Any(e => e.Type.IsSecret()));
    }
}
