using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18: the kinds of failure the third blind set (bench/privacy/unseen3) found, each written here in other words —
/// text the redactor must act on and text of the same shape it must leave alone. Values are made up for these tests.</summary>
public sealed class Issue18RedactionKinds3Tests
{
    private static readonly PiiDetector Detector = new();

    [Theory]
    // UUID-shaped credentials under a key that names one: HashiCorp tokens, an AppRole secret id in JSON, a UUID password.
    [InlineData("export NOMAD_TOKEN=5d2c1a7e-0b9f-4c3d-8e6a-2f4b7c9d1e0a", "5d2c1a7e-0b9f-4c3d-8e6a-2f4b7c9d1e0a")]
    // A "pw" glued to an assigned key (found by a black-box attack): LDAP clients' bindpw, OpenLDAP's olcRootPW.
    [InlineData("nslcd.conf: bindpw=Hk3vTz8Wq1Lm", "Hk3vTz8Wq1Lm")]
    [InlineData("olcRootPW: Yq2wXs8Tn5Lk", "Yq2wXs8Tn5Lk")]
    [InlineData("{\"role_id\":\"reports\",\"secret_id\":\"a9e3c5b1-7d2f-4e8a-9c6b-1f0d3e5a7b9c\"}", "a9e3c5b1-7d2f-4e8a-9c6b-1f0d3e5a7b9c")]
    [InlineData("heroku_password: 0c8e2a4f-6b1d-4f3e-a5c7-9d2b4e6f8a1c", "0c8e2a4f-6b1d-4f3e-a5c7-9d2b4e6f8a1c")]
    // A two-column table (vault read database/creds/…) and a .netrc entry whose password holds no digit.
    [InlineData("Key                Value\n---                -----\nlease_duration     768h\npassword           A1a-Kx9vQm2Lr7Tz\nusername           v-ro-x2k", "A1a-Kx9vQm2Lr7Tz")]
    [InlineData("machine registry.example.org\n    login builder\n    password Nimbus-Otter-Quill", "Nimbus-Otter-Quill")]
    // Base64 user:password or a random token under a key that is "auth" alone (a registry login, npm's legacy _auth).
    [InlineData("{\"auths\":{\"quay.example.org\":{\"auth\":\"cm9ib3QtY2k6WnE4I0xtMld2NVRu\"}}}", "cm9ib3QtY2k6WnE4I0xtMld2NVRu")]
    [InlineData("//npm.example.org/:_auth=cGtnLXJlYWRlcjpIdjcheFEybUtw", "cGtnLXJlYWRlcjpIdjcheFEybUtw")]
    [InlineData("_auth = Tq7Lm2Wx9Zr4Nv8Kp3Ys", "Tq7Lm2Wx9Zr4Nv8Kp3Ys")]
    // crypt(3) password hashes: bcrypt in an htpasswd line, argon2 in a user table dump.
    [InlineData("grafana:$2b$12$ERb5DesmT6DUlD/zYHvVshp2oo..yzttJMxyvxVKaSZtqFgOK.PgL", "$2b$12$ERb5DesmT6DUlD/zYHvVshp2oo..yzttJMxyvxVKaSZtqFgOK.PgL")]
    [InlineData("3 | ops | $argon2id$v=19$m=65536,t=3,p=4$w0tESulEETldq8b8Vw2zbJ$YAxyL1aCcTlN99mhWp708DwGw5HqXDgLVXZx3scB8fn | t",
        "$argon2id$v=19$m=65536,t=3,p=4$w0tESulEETldq8b8Vw2zbJ$YAxyL1aCcTlN99mhWp708DwGw5HqXDgLVXZx3scB8fn")]
    // An alerting integration key, a config key named for a cookie, "key" named by the word before it, changeme in a connection string.
    [InlineData("  service_key: ab4a829a95249f512c17b8ed411fa644", "ab4a829a95249f512c17b8ed411fa644")]
    [InlineData("NODE_COOKIE=Wq8zRt3Nv6Lk1MxYp", "Wq8zRt3Nv6Lk1MxYp")]
    [InlineData("fyi the signing key for the webhook relay: Hx8-Pq2z-Wm7k", "Hx8-Pq2z-Wm7k")]
    [InlineData("Server=sql01;Database=erp;User Id=erp_app;Password=changeme;TrustServerCertificate=true", "changeme")]
    public void Finds_the_secret(string text, string secret)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type.IsSecret() && text[e.Start..e.End] == secret);
    }

    [Theory]
    [InlineData("oauth: ya29.c.b0AXv0zTPq8Lm2Wx9Zr4Nv8Kp3Ys6Bc1Dh7Fg0Jk5", PiiType.BearerToken, "ya29.c.b0AXv0zTPq8Lm2Wx9Zr4Nv8Kp3Ys6Bc1Dh7Fg0Jk5")]
    [InlineData("MAILGUN_KEY=key-ab4a829a95249f512c17b8ed411fa644", PiiType.ApiKey, "key-ab4a829a95249f512c17b8ed411fa644")]
    [InlineData("NEW_RELIC_LICENSE_KEY=d35db41d94e5efaf89fc43c5fa52f8b2b19bNRAL", PiiType.ApiKey, "d35db41d94e5efaf89fc43c5fa52f8b2b19bNRAL")]
    [InlineData("numéro de carte 4539148803436467 refusé", PiiType.CreditCard, "4539148803436467")]
    [InlineData("Tél : 04.72.10.30.30", PiiType.Phone, "04.72.10.30.30")]
    [InlineData("Contato do suporte: (11) 3456-7890", PiiType.Phone, "(11) 3456-7890")]
    [InlineData("Saludos cordiales\nQuirino Bautista", PiiType.Person, "Quirino Bautista")]
    [InlineData("From: Ewan MacGregor <ewan@example.org>", PiiType.Person, "Ewan MacGregor")]
    [InlineData("Assignee: Joost van den Broek", PiiType.Person, "Joost van den Broek")]
    [InlineData("Titulaire : Ysolde Marchetti", PiiType.Person, "Ysolde Marchetti")]
    public void Finds_the_value_with_its_type(string text, PiiType type, string value)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == type && text[e.Start..e.End] == value);
    }

    [Fact]
    public void Finds_a_pgp_private_key_block_from_header_to_footer()
    {
        const string key = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGVxQ2sBCADq8Lm2Wx9Zr4Nv8Kp3Ys6Bc1Dh7Fg0Jk5Tq7Lm2Wx9Zr4Nv8K\n=Zq8W\n-----END PGP PRIVATE KEY BLOCK-----";
        var text = "$ gpg --armor --export-secret-subkeys release@example.org\n" + key + "\n";

        Assert.Contains(Detector.Detect(text), e => e.Type == PiiType.PrivateKey && text[e.Start..e.End] == key);
    }

    [Theory]
    // UUIDs that order or name things, even next to token and secret words; a secret's id that is a path; an accessor.
    [InlineData("{\"eventName\":\"RunInstances\",\"ClientToken\":\"7c1e9a3b-5d2f-4b8e-a6c4-0f9d2e7b1a3c\"}")]
    [InlineData("GET /v1/items?next_page_token=7c1e9a3b-5d2f-4b8e-a6c4-0f9d2e7b1a3c")]
    [InlineData("token_accessor       7c1e9a3b-5d2f-4b8e-a6c4-0f9d2e7b1a3c")]
    [InlineData("aws secretsmanager get-secret-value --secret-id prod/erp/db-creds")]
    // Table rows that describe a password, a sentence with "machine", "login" and "password", settings of an "auth" key.
    [InlineData("Password expires             Never\nPassword required            Yes\ntoken_ttl          768h")]
    [InlineData("the build machine cannot login with password authentication disabled")]
    [InlineData("auth=ldap\n\"auth\": \"none\"\nauth: dGVzdA==")]
    // Shell positional parameters, a file named like a token prefix, a message broker's routing key, cookie settings.
    [InlineData("awk '{print $1$2}' /var/log/app.log | sort | uniq -c")]
    [InlineData("see ya29.txt for the notes")]
    [InlineData("published to exchange billing with routing_key=billing.invoice.created")]
    [InlineData("Cookie: theme=dark; lang=en\ncookie_domain=shop.example.org")]
    // "signing key" in a sentence, a template after a vendor prefix, placeholders in a connection string.
    [InlineData("the signing key for the release was rotated yesterday")]
    [InlineData("STRIPE_KEY=sk_test_<paste-your-key>")]
    [InlineData("Server=sql01;Database=erp;User Id=erp_app;Password=<password>;")]
    // A public key block; a Luhn-valid counter where no card word stands; a build number in dotted pairs; the word port.
    [InlineData("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQENBGVxQ2sBCADq8Lm2Wx9Zr4Nv8Kp3Ys6Bc1Dh7Fg0Jk5\n-----END PGP PUBLIC KEY BLOCK-----")]
    [InlineData("compteur 4539148803436467 octets")]
    [InlineData("build 02.11.07.33.18 deployed")]
    [InlineData("db port: 06 12 34 56 78")]
    // Product names whose first word is a given name; a laptop model after a Mac prefix.
    [InlineData("Merci\nCloud Storage")]
    [InlineData("Victoria Logs ingestion lag 3m; MacBook Pro battery report attached")]
    [InlineData("nslcd: missing bindpw in /etc/nslcd.conf, see bindpw(5)")]
    public void Leaves_evidence_alone(string text)
    {
        var entities = Detector.Detect(text);

        Assert.True(entities.Count == 0, string.Join(", ", entities.Select(e => $"{e.Type} '{text[e.Start..e.End]}'")));
    }
}
