using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18: the kinds of failure a blind set (bench/privacy/unseen2) found, each as a pair written here in other words —
/// text the redactor must act on and text of the same shape it must leave alone. Values are made up for these tests.</summary>
public sealed class Issue18RedactionKindsTests
{
    private static readonly PiiDetector Detector = new();

    [Theory]
    // Command-line passwords of tools the flag reading did not know: 7-Zip and zip, the MongoDB shells, RabbitMQ, Oracle logons,
    // --pass/--pw alone, and a literal piped into --password-stdin.
    [InlineData("7za a -tzip nightly.zip /srv/exports -pHq4!mZ2wRt", "Hq4!mZ2wRt")]
    [InlineData("unzip -P Lp8vQ3xNk7 invoices-q3.zip -d /tmp/q3", "Lp8vQ3xNk7")]
    [InlineData("mongodump --uri mongodb://archive-02:27017 -u backup -p 'Wc5#rTz8Lm' --out /dumps", "Wc5#rTz8Lm")]
    [InlineData("rabbitmqctl change_password ingest 'Yt7$kPw2Qn'", "Yt7$kPw2Qn")]
    [InlineData("sqlplus -s hr_app/Mv3tRq9Zx1@//ora-prod:1521/HRPDB @report.sql", "Mv3tRq9Zx1")]
    [InlineData("vaultctl unseal --pass Bq2nXc8Tw5 --node 3", "Bq2nXc8Tw5")]
    [InlineData("printf 'Kd6!sWq3Ze' | podman login quay.example.org -u robot --password-stdin", "Kd6!sWq3Ze")]
    // Secrets named by a SQL or proxy directive, in aligned columns, or in a sentence.
    [InlineData("CREATE ROLE etl_loader LOGIN PASSWORD 'Fz9kRw2Lq';", "Fz9kRw2Lq")]
    [InlineData("ALTER USER 'metrics'@'10.%' IDENTIFIED BY 'Jr4#Nq8Vx2';", "Jr4#Nq8Vx2")]
    [InlineData("SET PASSWORD FOR 'auditor'@'localhost' = 'Uq6tXm1Zr8';", "Uq6tXm1Zr8")]
    [InlineData("userlist admins\n    user ops insecure-password Zn3wQr7Lk", "Zn3wQr7Lk")]
    [InlineData("listen monitor\n    stats auth viewer:Gv8qTx2Mn", "Gv8qTx2Mn")]
    [InlineData("    proxy_set_header X-Auth-Token 4f9a1c7e2b8d3f6a0e5c9b2d7a1f8e3c;", "4f9a1c7e2b8d3f6a0e5c9b2d7a1f8e3c")]
    [InlineData("      SMTP_PASSWORD:                 Rk7vZq2Wn9\n      SMTP_HOST:  relay", "Rk7vZq2Wn9")]
    [InlineData("  admin_password          = \"Cx5nWq8Tz\"", "Cx5nWq8Tz")]
    [InlineData("heads up: the vpn pw for the night shift got changed to Ob7-Tulip-Rain", "Ob7-Tulip-Rain")]
    [InlineData("the deploy token for the release pipeline: Qw8zRt3Nv6Lk1Mx", "Qw8zRt3Nv6Lk1Mx")]
    [InlineData("webhook_hmac_key=Vt3qZx8Nw1Rk", "Vt3qZx8Nw1Rk")]
    // Webhook URLs whose path is the credential.
    [InlineData("url: https://discordapp.com/api/webhooks/998877665544332211/Xy7_kLm2Nq9-Rt4vWz1Bc8Df3Gh6Jk0Lp5Mn2Qr8St4Uv7Wx1Yz3Ab6Cd9Ef2Gh5Jk8", "Xy7_kLm2Nq9-Rt4vWz1Bc8Df3Gh6Jk0Lp5Mn2Qr8St4Uv7Wx1Yz3Ab6Cd9Ef2Gh5Jk8")]
    [InlineData("https://contoso.webhook.office.com/webhookb2/a1b2c3d4-0000-4000-8000-abcdefabcdef@e5f6a7b8-0000-4000-8000-abcdefabcdef/IncomingWebhook/0f1e2d3c4b5a69788796a5b4c3d2e1f0/c0ffee00-0000-4000-8000-abcdefabcdef", "0f1e2d3c4b5a69788796a5b4c3d2e1f0")]
    public void Finds_the_secret(string text, string secret)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type.IsSecret() && text[e.Start..e.End] == secret);
    }

    [Theory]
    [InlineData("GET /bot7712345678:AAq1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j/getUpdates", PiiType.ApiKey, "7712345678:AAq1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j")]
    [InlineData("DOCKERHUB_TOKEN=dckr_pat_Qx7Rt2Nv9Lk4Mz8Wp1Ys6Bc3Dh", PiiType.ApiKey, "dckr_pat_Qx7Rt2Nv9Lk4Mz8Wp1Ys6Bc3Dh")]
    [InlineData("SONAR_LOGIN=squ_7f3a9b2c4d5e6f708192a3b4c5d6e7f8091a2b3c", PiiType.ApiKey, "squ_7f3a9b2c4d5e6f708192a3b4c5d6e7f8091a2b3c")]
    [InlineData("mvn sonar:sonar -Dsonar.token=sqp_0a1b2c3d4e5f60718293a4b5c6d7e8f901a2b3c4", PiiType.ApiKey, "sqp_0a1b2c3d4e5f60718293a4b5c6d7e8f901a2b3c4")]
    [InlineData("grafana: using glsa_Zq8Wx2Rt7Nv4Lk1Mp9Ys3Bc6Dh0Fg5Jk_1a2b3c4d", PiiType.ApiKey, "glsa_Zq8Wx2Rt7Nv4Lk1Mp9Ys3Bc6Dh0Fg5Jk_1a2b3c4d")]
    [InlineData("$ aws configure set aws_secret_access_key Wq8/Zr2+Nx7Lk4Mv1Tp9Ys3Bc6Dh0Fg5Jk2Ae8Ri --profile ci", PiiType.AwsSecretKey, "Wq8/Zr2+Nx7Lk4Mv1Tp9Ys3Bc6Dh0Fg5Jk2Ae8Ri")]
    [InlineData("REFRESH_TOKEN: 9c2f7a1e4b8d3f6a0e5c2b7d1a8f3e6c9b2d4a7f", PiiType.BearerToken, "9c2f7a1e4b8d3f6a0e5c2b7d1a8f3e6c9b2d4a7f")]
    [InlineData("https --session=ci -a builder:Np4!Qz8Wr2 POST api.example.org/deploy", PiiType.BasicAuth, "builder:Np4!Qz8Wr2")]
    [InlineData("{\"event\":\"lease\",\"hwaddr\":\"5a3c9e0f7b21\"}", PiiType.Mac, "5a3c9e0f7b21")]
    [InlineData("Rota: on call Mercy Adjei 07911 123456 until Monday", PiiType.Phone, "07911 123456")]
    [InlineData("le standard: 01 44 55 66 77 (appel gratuit)", PiiType.Phone, "01 44 55 66 77")]
    [InlineData("atendimento: (21) 98765-4321", PiiType.Phone, "(21) 98765-4321")]
    [InlineData("From: Tendai Moyo <tendai@example.org>", PiiType.Person, "Tendai Moyo")]
    [InlineData("upstream db_read\n    server db-r1 10.44.3.21:5432 max_fails=2", PiiType.IPv4, "10.44.3.21")]
    public void Finds_the_value_with_its_type(string text, PiiType type, string value)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == type && text[e.Start..e.End] == value);
    }

    [Fact]
    public void Finds_a_greeted_given_name_of_a_person_named_in_the_message()
    {
        const string text = "To: Tendai Moyo <tendai@example.org>\n\nHi Tendai,\nthe export is back.";

        Assert.Contains(Detector.Detect(text), e => e.Type == PiiType.Person && text[e.Start..e.End] == "Tendai" && e.Start > 40);
    }

    [Theory]
    // References to where a secret lives: HCL expressions, credential lookups, shell and nginx variables.
    [InlineData("  master_password = var.aurora_master_password")]
    [InlineData("  password = random_password.aurora.result")]
    [InlineData("    NEXUS_PASS = credentials('nexus-upload')")]
    [InlineData("    proxy_set_header X-Api-Key $http_x_api_key;")]
    [InlineData("    proxy_set_header X-Cache-Key $scheme$host$request_uri;")]
    // A variable piped into --password-stdin; rabbitmqctl listing users; a greeting of someone not named in the message.
    [InlineData("printf '%s' \"$QUAY_ROBOT_PW\" | podman login quay.example.org -u robot --password-stdin")]
    [InlineData("rabbitmqctl list_users --formatter table")]
    // A secret word that is a URL path segment names an endpoint: what follows it is the protocol, not a value.
    [InlineData("POST /api/v2/session-token HTTP/2.0\nHost: login.example.org")]
    [InlineData("Hi Team,\nthe export is back.")]
    // Versions after a name or a version word; a domain ending .net before an address is an address (checked below).
    [InlineData("helm upgrade billing ./charts/billing-3.12.0.7 --atomic")]
    [InlineData("Linux kernel 6.1.0.18 booted, firmware 2.4.10.3")]
    // Twelve digits in a MAC field hold no hex letter: an id, not an address; hex in a field not named for one.
    [InlineData("{\"mac\":\"202406011230\"}")]
    [InlineData("{\"etag\":\"5a3c9e0f7b21\"}")]
    // A SonarQube token's prefix on a word that is no token (not 40 hex digits).
    [InlineData("metric squ_total_lines_of_code rose by 12 in project billing")]
    public void Leaves_evidence_alone(string text)
    {
        var entities = Detector.Detect(text);

        Assert.True(entities.Count == 0, string.Join(", ", entities.Select(e => $"{e.Type} '{text[e.Start..e.End]}'")));
    }

    [Fact]
    public void Reads_an_address_after_a_dot_net_domain_as_an_address()
    {
        const string text = "user=ops@example.net ip=198.51.100.23 action=login";

        Assert.Contains(Detector.Detect(text), e => e.Type == PiiType.IPv4 && text[e.Start..e.End] == "198.51.100.23");
    }

    [Fact]
    public void Reads_forty_hex_digits_after_secret_key_as_a_generic_secret_not_an_aws_key()
    {
        const string text = "secret_key: 9f2c7a1e4b8d3f6a0e5c2b7d1a8f3e6c9b2d4a7f";

        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == PiiType.GenericSecret && text[e.Start..e.End] == "9f2c7a1e4b8d3f6a0e5c2b7d1a8f3e6c9b2d4a7f");
        Assert.DoesNotContain(entities, e => e.Type == PiiType.AwsSecretKey);
    }
}
