using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, twenty-second session: secrets that the structure around them names instead of a key right before them — an SQL
/// INSERT's or a COPY's column list, a map keyed by user names under a credentials key, a credential-taking call's argument position,
/// an expect script's answer to a password prompt. With the near misses of each shape: timestamps, placeholders, roles,
/// variables, other prompts.</summary>
public sealed class Issue18SecretsByStructureTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    public static TheoryData<string, string> Secrets() => new()
    {
        // SQL: the column list names the column, one row or many, quoted either way, a dump's COPY rows
        { "INSERT INTO staff (login, mail, password) VALUES ('rita', 'r@corp.example', 'Heron-Gale-58');\n", "Heron-Gale-58" },
        { "insert into app_user(id,login,pwd,role) values (1,'al','Fennel#12brook','admin'),(2,'cy','Vt8qLm3Xz7','viewer');\n", "Vt8qLm3Xz7" },
        { "INSERT INTO `clients` (`name`, `client_secret`) VALUES (\"grafana\", \"k9Rt2Wq7LmZ4Xv8P\");\n", "k9Rt2Wq7LmZ4Xv8P" },
        { "COPY public.staff (id, login, password, mail) FROM stdin;\n1\trita\tOsprey4Lantern\tr@corp.example\n\\.\n", "Osprey4Lantern" },
        // maps from user names to secrets: YAML blocks, flow maps, JSON, HCL, htpasswd-like items
        { "passwords:\n  rita: Thistle-Bay-40\n  cy: p6Wz2QrK8m\n", "Thistle-Bay-40" },
        { "users: {rita: Mq4v-Z8rLx, cy: Rt5!nW2pQz}\n", "Rt5!nW2pQz" },
        { "{\"credentials\": {\"svc-build\": \"Zr7Lq2Wm9Tx\"}}\n", "Zr7Lq2Wm9Tx" },
        { "service_accounts = { \"backup\" = \"Nw6Kz3Pq8Lr\" }\n", "Nw6Kz3Pq8Lr" },
        { "basic_auth_users:\n  - ops:Flint!Cove7\n", "Flint!Cove7" },
        // calls that take credentials by position
        { "\tat com.corp.sso.Gate.login(\"rita\", \"Pq7v-L3mZx\")\n", "Pq7v-L3mZx" },
        { "  File \"sync.py\", line 40, in run\n    client.authenticate('svc-sync', 'Lumen8-Raven')\n", "Lumen8-Raven" },
        { "conn = DriverManager.getConnection(\"jdbc:postgresql://db/app\", \"app\", \"Xw8mQ2zLp7\");\n", "Xw8mQ2zLp7" },
        { "conn.simple_bind_s('cn=admin,dc=corp', 'Basalt4Egret!')\n", "Basalt4Egret!" },
        { "pymysql.connect('db01', 'report', 'Meadow9Quartz', 'sales')\n", "Meadow9Quartz" },
        { "var c = new NetworkCredential(\"svc\", \"Tq3!Lw8zVm\");\n", "Tq3!Lw8zVm" },
        // expect's answer to a password prompt
        { "spawn ssh ops@10.1.2.3\nexpect \"password:\"\nsend \"Fjord7Pebble\\r\"\n", "Fjord7Pebble" },
        { "expect -c 'spawn scp a.tgz bk@nas:/v; expect \"assword:\"; send -- \"Rock8+Juniper\\r\"; interact'\n", "Rock8+Juniper" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        // a timestamp, placeholders, NULL, an expression, a policy's numbers
        "INSERT INTO staff (login, password_changed_at) VALUES ('rita', '2026-01-02 10:00:00');\n",
        "INSERT INTO staff (login, mail, password) VALUES (?, ?, ?)\nINSERT INTO staff (login, password) VALUES ($1, $2)\nINSERT INTO staff (login, password) VALUES (:login, :password)\n",
        "INSERT INTO staff (login, password) VALUES ('rita', NULL), ('cy', crypt('x', gen_salt('bf')));\n",
        "INSERT INTO password_policy (min_length, rotation_days) VALUES (12, 90);\n",
        // maps of roles, counts, records, times, references, regions
        "users: {rita: admin, cy: viewer}\nreplicas: {a: 3, b: 5}\n",
        "users:\n  rita: {role: admin, shell: /bin/bash}\n  cy: {role: viewer, shell: /bin/zsh}\n",
        "users: {rita: 2026-01-02T10:00:00Z}\naccounts: {web01: us-east-1a, web02: eu-west-2b}\n",
        "credentials:\n  rita: ${RITA_PASSWORD}\n",
        "credentials:\n  host: db01-prod\n  port: 5432\n  user: app_rw\nsecrets:\n  - name: regcred\n  - name: tls-cert-2024\n",
        // calls given variables, booleans, None, a lookup, a mask, an empty string, an event handler, a scheme's name
        "at com.corp.sso.Gate.login(\"rita\", true)\nconn = DriverManager.getConnection(url, user, pass);\nclient.auth(None, None)\n",
        "conn = DriverManager.getConnection(\"jdbc:mysql://db/app\", \"app\", System.getenv(\"DB_PASS\"));\nftp.login(\"anonymous\", \"\")\nGate.login(\"rita\", \"***\")\n",
        "wls:/offline> connect('weblogic', '${WLS_PW}', 't3://admin01.corp:7001')\n",
        "$('#save').bind(\"click\", \"handler-v2\")\nsession.auth(\"basic\", \"X-Request-Id\")\nsocket.connect((\"10.0.0.5\", 8080))\n",
        // expect: a variable, another prompt's answer
        "expect \"password:\"\nsend \"$env(PASS)\\r\"\nexpect \"login:\"\nsend \"admin-ops\\r\"\n",
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Issue18_SecretNamedByItsStructure_IsRedacted(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_StructureNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));

    [Fact]
    public void Issue18_InsertRows_OnlyTheSecretColumnIsRedacted()
    {
        const string text = "INSERT INTO staff (login, password, role) VALUES ('rita', 'Heron-Gale-58', 'admin'), ('cy', 'Vt8qLm3Xz7', 'viewer');";
        var secrets = Detector.Detect(text).Where(e => SecretTypes.Contains(e.Type)).Select(e => text[e.Start..e.End]).ToList();
        Assert.Equal(["Heron-Gale-58", "Vt8qLm3Xz7"], secrets);
    }

    [Fact]
    public void Issue18_HostileStructures_AreReadInLinearTime()
    {
        var texts = new[]
        {
            "INSERT INTO t (password) VALUES " + string.Concat(Enumerable.Repeat("INSERT INTO t (password) VALUES ('", 20_000)),
            "COPY t (id, password) FROM stdin;\n" + string.Concat(Enumerable.Repeat("1\tQz7v-K2mX\t", 40_000)),
            string.Concat(Enumerable.Repeat("passwords: {a: ", 20_000)),
            string.Concat(Enumerable.Repeat("login(\"a\", login(\"b\", ", 20_000)),
            string.Concat(Enumerable.Repeat("expect \"password:\" send \"", 20_000)),
        };
        foreach (var text in texts)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Detector.Detect(text);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{text[..20]}… took {watch.Elapsed}");
        }
    }
}
