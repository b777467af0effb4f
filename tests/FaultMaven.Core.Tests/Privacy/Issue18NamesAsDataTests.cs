using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, sixteenth session: a secret whose name is given as data — an attribute, a quoted argument, a string index, a
/// file's name above its lines — rather than as the left side of <c>=</c> or <c>:</c>, read with the one reading of secret names; key
/// material as 16-byte and <c>0x</c> byte arrays; and the near misses of each (settings, ids, lengths, paths, pixel buffers, seeds of a
/// pseudo-random generator, a log line ending in a backslash), which are kept.</summary>
public sealed class Issue18NamesAsDataTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    private static void AssertCovered(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var found = Detector.Detect(text);
        Assert.Contains(found, e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }

    public static TheoryData<string, string> NamedAsData() => new()
    {
        // the name is an attribute: its value a sibling attribute or the element's text
        { "<appSettings>\n  <add key=\"EncryptionKey\" value=\"q8Zt3vN1xLp0Wk7RbYc2\"/>\n</appSettings>\n", "q8Zt3vN1xLp0Wk7RbYc2" },
        { "<property name=\"jwt.secret\">Hk29fLx0PzQw8VnR3tY7</property>\n", "Hk29fLx0PzQw8VnR3tY7" },
        { "<entry key=\"db.password\">Tr0ub4dor-3x</entry>\n", "Tr0ub4dor-3x" },
        { "<setting type=\"string\" name=\"SmtpPassword\">Wint3r-Sky-42</setting>\n", "Wint3r-Sky-42" },
        { "<Parameter name=\"ClientSecret\" type=\"string\">Wq3~Tn8.Lp2_Zr5xV</Parameter>\n", "Wq3~Tn8.Lp2_Zr5xV" },
        { "$config['des_key'] = 'px0N7hl1VROQRlR6adnFSODR';\n", "px0N7hl1VROQRlR6adnFSODR" },
        // the name is a string index or a sigil's variable assigned a literal
        { "$cfg['blowfish_secret'] = 'KMZ31Rg7xjrt7ihN87GBJFrFQ8yxH35o';\n", "KMZ31Rg7xjrt7ihN87GBJFrFQ8yxH35o" },
        { "$cfg['Servers'][$i]['password'] = 'REyrXAz~0Mnv_j*Z';\n", "REyrXAz~0Mnv_j*Z" },
        { "app.config[\"SECRET_KEY\"] = \"d8f7a6s5d4f3g2h1j0k9\"\n", "d8f7a6s5d4f3g2h1j0k9" },
        { "$wgDBpassword = \"Kharif2025!\";\n", "Kharif2025!" },
        { "$CFG->dbpass    = '7f.CNd4r#0rU85';\n", "7f.CNd4r#0rU85" },
        { "smtp:\n  password: !!binary U2xhdGUtQ29yYWwtNjE=\n", "U2xhdGUtQ29yYWwtNjE=" },
        { "resource \"vault_generic_secret\" \"db\" {\n  client_secret = <<EOT\nZk4-Qw9.Lm2_Tx7v\nEOT\n}\n", "Zk4-Qw9.Lm2_Tx7v" },
        // Makefile and Go assignments, a macaroon header, a TSIG key on a command line
        { "SECRET_KEY := 4f9a2c7e1b8d3f6a0c5e9b2d7f1a4c8e\n", "4f9a2c7e1b8d3f6a0c5e9b2d7f1a4c8e" },
        { "\tclientSecret := \"Qm9vLx2Zr8Tp4Wn6\"\n", "Qm9vLx2Zr8Tp4Wn6" },
        { "curl --header \"Grpc-Metadata-macaroon: 0201036c6e6402a44680912c2ac7bd0074c6856afa1f5c3644daa90ef1b23018d6e0\" https://node:8080/v1/getinfo\n", "0201036c6e6402a44680912c2ac7bd0074c6856afa1f5c3644daa90ef1b23018d6e0" },
        { "$ dig @ns1.example.net example.net AXFR -y hmac-sha256:xfer-key:VfrszUXXssb6VOEy1BIB4CEZsy9NN+j4R+rf5K+E6tg=\n", "VfrszUXXssb6VOEy1BIB4CEZsy9NN+j4R+rf5K+E6tg=" },
        { "$ nsupdate -y ddns-update:fsXWD0ACPw4cWz/FIgfeXdcYVhvA6+mrXxHM6/q6JEe= -v update.txt\n", "fsXWD0ACPw4cWz/FIgfeXdcYVhvA6+mrXxHM6/q6JEe=" },
        // a Kerberos key printed after its enctype
        { "   3 12/01/2026 10:00:00 host/web01.corp.example@CORP.EXAMPLE (aes256-cts-hmac-sha1-96)  (0x8ab1e10e8abecdcabf57d2d6811c00c067602fedc97f6f82513dafdaa864af4f)\n", "8ab1e10e8abecdcabf57d2d6811c00c067602fedc97f6f82513dafdaa864af4f" },
        // the name is the file's, above its lines
        { "# /opt/app/jmxremote.password\nmonitorRole  H8t7Y64d3e7z\ncontrolRole  Sommer20206\n", "Sommer20206" },
        { "$ cat /etc/rsyncd.secrets\nbackup:Winter2020~\nmirror:R00twhSb68e4E2\n", "Winter2020~" },
        // key material as a byte array under a key's name: 16 bytes, C hex bytes in braces
        { "advanced:\n  network_key: [137, 144, 131, 213, 140, 15, 31, 210, 153, 132, 61, 21, 67, 169, 215, 253]\n", "137, 144, 131, 213, 140, 15, 31, 210, 153, 132, 61, 21, 67, 169, 215, 253" },
        { "static const uint8_t aes_key[16] = {0x3f, 0xa2, 0x07, 0xd9, 0x51, 0xee, 0x1c, 0x88, 0xc4, 0x2b, 0x90, 0x6d, 0xf3, 0x15, 0x7a, 0xb6};\n", "0x3f, 0xa2, 0x07, 0xd9, 0x51, 0xee, 0x1c, 0x88, 0xc4, 0x2b, 0x90, 0x6d, 0xf3, 0x15, 0x7a, 0xb6" },
    };

    private const string B64Lines = "grcO7n8aUDm+8H7CNH8GbtCPXcdRJEfjQEMAAmtuVFWUoGVoXWTEmAu41FRKhyGp\nmgGtIZ61nPahXvbxWh2DC7fOCda7wATnF1xkPH3ssLWA7De8lxLdLmquuUuujS+f\nopxaKEye91IYKc8QebCA6ddKHBD8q2pCQ9M2Vt6+TB7XlkjoVuj5ovWMlfDOSznB\nW/+tXC37";

    private static string Prefixed(string lines, string prefix) => prefix + lines.Replace("\n", "\n" + prefix, StringComparison.Ordinal);

    public static TheoryData<string, string> KeyBlocks() => new()
    {
        // a key block commented out, or logged a line at a time behind a stamp
        { Prefixed("-----BEGIN PRIVATE KEY-----\n" + B64Lines + "\n-----END PRIVATE KEY-----", "# ") + "\n", B64Lines.Split('\n')[1] },
        { Prefixed("-----BEGIN PRIVATE KEY-----\n" + B64Lines + "\n-----END PRIVATE KEY-----", "// ") + "\n", B64Lines.Split('\n')[1] },
        { Prefixed("-----BEGIN PRIVATE KEY-----\n" + B64Lines + "\n-----END PRIVATE KEY-----", "2026-12-01T10:00:00Z bootstrap[311]: ") + "\n", B64Lines.Split('\n')[1] },
    };

    [Theory]
    [MemberData(nameof(KeyBlocks))]
    public void Issue18_KeyBlock_CommentedOrStamped_IsRedacted(string text, string secret) => AssertCovered(text, secret);

    [Theory]
    [MemberData(nameof(NamedAsData))]
    public void Issue18_SecretNamedAsData_IsRedacted(string text, string secret) => AssertCovered(text, secret);

    public static TheoryData<string> NearMisses() => new()
    {
        // settings, ids, lengths, paths and algorithms named as data
        "<add key=\"PageSize\" value=\"50\"/>\n<add key=\"ApiKeyPath\" value=\"/etc/keys/api.key\"/>\n<add key=\"TokenLifetime\" value=\"3600\"/>\n",
        "<property name=\"jwt.algorithm\">HS256</property>\n<entry key=\"secret.enabled\">true</entry>\n<entry key=\"password.min-length\">12</entry>\n",
        "<add key=\"EncryptionKeyId\" value=\"k-2026-11-prod-rotated\"/>\n",
        "define('WP_DEBUG', true);\ndefine('DB_NAME', 'wordpress');\n",
        "$cfg['Servers'][$i]['user'] = 'root';\n$settings['file_public_path'] = 'sites/default/files';\n",
        "KEY_LENGTH := 32\nSECRET_NAME := prod-db-credentials-v2\n",
        "if ($bypass = 'maintenance-window-7') { return 503; }\n",
        "$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n$session.UserAgent = \"Mozilla/5.0\"\n",
        "mqtt:\n  password: !secret mqtt_password\n",
        // settings about a secret (its algorithm, store, region, audience), in the sigil, Makefile and define forms
        "$password_hash_algo = \"bcrypt\"\n$token_audience = \"api://payments\"\n$secretsManagerRegion = \"us-east-1\"\n",
        "SECRETS_MANAGER_REGION := us-east-1\nPASSWORD_VAULT := CyberArk\n",
        "define('TOKEN_AUDIENCE', 'api://payments');\n",
        // a table of words under a file named for secrets
        "$ cat secrets.txt\nteam platform\nowner payments\nregion eastus\n",
        // a credential store's id of the secret, behind the store's kind
        "    password(\"env.DEPLOY_PASS\", \"credentialsJSON:0b6c2f1e-7a4d-4e8b-9c3f-2d1e5a7b8c9d\", display = HIDDEN)\n",
        "<add key=\"DbPassword\" value=\"secretRef:8d3e4f5a-1b2c-4d6e-8f90-a1b2c3d4e5f6\"/>\n",
        "  description = <<EOT\nRotates the database password every 30 days\nEOT\n  secret_name = <<EOT\nprod/db/password\nEOT\n",
        "setx PATH \"C:\\Tools;%PATH%\"\n",
        "$ apt-get -y install dnsutils\n",
        "tx (0x8ab1e10e8abecdcabf57d2d6811c00c067602fedc97f6f82513dafdaa864af4f) confirmed in block 19023311\n",
        // a file named for passwords whose lines are another shape, and /etc/passwd's
        "# /etc/passwd\nroot:x:0:0:root:/root:/bin/bash\nbackup:x:34:34:backup:/var/backups:/usr/sbin/nologin\n",
        "ERROR could not open /etc/app/db.password\n2026-12-01 10:00:01 INFO retrying in 5 s with the cached settings\n",
        // request ids logged under a line naming a cache key, one a line
        "2026-12-01T10:00:00Z cache key rotated\n2026-12-01T10:00:01Z req ok 8f14e45fceea167a5a36dedd4bea2543\n2026-12-01T10:00:02Z req ok c9f0f895fb98ab9159f51fd0297e236d\n2026-12-01T10:00:03Z req ok 45c48cce2e2d7fbdea1afc51c7c6ad26\n",
        // pixel and data buffers, seeds of a pseudo-random generator
        "pixels = [137, 144, 131, 213, 140, 15, 31, 210, 153, 132, 61, 21, 67, 169, 215, 253]\n",
        "frame {0x3f, 0xa2, 0x07, 0xd9, 0x51, 0xee, 0x1c, 0x88, 0xc4, 0x2b, 0x90, 0x6d, 0xf3, 0x15, 0x7a, 0xb6}\n",
        "training:\n  epochs: 40\n  random_seed: 9c1f4e2a7b3d5f8e9c1f4e2a7b3d5f8e\n",
        "[experiment]\nseed: 4f9a2c7e1b8d3f6a0c5e9b2d7f1a4c8e\n",
    };

    [Fact]
    public void Issue18_PasswordFile_EveryLineIsRead()
    {
        var lines = Enumerable.Range(0, 100).Select(i => $"user{i} Zx9!qNLm{i:D3}").ToArray();
        var found = Detector.Detect("$ cat /srv/app/passwords.txt\n" + string.Join('\n', lines) + "\n");
        Assert.Equal(100, found.Count(e => SecretTypes.Contains(e.Type)));
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_NameAsDataNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));

    [Fact]
    public void Issue18_LogLineEndingInBackslash_DoesNotSwallowTheNextRecord()
    {
        const string text = "2026-12-01 INFO redirect to https://app.example.com/cb?token=abc123def456ghi\\\n2026-12-01 INFO user bob logged in from 10.0.0.9\n";
        var next = text.IndexOf("\n2026", StringComparison.Ordinal);
        var found = Detector.Detect(text);
        Assert.Contains(found, e => SecretTypes.Contains(e.Type) && e.Start <= text.IndexOf("abc123", StringComparison.Ordinal));
        Assert.DoesNotContain(found, e => SecretTypes.Contains(e.Type) && e.End > next);
    }
}
