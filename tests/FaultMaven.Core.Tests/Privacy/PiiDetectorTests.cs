using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

public sealed class PiiDetectorTests
{
    private static readonly PiiDetector Detector = new();

    [Theory]
    [InlineData("login failed for user maria.lopez@acme-corp.example.com from web", PiiType.Email, "maria.lopez@acme-corp.example.com")]
    [InlineData("payment failed for user dana.ito@globex.example.net: upstream timeout", PiiType.Email, "dana.ito@globex.example.net")]
    [InlineData("GET /subscribe?addr=j.doe%40mailbox.org HTTP/1.1", PiiType.Email, "j.doe%40mailbox.org")]
    [InlineData("sms gateway: deliver to +33 6 12 34 56 78 failed", PiiType.Phone, "+33 6 12 34 56 78")]
    [InlineData("customer callback (415) 555-2671 requested", PiiType.Phone, "(415) 555-2671")]
    [InlineData("call forwarded to 0049 30 12345678 after hours", PiiType.Phone, "0049 30 12345678")]
    [InlineData("upstream 203.0.113.45:443 timed out", PiiType.IPv4, "203.0.113.45")]
    [InlineData("peer 2001:db8:85a3::8a2e:370:7334 reset the stream", PiiType.IPv6, "2001:db8:85a3::8a2e:370:7334")]
    [InlineData("client ::ffff:198.51.100.7 connected", PiiType.IPv6, "::ffff:198.51.100.7")]
    [InlineData("charge declined for card 4000 0566 5566 5556 (insufficient funds)", PiiType.CreditCard, "4000 0566 5566 5556")]
    [InlineData("refund to IBAN FR14 2004 1010 0505 0001 3M02 606 queued", PiiType.Iban, "FR14 2004 1010 0505 0001 3M02 606")]
    [InlineData("payout to BE68 5390 0754 7034 WIRE pending", PiiType.Iban, "BE68 5390 0754 7034")]
    [InlineData("applicant social security number 123-45-6789 on file", PiiType.UsSsn, "123-45-6789")]
    [InlineData("wlan0: associated with 3c:22:fb:12:ab:9e", PiiType.Mac, "3c:22:fb:12:ab:9e")]
    [InlineData("switch learned 0050.56c0.0008 on Gi0/1", PiiType.Mac, "0050.56c0.0008")]
    [InlineData("Approved by: Grace Okafor on 2024-02-02", PiiType.Person, "Grace Okafor")]
    [InlineData("git clone https://builder:S3cr3t-Pa55@git.internal.example.com/app.git", PiiType.UrlCredentials, "builder:S3cr3t-Pa55")]
    [InlineData("dsn=postgres://app_user:v3ryS3cret!@db.internal:5432/app", PiiType.ConnectionString, "app_user:v3ryS3cret!")]
    [InlineData("Server=tcp:sql.example.net;Database=ops;User ID=svc;Password=Xk29!pq_Lm;Encrypt=true", PiiType.ConnectionString, "Xk29!pq_Lm")]
    [InlineData("using credentials AKIAIOSFODNN7EXAMPLF for s3", PiiType.AwsAccessKey, "AKIAIOSFODNN7EXAMPLF")]
    [InlineData("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKX", PiiType.AwsSecretKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKX")]
    [InlineData("export GITHUB_TOKEN=ghp_4fT9kLm2Qx8Rz1Vb7Nc3Hd6Jp0Ws5Ye2Ua9I", PiiType.GitHubToken, "ghp_4fT9kLm2Qx8Rz1Vb7Nc3Hd6Jp0Ws5Ye2Ua9I")]
    [InlineData("slack: token xoxb-123456789012-2345678901234-AbCdEfGhIjKlMnOpQrStUvWx rejected", PiiType.SlackToken, "xoxb-123456789012-2345678901234-AbCdEfGhIjKlMnOpQrStUvWx")]
    [InlineData("openai key sk-proj-Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1eF3hJ5 loaded", PiiType.ApiKey, "sk-proj-Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1eF3hJ5")]
    [InlineData("DB_PASSWORD=Tr1cky#Horse2024 set in env", PiiType.GenericSecret, "Tr1cky#Horse2024")]
    [InlineData("restored session: 8f14e45fceea167a5a36dedd4bea2543 for worker", PiiType.GenericSecret, "8f14e45fceea167a5a36dedd4bea2543")]
    [InlineData("$ mysqldump -u backup -pQz8!vLr3Kw db > out.sql", PiiType.GenericSecret, "Qz8!vLr3Kw")]
    [InlineData("proxy sent Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0Zy", PiiType.BearerToken, "9f8e7d6c5b4a39281706f5e4d3c2b1a0Zy")]
    [InlineData("authorization: basic YWRtaW46aHVudGVyMg== from 10.0.0.1", PiiType.BasicAuth, "YWRtaW46aHVudGVyMg==")]
    [InlineData("$ curl -u ops:Wint3r!2023 https://status.example.com", PiiType.BasicAuth, "ops:Wint3r!2023")]
    public void Finds_each_type(string text, PiiType type, string value)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == type && text[e.Start..e.End] == value);
    }

    [Fact]
    public void Finds_jwt_and_private_keys_in_every_wrapping()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        const string pem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oN7lIAXwX8x+oAoGCCqGSM49\n-----END EC PRIVATE KEY-----";
        var base64Pem = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(pem));
        var text = $"Authorization: Bearer {jwt}\n{pem}\n{{\"key\":\"{pem.Replace("\n", "\\n", StringComparison.Ordinal)}\"}}\ntls.key: {base64Pem}";

        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == PiiType.Jwt && text[e.Start..e.End] == jwt);
        Assert.Equal(3, entities.Count(e => e.Type == PiiType.PrivateKey));
        Assert.Contains(entities, e => e.Type == PiiType.PrivateKey && text[e.Start..e.End] == base64Pem);
        Assert.DoesNotContain(entities, e => e.Type == PiiType.BearerToken);
    }

    [Theory]
    [InlineData("request_id=550e8400-e29b-41d4-a716-446655440000 trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7")]
    [InlineData("commit 9fceb02d0ae598e95dc970b74767f19372d61af8 deployed image@sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("version 10.0.19045.3693 Chrome/120.0.6099.109 oid 1.2.840.113549.1.1.11")]
    [InlineData("listening on 0.0.0.0:8080 and 127.0.0.1:9090 mask 255.255.255.0 and [::1]:80")]
    [InlineData("took 1.25s, 340 ms, size 12.5 MB, pid 4711, port 5432, at 2024-03-01T10:22:33.123Z")]
    [InlineData("order 4111 1111 1111 1112 failed, voucher 8683 0820 3273 5915 redeemed")]
    [InlineData("case 912-45-6789 opened; part 000-12-3456 back-ordered; zip 94105-1260")]
    [InlineData("ref GB00NWBK60161331926819 looks like an IBAN but fails mod-97")]
    [InlineData("broadcast ff:ff:ff:ff:ff:ff and 00:00:00:00:00:00; fingerprint MD5:4b:d2:62:d7:a0:09:3a:9a:15:5a:53:bf:f8:9c:1e:ec")]
    [InlineData("DB_PASSWORD=${DB_PASSWORD} API_TOKEN={{ .Values.apiToken }} GH_TOKEN=${{ secrets.GITHUB_TOKEN }} key=AKIAXXXXXXXXXXXXXXXX")]
    [InlineData("password_min_length=12 secret_name=prod/orders/db token_type=Bearer")]
    [InlineData("WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"")]
    [InlineData("cloning ssh://git@gitlab.example.com:2222/platform/charts.git; remote git@github.com:org/repo.git")]
    [InlineData("SENTRY_DSN=https://fed9f94601fcb949bd545db75c2dc562@o848602.ingest.sentry.io/5942651")]
    [InlineData("released notifications@5.8.197 with Spring Boot, Apache Kafka and Grafana Tempo; Team Phoenix on call")]
    [InlineData("postgres://app:****@db.internal/app and card ending in 4242")]
    [InlineData("ECDSA key fingerprint is SHA256:qHcb3EgPljuzxy6Tt3gsKiOYne21kOHFNxUmEQiMkiQ.")]
    [InlineData("sessions: reconnected to redis-master:6379; session: expired for inactive clients")]
    public void Leaves_hard_negatives_alone(string text)
    {
        var entities = Detector.Detect(text);

        Assert.True(entities.Count == 0, string.Join(", ", entities.Select(e => $"{e.Type} '{text[e.Start..e.End]}'")));
    }

    [Fact]
    public void Keeps_one_label_per_character_with_the_specific_token_winning()
    {
        const string text = "remote https://x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a@github.com/org/repo.git";

        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(PiiType.GitHubToken, entity.Type);
        Assert.StartsWith("ghs_", text[entity.Start..entity.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@")]
    [InlineData("1")]
    [InlineData("a.")]
    [InlineData("-----BEGIN ")]
    [InlineData("password=")]
    [InlineData("1:")]
    [InlineData("Aa ")]
    [InlineData("4 ")]
    [InlineData("4-")]
    public async Task Stays_linear_on_pathological_input(string unit)
    {
        // Patterns are bounded and anchored: a megabyte of repeated near-misses is read in one pass, not re-scanned per position.
        var text = string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length));

        var detect = Task.Run(() => Detector.Detect(text), TestContext.Current.CancellationToken);

        await detect.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Rejects_a_minimum_score_outside_zero_to_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PiiDetector(1.5));
}
