using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18: the families the fifth blind set (bench/privacy/unseen5) found, written here in other words as general forms — a
/// request signature under any API's parameter name, a CLI's password switch, a secret configuration names by position, a name kept in
/// parts, a line cut by a log's length — each with text the redactor must act on and text of the same shape it must leave alone; and
/// the false alarms: a reference, a lookup or a template phrase written where a secret's value goes, a SIP address read as a mailbox.
/// Values are made up for these tests.</summary>
public sealed class Issue18RedactionKinds11Tests
{
    private static readonly PiiDetector Detector = new();

    private static void AssertCovered(string text, string value, Func<PiiType, bool> type)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.True(start >= 0, "the value is in the text");
        var entities = Detector.Detect(text);
        for (var i = start; i < start + value.Length; i++)
        {
            Assert.True(entities.Any(e => type(e.Type) && e.Start <= i && i < e.End), $"character {i} ({text[i]}) of '{value}' is redacted");
        }
    }

    [Theory]
    // A signature as a query parameter, whatever the API calls it, and in a signed request's Authorization header.
    [InlineData("GET https://files.example.net/o/report.csv?Expires=1796947200&Key-Pair-Id=K2XJ4Q&Signature=Rk9vYmFy~Qz8Lm2Wx7Tn4Kp9Vb3Rc6Yd1Hs5Jf0Gu8Ei2__", "Rk9vYmFy~Qz8Lm2Wx7Tn4Kp9Vb3Rc6Yd1Hs5Jf0Gu8Ei2__")]
    [InlineData("upload url: https://store.example.org/c/b.bin?sv=2023-01-03&se=2027-01-01T00%3A00%3A00Z&sp=rw&sig=Zx8Wq2Lm7Tn4Kp9Vb3Rc%2B6Yd1Hs5Jf0%3D next", "Zx8Wq2Lm7Tn4Kp9Vb3Rc%2B6Yd1Hs5Jf0%3D")]
    [InlineData("presigned: /bkt/k?X-Acme-Algorithm=HMAC&X-Acme-Signature=9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c2b4d6f8e0a1c3e5f7a9b2d4f6e8a0c1e3", "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c2b4d6f8e0a1c3e5f7a9b2d4f6e8a0c1e3")]
    [InlineData("Authorization: AWS4-HMAC-SHA256 Credential=x/20261206/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=3c5e7a9b1d2f4e6a8c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a6", "3c5e7a9b1d2f4e6a8c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a6")]
    // A password switch: a Windows-style /p: switch, an MQTT client's -P, a storage CLI's --account-key, a gossip key, a base64 key
    // that starts with "/" under a key naming it.
    [InlineData("$ wfreerdp /v:10.20.30.40 /u:ops /p:Tk3#vQz8Lm /cert:ignore", "Tk3#vQz8Lm")]
    [InlineData("mosquitto_rr -h mq.lab -u probe -P 'Wv7-Lq2zKx9' -t req -e resp", "Wv7-Lq2zKx9")]
    [InlineData("az storage container list --account-name logs01 --account-key Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWpr+ABCdef==", "Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWpr+ABCdef==")]
    [InlineData("serf agent -node=n3 -encrypt=Qm9vYmF6UXV4MTIzNDU2Nzg5MA==", "Qm9vYmF6UXV4MTIzNDU2Nzg5MA==")]
    [InlineData("jwt:\n  signing_key: \"/Zq8Wx2Lm7Tn4Kp9Vb3Rc6Yd1Hs5Jf0Gu8Ei2Oa4Qc6Se8Ug0Wi2Yk4Am6Co8\"", "/Zq8Wx2Lm7Tn4Kp9Vb3Rc6Yd1Hs5Jf0Gu8Ei2Oa4Qc6Se8Ug0Wi2Yk4Am6Co8")]
    // Configuration that names a secret by position: a pre-shared key, an IOS type digit, an SNMP community, a defined constant.
    [InlineData("network={\n  ssid=\"Lab-Net\"\n  psk=\"amber7~kettle\"\n}", "amber7~kettle")]
    [InlineData("10.1.1.1 10.2.2.2 : PSK \"Rv8#qLz2Wt\"", "Rv8#qLz2Wt")]
    [InlineData("crypto isakmp key harbor.lantern77 address 198.51.100.7", "harbor.lantern77")]
    [InlineData("line vty 0 4\n password 7 13061E010803557878\n login", "13061E010803557878")]
    [InlineData("radius server R1\n key 0 quartz_meadow19\n", "quartz_meadow19")]
    [InlineData("snmp-server community Tq8vLm2Zx RW 99", "Tq8vLm2Zx")]
    [InlineData("define( 'SECURE_AUTH_SALT', 'q)Z8+w|L m2<Wx7,Tn4' );", "q)Z8+w|L m2<Wx7,Tn4")]
    // A password as a protocol's positional argument: Redis's wire protocol as strace prints it.
    [InlineData("write(5, \"*2\\r\\n$4\\r\\nAUTH\\r\\n$13\\r\\nmaple%Orbit91\\r\\n\", 32) = 32", "maple%Orbit91")]
    [InlineData("*3\r\n$4\r\nauth\r\n$6\r\nworker\r\n$12\r\nZx8-Wq2Lm7Tn\r\n", "Zx8-Wq2Lm7Tn")]
    public void Finds_the_secret(string text, string secret) => AssertCovered(text, secret, t => t.IsSecret());

    [Theory]
    // Settings beside a signature, a port after -P, a property after /p:, prose after a type digit, the default community, a
    // plain setting after psk.
    [InlineData("https://x.example.net/a?X-Acme-SignedHeaders=host&signature_version=4&sig=1&Expires=1796947200")]
    [InlineData("mysql -h db02 -P 3307 -u report")]
    [InlineData("msbuild app.sln /p:Configuration=Release /p:Platform=x64")]
    [InlineData("sshd[811]: failed password 5 attempts for root")]
    [InlineData("snmp-server community public RO")]
    [InlineData("key_mgmt=WPA-PSK\npairwise=CCMP")]
    [InlineData("define('WP_DEBUG_DISPLAY', 'false');")]
    // References and lookups where a value goes: a password manager's locator, a vault path with its field, a template lookup, a
    // Helm chart's existing secret, a credential file handed to a unit, an environment read, an expansion, a template phrase.
    [InlineData("db_password: op://Shared/billing-db/password")]
    [InlineData("smtp_token: vault:kv/data/mailer#token")]
    [InlineData("Password: '{{resolve:ssm-secure:/prod/app/db-pass:3}}'")]
    [InlineData("auth:\n  existingSecret: billing-postgres-auth")]
    [InlineData("LoadCredential=tls-key-pass:/etc/credstore/web-tls")]
    [InlineData("const apiKey = process.env.PAYMENTS_API_KEY;")]
    [InlineData("API_TOKEN = os.environ[\"API_TOKEN\"]")]
    [InlineData("client_secret: ${env:CLIENT_SECRET}")]
    [InlineData("SESSION_SECRET=replace-me-before-go-live")]
    [InlineData("then pass --token &lt;your-token&gt; to the CLI")]
    [InlineData("define( 'LOGGED_IN_SALT', 'put your unique phrase here' );")]
    public void Leaves_the_near_miss_alone(string text)
    {
        var entities = Detector.Detect(text);

        Assert.DoesNotContain(entities, e => e.Type.IsSecret() || e.Type == PiiType.CreditCard);
    }

    [Fact]
    public void A_weak_password_after_change_me_is_still_a_password()
    {
        // Two words are a chosen value; only a phrase of three or more words that opens with the instruction is a placeholder.
        AssertCovered("SESSION_SECRET=changeme-2024", "changeme-2024", t => t.IsSecret());
    }

    [Theory]
    [InlineData("{\"customer\": {\"first_name\": \"Ilse\", \"last_name\": \"ter Horst\"}}", "Ilse")]
    [InlineData("{\"customer\": {\"first_name\": \"Ilse\", \"last_name\": \"ter Horst\"}}", "ter Horst")]
    [InlineData("givenName=Bartek&familyName=Wiśniewski-Kot&plan=pro", "Wiśniewski-Kot")]
    [InlineData("order[billing][cardholder_name]=Ines+Achterberg&order[amount]=12", "Ines+Achterberg")]
    [InlineData("Ticket #5512 | portal login loops\nReported by: Henrike Vasquez (front office)", "Henrike Vasquez")]
    [InlineData("Patient: Tobiah R. Okonkwo\nDOB on file, callback requested", "Tobiah R. Okonkwo")]
    [InlineData("From: \"Oskar Lindgren\" <sip:2207@pbx.lab.example>;tag=1a2b", "Oskar Lindgren")]
    [InlineData("[2207]\ntype=friend\ncallerid=\"Maren Solberg\" <2207>", "Maren Solberg")]
    public void Finds_a_name_its_field_or_label_gives(string text, string name) => AssertCovered(text, name, t => t == PiiType.Person);

    [Theory]
    [InlineData("From: \"Billing Support\" <sip:2207@pbx.lab.example>", "Billing Support")]
    [InlineData("From: \"Reception\" <sip:2207@pbx.lab.example>", "Reception")]
    [InlineData("From: \"2207\" <sip:2207@pbx.lab.example>", "2207")]
    public void A_display_name_that_is_no_person_is_left_alone(string text, string display)
    {
        var start = text.IndexOf(display, StringComparison.Ordinal);

        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiType.Person && e.Start <= start && start < e.End);
    }

    [Fact]
    public void A_tcpdump_endpoint_is_an_address_without_its_port()
    {
        const string text = "09:14:02.118 IP 10.44.7.19.51234 > 10.44.9.3.5432: Flags [P.], length 64";
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == PiiType.IPv4 && text[e.Start..e.End] == "10.44.7.19");
        Assert.Contains(entities, e => e.Type == PiiType.IPv4 && text[e.Start..e.End] == "10.44.9.3");
    }

    [Fact]
    public void A_five_part_version_is_no_tcpdump_endpoint()
    {
        Assert.DoesNotContain(Detector.Detect("installed agent 10.44.7.19.51234 on the fleet"), e => e.Type == PiiType.IPv4);
    }

    [Theory]
    [InlineData("{\"first_name\": null, \"last_name\": \"\", \"lastname_changed_at\": \"2026-01-01\"}")]
    [InlineData("{\"first_name\": \"REDACTED\", \"hostname\": \"Edge-Router\"}")]
    public void Leaves_a_field_without_a_name_alone(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiType.Person);
    }

    [Theory]
    [InlineData("INVITE sip:4411@voice.example.org SIP/2.0\nTo: <sip:4411@voice.example.org>")]
    [InlineData("Call-ID: 9c1e5a7f3b2d4c6e8a0b@voice.example.org")]
    public void A_sip_address_or_call_id_is_not_a_mailbox(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiType.Email);
    }

    [Fact]
    public void A_mailbox_beside_a_sip_line_is_still_one()
    {
        AssertCovered("voicemail for sip:4411@voice.example.org goes to noor.haddad@example.org", "noor.haddad@example.org", t => t == PiiType.Email);
    }

    [Fact]
    public void A_token_cut_by_a_line_length_limit_is_redacted_over_the_cut()
    {
        // The first piece ends a long log line mid-token; the rest of the record, longer than the first line, follows on the next.
        const string token = "Zq8Wx2Lm7Tn4Kp9Vb3Rc6Yd1Hs5Jf0Gu8Ei2Oa4Qc6Se8Ug0Wi2Yk4Am6Co8Xr1Bt3Dv5Fx7Hz9";
        var text = "2026-12-06T09:14:02Z INFO gateway: upstream call with api_token=" + token[..40] + "\n" + token[40..]
            + " status=200 latency_ms=41 route=/v2/orders/export bytes=88213 client=batch-exporter attempt=1 region=eu-central-1 shard=7 ok\n";

        AssertCovered(text, token[..40] + "\n" + token[40..], t => t.IsSecret());
    }

    [Fact]
    public void Ordinary_long_lines_are_not_joined()
    {
        // A line ending in a hash and a next line opening with another hash are two records, each shorter than a token cut would leave.
        const string text = "2026-12-06T09:14:02Z INFO build: artifact digest=sha256:9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c2b4d6f8e0a1c3e5f7a9b2d4f6e8a0c1e3\n"
            + "2026-12-06T09:14:03Z INFO build: pushed layer 3 of 7\n";

        Assert.DoesNotContain(Detector.Detect(text), e => e.Type.IsSecret());
    }
}
