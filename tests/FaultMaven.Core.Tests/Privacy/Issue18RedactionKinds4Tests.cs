using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, ninth session: the leftover kinds from a black-box hostile pass and the third blind set, each as a family —
/// text the redactor must act on and text of the same shape it must leave alone. Values are made up for these tests.</summary>
public sealed class Issue18RedactionKinds4Tests
{
    private static readonly PiiDetector Detector = new();

    [Theory]
    // Base64 of text holding a secret: a key=value, a user:password pair, JSON with a secret key, SMTP PLAIN's NUL-separated pair,
    // a bare vendor token piped to base64 -d.
    [InlineData("  db-pass: cGFzc3dvcmQ9VHIxY2t5T3R0ZXIhNzc=", "cGFzc3dvcmQ9VHIxY2t5T3R0ZXIhNzc=")]
    [InlineData("{\"registry.example.org\":{\"credential\":\"ZGVwbG95LWJvdDpRejd3TG0yWHY5S3A=\"}}", "ZGVwbG95LWJvdDpRejd3TG0yWHY5S3A=")]
    [InlineData("echo eyJkYl9wYXNzd29yZCI6ICJWeDktTHEybS1Iazd6In0= | base64 -d", "eyJkYl9wYXNzd29yZCI6ICJWeDktTHEybS1Iazd6In0=")]
    [InlineData("C: AUTH PLAIN AG9wc21haWwARmo0a0xwOVF3Mlpy", "AG9wc21haWwARmo0a0xwOVF3Mlpy")]
    [InlineData("TOKEN_B64 Z2hwX2FCM2RFNmdIOWpLMm1ONXBROHNUMXZXNHlaN2JDMGVGM2hKNg==", "Z2hwX2FCM2RFNmdIOWpLMm1ONXBROHNUMXZXNHlaN2JDMGVGM2hKNg==")]
    // Azure keys by their place: a Service Bus key in YAML, a listed storage key's "value", a key store left at its shipped password.
    [InlineData("primaryKey: Xk3mP9qR2sT5vW8yZ1bC4dF7gH0jK3lM6nO9pQ2rS5u=", "Xk3mP9qR2sT5vW8yZ1bC4dF7gH0jK3lM6nO9pQ2rS5u=")]
    [InlineData("  {\n    \"keyName\": \"key2\",\n    \"permissions\": \"FULL\",\n    \"value\": \"Zr4Nv8Kp3Ys6Bc1Dh7Fg0Jk5Lm2Wx9Tq8Lm2Wx9Zr4Nv8Kp3Ys6Bc1Dh7Fg0Jk5Lm2Wx9Tq8Lm2Wx9AB==\"\n  }",
        "Zr4Nv8Kp3Ys6Bc1Dh7Fg0Jk5Lm2Wx9Tq8Lm2Wx9Zr4Nv8Kp3Ys6Bc1Dh7Fg0Jk5Lm2Wx9Tq8Lm2Wx9AB==")]
    [InlineData("server.ssl.trust-store-password=changeit", "changeit")]
    [InlineData("ssl.keystore.password = changeme", "changeme")]
    // Near a generated name's shape but chosen: capitals, or no word in it.
    [InlineData("password: Harbor-Otter-x7k2p", "Harbor-Otter-x7k2p")]
    [InlineData("token: bq7w2-kd9xm-x7k2p", "bq7w2-kd9xm-x7k2p")]
    public void Finds_the_secret(string text, string secret)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type.IsSecret() && text[e.Start..e.End] == secret);
    }

    [Theory]
    // Base64 that decodes to text without a secret, or to no text; a host:port pair; a URL.
    [InlineData("note: dGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw==")]
    [InlineData("upstream aHR0cHM6Ly9ncmFmYW5hLmludGVybmFsLmV4YW1wbGU6MzAwMC8= added")]
    [InlineData("target: ZGIuaW50ZXJuYWwuZXhhbXBsZTo1NDMy")]
    [InlineData("integrity sha512-Q2hYm7x0RTk5dD9PfGzq3w8Xk1VbN4cLsH6aJeWnMuI0pT2rSoYgBdFhK3lZvC7iE9qAxU5yO1mN8bR4tKcPwA==")]
    [InlineData("trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span=00f067aa0ba902b7")]
    // The same Azure shapes without a key: a "value" far from any key name, a short one; a key store's path and type.
    [InlineData("{\"name\": \"replicas\", \"value\": \"Zr4Nv8Kp3Ys6Bc1Dh7Fg0Jk5Lm2Wx9Tq8Lm2Wx9Zr4Nv8Kp3Ys6Bc1\"}")]
    [InlineData("server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-type=PKCS12")]
    [InlineData("keystore password: <set via env>")]
    // Kubernetes objects named with a generated suffix: the name of a secret, not its content.
    [InlineData("Mountable secrets:   prometheus-k8s-token-nwtrf")]
    [InlineData("Tokens:              default-token-x7k2p")]
    [InlineData("secret=ingress-tls-cert-b2h9q")]
    public void Leaves_no_secret_in(string text)
    {
        var entities = Detector.Detect(text);

        Assert.DoesNotContain(entities, e => e.Type.IsSecret());
    }

    [Theory]
    // UK National Insurance and NHS numbers where the text names them.
    [InlineData("caller gave her NI number AB 12 34 56 C for the payroll fix", "AB 12 34 56 C")]
    [InlineData("national insurance no: JG103759A", "JG103759A")]
    [InlineData("Patient NHS number 401 023 2137 missing from the HL7 feed", "401 023 2137")]
    [InlineData("nhs_no=NHS: 4010232137", "4010232137")]
    public void Finds_a_uk_personal_number(string text, string number)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == PiiType.UsSsn && text[e.Start..e.End] == number);
    }

    [Theory]
    // Without the name, with a check digit that fails, or with a prefix never issued.
    [InlineData("batch AB123456C queued")]
    [InlineData("NHS number 401 023 2138 rejected by PDS")]
    [InlineData("NI number BG 12 34 56 A")]
    public void Leaves_a_near_uk_number(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiType.UsSsn);
    }

    [Theory]
    // Title-case labels before their value are no people; a chat speaker before a sentence is one.
    [InlineData("Mark Failed: 3 jobs")]
    [InlineData("  - Grace Period: 30s")]
    [InlineData("Mark Resolved: yes")]
    [InlineData("* Grace Handling: strict")]
    public void Leaves_a_title_case_label(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiType.Person);
    }

    [Fact]
    public void Finds_a_chat_speaker_before_a_sentence()
    {
        const string text = "Mateo Rossi: which creds does the deploy job use?";

        Assert.Contains(Detector.Detect(text), e => e.Type == PiiType.Person && text[e.Start..e.End] == "Mateo Rossi");
    }

    [Theory]
    // A dotted quad after a package's or plugin's name is its version; after a preposition, a key or a host's name, an address.
    [InlineData("Installed plugins: git-client 4.1.4.68, pipeline-model 2.21.0.3")]
    [InlineData("loaded libssl 1.1.1.20 from /opt")]
    public void Leaves_a_version_after_a_package_name(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiType.IPv4);
    }

    [Theory]
    [InlineData("connection from 10.1.2.3 refused", "10.1.2.3")]
    [InlineData("upstream db-primary 10.40.0.7 is down", "10.40.0.7")]
    [InlineData("ping web-01 10.0.3.5", "10.0.3.5")]
    public void Keeps_an_address_after_a_word(string text, string address)
    {
        Assert.Contains(Detector.Detect(text), e => e.Type == PiiType.IPv4 && text[e.Start..e.End] == address);
    }

    [Fact]
    public void A_key_header_named_in_a_message_takes_nothing_after_it()
    {
        const string text = "tls: expected \"-----BEGIN RSA PRIVATE KEY-----\" but found garbage at byte 12 of /etc/ssl/app.pem";

        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiType.PrivateKey);
    }

    [Fact]
    public void A_key_with_a_garbled_footer_ends_where_its_body_ends()
    {
        const string body = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\nLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo\n9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvre\nTtA=";
        var key = "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVAT KEY-----";
        var text = key + "\nsystemd[1]: Started nginx.service after reload\nretrying in 5 seconds";

        var entity = Assert.Single(Detector.Detect(text), e => e.Type == PiiType.PrivateKey);

        Assert.Equal(0, entity.Start);
        Assert.Equal(key.IndexOf("TtA=", StringComparison.Ordinal) + 4, entity.End);
    }

    [Fact]
    public void A_footerless_key_in_escaped_json_runs_to_its_last_body_line()
    {
        const string text = "{\"key\":\"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\nBKcwggSjAgEAAoIBAQC7\\n\",\"note\":\"rotated by ops\"}";

        var entity = Assert.Single(Detector.Detect(text), e => e.Type == PiiType.PrivateKey);

        Assert.EndsWith("AoIBAQC7", text[entity.Start..entity.End], StringComparison.Ordinal);
    }

    [Theory]
    // One value written two ways gets one pseudonym.
    [InlineData(PiiType.UsSsn, "078-05-1120", "078051120")]
    [InlineData(PiiType.Phone, "(212) 555-0100", "212.555.0100")]
    [InlineData(PiiType.Email, "Ana.Lima@Example.org", "ana.lima@example.org")]
    [InlineData(PiiType.Mac, "00:1A:2B:3C:4D:5E", "001a.2b3c.4d5e")]
    [InlineData(PiiType.CreditCard, "4111 1111 1111 1111", "4111-1111-1111-1111")]
    public void One_value_written_two_ways_gets_one_pseudonym(PiiType type, string first, string second)
    {
        var map = new PseudonymMap();

        Assert.Equal(map.TokenFor(type, first), map.TokenFor(type, second));
    }

    [Fact]
    public void Different_values_and_types_keep_their_own_pseudonyms()
    {
        var map = new PseudonymMap();

        Assert.NotEqual(map.TokenFor(PiiType.UsSsn, "078-05-1120"), map.TokenFor(PiiType.UsSsn, "078-05-1121"));
        Assert.NotEqual(map.TokenFor(PiiType.Phone, "+44 20 7946 0958"), map.TokenFor(PiiType.Phone, "020 7946 0958"));
        Assert.Equal("078-05-1120", map.Restore(map.TokenFor(PiiType.UsSsn, "078051120")));
    }
}
