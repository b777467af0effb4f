using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, more structures that name a secret: user maps over lines ({} in JSON, Python, HCL) and in INI/TOML sections,
/// SQL literals with escaped quotes, REPLACE, a hashing function's argument, a hash's column holding no hash. With the near misses of
/// each: roles, flags, places, references, placeholders, digests. Every value here is made up.</summary>
public sealed class Issue18StructureKindsTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    public static TheoryData<string, string> Secrets() => new()
    {
        { "{\n  \"credentials\": {\n    \"svc-ci\": \"Hx8rT2qLm9Vz\",\n    \"svc-backup\": \"n4Pw7Kz2Yq\"\n  }\n}\n", "n4Pw7Kz2Yq" },
        { "PASSWORDS = {\n    'rita': 'Marble-Sky-61',\n}\n", "Marble-Sky-61" },
        { "users = {\n  bob = \"Zk3nB8qLm2Vr\"\n}\n", "Zk3nB8qLm2Vr" },
        { "[users]\nbob = \"Zk3nB8qLm2Vr\"\n\n# rotated\namy = Tq7vR2mWx9Lp\n[server]\nport = 8080\n", "Tq7vR2mWx9Lp" },
        { "[credentials]\nsvc-ci = Hq8mT3vLx7Rp\n", "Hq8mT3vLx7Rp" },
        { "INSERT INTO users (name, password) VALUES ('bob', 'it''s-Kq7vR2mW9');\n", "it''s-Kq7vR2mW9" },
        { "INSERT INTO users (name, password) VALUES ('amy', E'o\\'Brien-Tq4zL8');\n", "o\\'Brien-Tq4zL8" },
        { "REPLACE INTO accounts (login, password) VALUES ('ops', 'Rp7vR2mWx9Lq');\n", "Rp7vR2mWx9Lq" },
        { "INSERT INTO users (name, password) VALUES ('bob', crypt('Granite-Owl-57', gen_salt('bf')));\n", "Granite-Owl-57" },
        { "INSERT INTO users (name, password_hash) VALUES ('dan', 'Summer-Tide-2026');\n", "Summer-Tide-2026" },
        { "COPY public.staff (id, login, passwd_digest) FROM stdin;\n1\teve\tWinter9Harbor!\n\\.\n", "Winter9Harbor!" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        "{\n  \"users\": {\n    \"alice\": \"admin\",\n    \"carol\": true\n  }\n}\n",
        "USERS = {\n    'alice': ['admin', 'ops'],\n    'bob': 'read-only',\n}\n",
        "users = {\n  bob = \"${BOB_PASSWORD}\"\n  amy = var.amy_password\n}\n",
        "[users]\nallow_sign_up = false\nauto_assign_org_role = Viewer\ndefault_theme = dark\nlogin_hint = email or username\n",
        "[accounts]\nweb01 = us-east-1a\nweb02 = eu-west-2b\nmax_sessions = 20\n",
        "log: [users] Tq7vR2mWx9Lp joined\n[users] count\nbob = Zk3nB8qLm2Vr\n",
        "INSERT INTO users (name, password_hash) VALUES ('bob', '5f4dcc3b5aa765d61d8327deb882cf99'), ('amy', 'X03MO1qnZdYdgyfeuILPmQ==');\n",
        "INSERT INTO users (name, password) VALUES ('bob', crypt(:pw, gen_salt('bf'))), ('amy', crypt($2, gen_salt('md5')));\n",
        "REPLACE INTO settings (name, password_min_length) VALUES ('policy', '12');\n",
        "INSERT INTO users (name, password_salt) VALUES ('bob', 'Kq7vR2mW9Lp4');\n",
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Issue18_SecretNamedByAStructure_IsRedacted(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_StructureKindNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));

    [Fact]
    public void Issue18_HashingFunction_OnlyItsArgumentIsRedacted()
    {
        const string text = "INSERT INTO users (name, password) VALUES ('bob', crypt('Granite-Owl-57', gen_salt('bf')));";
        var secrets = Detector.Detect(text).Where(e => SecretTypes.Contains(e.Type)).Select(e => text[e.Start..e.End]).ToList();
        Assert.Equal(["Granite-Owl-57"], secrets);
    }

    [Fact]
    public void Issue18_HostileSectionsAndLineMaps_AreReadInLinearTime()
    {
        var texts = new[]
        {
            "[users]\n" + string.Concat(Enumerable.Repeat("[users]\na = Qz7v-K2mX\n", 30_000)),
            string.Concat(Enumerable.Repeat("passwords = {\n", 30_000)),
            "users = {\n" + string.Concat(Enumerable.Repeat("  a = \"Qz7v-K2mX\", b = 'c', {\n", 20_000)),
            "INSERT INTO t (password) VALUES " + string.Concat(Enumerable.Repeat("(crypt('", 20_000)),
        };
        foreach (var text in texts)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Detector.Detect(text);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{text[..12]}… took {watch.Elapsed}");
        }
    }
}
