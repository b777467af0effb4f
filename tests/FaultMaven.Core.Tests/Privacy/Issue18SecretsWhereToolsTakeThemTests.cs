using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, twenty-third session: secrets passed where tools take them. A call's pair or positional arguments (an auth key
/// given a tuple, basic-auth setters, PHP's connection calls, a literal converted to characters, libcurl's USERPWD), environment
/// variables that client tools read as secrets without a secret's word in their names (…_AUTH, …_PAT), account tools' arguments
/// (useradd/usermod -p, influx -p/-t, mc's secret keys) and passphrases quoted as a sentence; with the near-misses of each shape:
/// variables and attributes passed on, references, settings, paths, descriptions and pointers.</summary>
public sealed class Issue18SecretsWhereToolsTakeThemTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    // Each secret is redacted to exactly its span: the user, the quotes and the call around it stay.
    public static TheoryData<string, string> Secrets() => new()
    {
        // an auth key given a pair, as a keyword argument, an attribute or a list
        { "resp = httpx.get(u, auth=(\"ci-bot\", \"Lq3Vz8Wk2t\"))\n", "Lq3Vz8Wk2t" },
        { "s.auth = ('metrics', 'Tr7Hx2Np9q')\n", "Tr7Hx2Np9q" },
        { "es = Elasticsearch(hosts, http_auth=['elastic', 'Zm4Qw8Rt3x'])\n", "Zm4Qw8Rt3x" },
        // basic-auth setters, a nested constructor, a literal converted to characters
        { "r.SetBasicAuth(\"exporter\", \"Wn6Kz3Lq8v\")\n", "Wn6Kz3Lq8v" },
        { "Net::HTTP.start(h) { |http| req.basic_auth 'a', 'b'; http.basic_auth('ops', 'Hq2Vx7Lm5r') }\n", "Hq2Vx7Lm5r" },
        { "provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(\"svc\", \"Pk8Zt3Wq6n\"));\n", "Pk8Zt3Wq6n" },
        { "return new PasswordAuthentication(\"relay\", \"Vx5Rq9Lt2m\".toCharArray());\n", "Vx5Rq9Lt2m" },
        // PHP's connections: PDO, mysqli, ftp_login, ldap_bind; libcurl's USERPWD
        { "$db = new PDO(\"pgsql:host=pg1;dbname=app\", \"app\", \"Rz7Wq3Kt8x\");\n", "Rz7Wq3Kt8x" },
        { "$m = new mysqli('db1', 'shop', 'Kt4Lx9Zq2w', 'orders');\n", "Kt4Lx9Zq2w" },
        { "ftp_login($conn, 'backup', 'Nq8Wz3Rt6k');\n", "Nq8Wz3Rt6k" },
        { "ldap_bind($ds, 'cn=admin,dc=corp', 'Zx2Tq7Wm4v');\n", "Zx2Tq7Wm4v" },
        { "curl_setopt($ch, CURLOPT_USERPWD, 'deploy:Mk6Vq2Zt9r');\n", "Mk6Vq2Zt9r" },
        { "c.setopt(pycurl.PROXYUSERPWD, \"proxy:Wt3Lz8Qx5n\")\n", "Wt3Lz8Qx5n" },
        // environment variables of client tools
        { "REDISCLI_AUTH=Hx4Wq9Lz2t redis-cli -h cache2 dbsize\n", "Hx4Wq9Lz2t" },
        { "export CONSUL_HTTP_AUTH=operator:Qz5Tk8Wr3v\n", "Qz5Tk8Wr3v" },
        { "env:\n  AZURE_DEVOPS_EXT_PAT: k3x9qz7wlm2vtr8np4hc6bd5fj1sy0ga\n", "k3x9qz7wlm2vtr8np4hc6bd5fj1sy0ga" },
        { "ALGOLIA_ADMIN_KEY=Wq8Zt3Lx6Kv9Rm2Np5Hc\n", "Wq8Zt3Lx6Kv9Rm2Np5Hc" },
        // account tools' arguments
        { "usermod -p 'Tw6Zq2Lk9x' deploy\n", "Tw6Zq2Lk9x" },
        { "influx user create -n ops -p Kr3Wz8Qt5m -o acme\n", "Kr3Wz8Qt5m" },
        { "influx bucket list -t Zq7Wx2Lm9Kt4Rv8Np3Hx6 --org acme\n", "Zq7Wx2Lm9Kt4Rv8Np3Hx6" },
        { "mc admin user add myminio uploader Lt5Wq9Zx3k\n", "Lt5Wq9Zx3k" },
        { "mc alias set backup https://s3.example.org:9000 backupkey Vn8Qz2Wt6x --api S3v4\n", "Vn8Qz2Wt6x" },
        // passphrases quoted as a sentence
        { "password: \"my cat likes warm socks\"\n", "my cat likes warm socks" },
        { "{\"passphrase\": \"we sail at first light\"}\n", "we sail at first light" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        // calls and pairs given variables, lookups, attributes, empty or masked values, a scheme
        "r = httpx.get(u, auth=(user, password))\ns.auth = (os.environ['U'], os.environ['P'])\n",
        "conn = psycopg2.connect(host=cfg.host, user=cfg.user, password=cfg.password)\nclient = Client(password=self.password)\n",
        "r.SetBasicAuth(user, pass)\n$db = new PDO($dsn, $user, $pass);\ncurl_setopt($ch, CURLOPT_USERPWD, \"$user:$pass\");\n",
        "s.auth = ('metrics', '')\nauth=('basic', 'X-Request-Id')\nhttp.basic_auth('ops', '********')\n",
        "point = (\"x\", \"y\")\nsizes = ['small', 'medium']\nauthor=('Jane', 'Doe')\n",
        // variables that are settings, references or paths
        "SMTP_AUTH=true\nDB_AUTH=scram-sha-256\nMQTT_AUTH=none\nREQUIRE_AUTH=yes\n",
        "redis-cli -a \"$REDISCLI_AUTH\" ping\necho ${REDISCLI_AUTH}\nLD_LIBRARY_PATH=/usr/lib\n",
        "export GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/gcp.json\nexport PGPASSFILE=/home/app/.pgpass\nexport KUBECONFIG=~/.kube/config\n",
        // account tools without a secret, flags that are no password
        "usermod -aG docker deploy\nuseradd -m -s /bin/bash ci\ninflux -precision rfc3339 -execute 'show databases'\n",
        "mc admin user add myminio uploader \"$MINIO_PASS\"\nmc alias list\nmc ls backup/logs\n",
        // quoted descriptions, pointers and rules after a secret key, and help texts
        "password: \"the password for the admin user\"\npassphrase: \"stored in the ops vault\"\n",
        "password: \"in the usual place\"\ntoken: \"the one from last week\"\nsecret: \"rotated every month\"\n",
        "password: \"is similar to the username\"\npassword: \"was found in a breach\"\n",
        "mysql --password \"the password for the admin user\"\n  --passphrase TEXT   passphrase for the key file\n",
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Issue18_SecretWhereToolTakesIt_IsRedactedToItsSpan(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start == at && e.End == at + secret.Length);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_WhereToolTakesItNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));

    [Fact]
    public void Issue18_HostileCallsAndVariables_AreReadInLinearTime()
    {
        var texts = new[]
        {
            string.Concat(Enumerable.Repeat("auth=(\"a\", auth=[\"b\", ", 20_000)),
            string.Concat(Enumerable.Repeat("x.SetBasicAuth(\"u\", x.SetBasicAuth(", 20_000)),
            string.Concat(Enumerable.Repeat("CURLOPT_USERPWD, '", 30_000)),
            string.Concat(Enumerable.Repeat("A_AUTH=B_PAT=", 40_000)),
            string.Concat(Enumerable.Repeat("mc alias set a b c ", 20_000)),
            "password: \"" + string.Concat(Enumerable.Repeat("the dog ", 20_000)) + "\"\n",
        };
        foreach (var text in texts)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Detector.Detect(text);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{text[..20]}… took {watch.Elapsed}");
        }
    }
}
