using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The families of secrets that a redactor built on one corpus misses on others — command lines, escaped JSON, name/value
/// pairs, sentences, cookies, authorization schemes, real values that contain a placeholder word — and the identifiers it must not
/// take for secrets (each false redaction hides evidence). Values are made up for these tests.</summary>
public sealed class SecretFamiliesTests
{
    private static readonly PiiDetector Detector = new();

    [Theory]
    // Command lines: long options naming a secret, and the short flags of the tools that take a password.
    [InlineData("+ docker login -u deployer -p Vq7#nLw2Rz quay.example.org", "Vq7#nLw2Rz")]
    [InlineData("podman login --username bot --password 'Hx4!tPq9Ly' registry.local", "Hx4!tPq9Ly")]
    [InlineData("$ vendorctl sync --api-key 7c1e9a44b02f4d7e8a55c3d1f9b0e6a2 --batch 500", "7c1e9a44b02f4d7e8a55c3d1f9b0e6a2")]
    [InlineData("oauth2-proxy --client-secret Zp3QmX8vN2kLrT6w --provider oidc", "Zp3QmX8vN2kLrT6w")]
    [InlineData("sshpass -p 'Gr4nite&Moss' scp backup.tgz ops@10.20.30.40:/srv", "Gr4nite&Moss")]
    [InlineData("mysqladmin -u root -pW1nter_Lake status", "W1nter_Lake")]
    [InlineData("redis-cli -h cache-01 -a Kq9zT4pW1xR7 INFO replication", "Kq9zT4pW1xR7")]
    [InlineData("ldapwhoami -x -D uid=svc,ou=apps,dc=corp -w Pl4net#Rise", "Pl4net#Rise")]
    [InlineData("smbclient //fs01/finance -U CORP\\jdoe%Aut0mn-Leaf -c ls", "Aut0mn-Leaf")]
    [InlineData("openssl rsa -in key.pem -passin pass:Ch3rry.Blossom -out plain.pem", "Ch3rry.Blossom")]
    [InlineData("htpasswd -bB /etc/nginx/.htpasswd grafana Qm5vTz8pLw", "Qm5vTz8pLw")]
    [InlineData("export MYSQL_PWD=Rb6yNc2Wq0", "Rb6yNc2Wq0")]
    // JSON escaped once, twice, and name/value pairs.
    [InlineData("{\"log\":\"{\\\"db_password\\\":\\\"Fj3$kLm9Qp\\\"}\\n\",\"stream\":\"stderr\"}", "Fj3$kLm9Qp")]
    [InlineData("msg=\"{\\\\\\\"api_token\\\\\\\":\\\\\\\"T0k3nValue99xyz\\\\\\\"}\"", "T0k3nValue99xyz")]
    [InlineData("\"env\":[{\"name\":\"SMTP_PASSWORD\",\"value\":\"Lx8#pQ2mVt\"}]", "Lx8#pQ2mVt")]
    [InlineData("env:\n  - name: REDIS_PASSWORD\n    value: Nw5rTq8zXc", "Nw5rTq8zXc")]
    // Keys people spell their own way; sentences; values straight after the key.
    [InlineData("db_pass: Qz4wXr8vLp", "Qz4wXr8vLp")]
    [InlineData("our staging db password is Mx9!vTq2Ls, rotate it after the demo", "Mx9!vTq2Ls,")]
    [InlineData("the new pass for the jenkins admin is Bl0ck-Ch41n77", "Bl0ck-Ch41n77")]
    [InlineData("machine ftp.example.org login uploader password Ud7tQm3Zk9", "Ud7tQm3Zk9")]
    [InlineData("pw: 8kLm2Qx7Vz", "8kLm2Qx7Vz")]
    // A real value that merely contains a placeholder word is a secret; people do set these.
    [InlineData("password=Changeme!2031", "Changeme!2031")]
    [InlineData("{\"password\":\"testtest1\"}", "testtest1")]
    // Spellings of the same families: camel-case keys, Redis directives, capital -P flags, keytool's passes, lftp, call arguments.
    [InlineData("<Connector port=\"8443\" truststorePass=\"Tq6!wLm3Zp\" />", "Tq6!wLm3Zp")]
    [InlineData("requirepass Vb8_qT^zM3k", "Vb8_qT^zM3k")]
    [InlineData("ipmitool -I lanplus -H bmc-07 -U ADMIN -P Rk2mX9wQ7v sensor list", "Rk2mX9wQ7v")]
    [InlineData("keytool -importkeystore -srckeystore a.p12 -srcstorepass Jn4tW8qZ2x -destkeystore b.jks", "Jn4tW8qZ2x")]
    [InlineData("lftp -u exporter,Fw7pQ2zK9m sftp://files.example.org", "Fw7pQ2zK9m")]
    [InlineData("define( 'SMTP_PASSWORD', 'Gt5vN8qL2w' );", "Gt5vN8qL2w")]
    // URL-encoded separators; an ampersand inside a password (only a following parameter ends the value).
    [InlineData("GET /login?user=ops&password%3DUrl3ncPw55 HTTP/1.1", "Url3ncPw55")]
    [InlineData("the db pass: Tr0ub4dor&3xyz", "Tr0ub4dor&3xyz")]
    [InlineData("password=Tr0ub4dor&3xyz", "Tr0ub4dor&3xyz")]
    [InlineData("password=Ab1;cd2ef", "Ab1;cd2ef")]
    [InlineData("spring.datasource.password=Sup3r;Secret99 # rotated", "Sup3r;Secret99")]
    [InlineData("Server=db1;Database=orders;User Id=app;Password=Kq7;vTz2&Lw;Encrypt=yes", "Kq7;vTz2&Lw")]
    [InlineData("GET /login?user=ops&password=Hx4tPq9Ly&next=/home HTTP/1.1", "Hx4tPq9Ly")]
    [InlineData("Password=Rb6yNc2Wq0;", "Rb6yNc2Wq0")]
    [InlineData("Server=db1;User Id=app;Password=Wq8;zTk4;Max Pool Size=50", "Wq8;zTk4")]
    [InlineData("pyodbc.connect('DRIVER={ODBC Driver 18};SERVER=db8;UID=svc;PWD={Lm4;x2021}}Qv}')", "Lm4;x2021}}Qv")]
    [InlineData("POST /token body=client_secret=Qm8vX2pL9wKz&grant_type=client_credentials", "Qm8vX2pL9wKz")]
    // Cookies that carry a session.
    [InlineData("Cookie: theme=dark; sid=9b2f7e1c4a8d3f6b0e5c2a7d; lang=en", "9b2f7e1c4a8d3f6b0e5c2a7d")]
    public void Finds_the_secret(string text, string secret)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type.IsSecret() && text[e.Start..e.End] == secret.TrimEnd(','));
    }

    [Theory]
    [InlineData("curl -H 'Authorization: token 8d3f1a9c7b2e4f6a0c5d8e1b3a7f9c2d4e6b8a0c'", PiiType.BearerToken, "8d3f1a9c7b2e4f6a0c5d8e1b3a7f9c2d4e6b8a0c")]
    [InlineData("using AKIAIOSFODNN7EXAMPLE for the upload", PiiType.AwsAccessKey, "AKIAIOSFODNN7EXAMPLE")]
    [InlineData("url: postgresql+psycopg2://etl:changeme@db.example.org:5432/etl", PiiType.ConnectionString, "etl:changeme")]
    [InlineData("\"SecretAccessKey\":\\\"Zx9Kq2Wm8Lp4Nv7Rt1Ys5Ub3Hc6Jd0Fg2Ae4Bi8C\\\"", PiiType.AwsSecretKey, "Zx9Kq2Wm8Lp4Nv7Rt1Ys5Ub3Hc6Jd0Fg2Ae4Bi8C")]
    [InlineData("uploaded jana.novak@example.org.log to the case", PiiType.Email, "jana.novak@example.org")]
    [InlineData("kernel: DROP IN=eth0 OUT= MAC=52:54:00:ab:cd:ef:52:54:00:12:34:56:08:00 SRC=198.51.100.4", PiiType.Mac, "52:54:00:ab:cd:ef:52:54:00:12:34:56:08:00")]
    public void Finds_the_value_with_its_type(string text, PiiType type, string value)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == type && text[e.Start..e.End] == value);
    }

    [Theory]
    // A masked password before a key with blanks in its name (connection strings have them: Max Pool Size, User Id).
    [InlineData("opening pool: Server=db-orders-1;Database=Orders;User Id=orders_app;Password=********;Max Pool Size=50")]
    // A template where a connection string's password goes, not ODBC's braces.
    [InlineData("Server=db;Password={{db_password}};Encrypt=yes\nServer=db;Password={{ .Values.db.password }};x=1\nPWD={{ pw }}")]
    // Numbers that pass Luhn but sit where no card is: metrics, counters, ids.
    [InlineData("node_network_receive_bytes_total{device=\"eth0\"} 4539148803436467")]
    [InlineData("{\"requests_total\":4024007134563212,\"errors_total\":12}")]
    // Sessions and tokens in a sense that is not a credential.
    [InlineData("Processed session termination for sessionid: 0x14ed93111f20005")]
    [InlineData("INFO [SessionTracker:ZooKeeperServer@325] - Expiring session 0x24ede63a01b003b, timeout of 10000ms exceeded")]
    [InlineData("ActivityManager: finishing token=Token{a64f992 ActivityRecord{3c1e2f0 u0 com.example/.Main t12}}")]
    [InlineData("validating provider credentials: retrieving caller identity from STS")]
    [InlineData("POST https://login.example.com/oauth2/token status=401 in 220ms")]
    // Names of secrets, not secrets; template placeholders.
    [InlineData("withCredentials([usernamePassword(credentialsId: 'reg', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')])")]
    [InlineData(": \"${DB_PASSWORD:?DB_PASSWORD is required}\"")]
    [InlineData("password_encryption = scram-sha-256")]
    [InlineData("bot_token = \"xoxb-your-token-here\"")]
    [InlineData("DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB")]
    [InlineData("echo \"$REG_PASS\" | docker login --password-stdin -u ci registry.example.org")]
    // Versions are not addresses; ports are not passwords; ssh targets are not mailboxes.
    [InlineData("pip freeze: opencv-python==4.9.0.80 nvidia-cudnn-cu12>=8.9.2.26")]
    [InlineData("docker run -p 8080:80 nginx; ssh -p 2222 deploy@bastion.example.org")]
    [InlineData("Cookie: _ga=GA1.2.476772793.1707250899; theme=dark")]
    [InlineData("proxy bypass=Hx7kPq2mZz compass=Hx7kPq2mZz tests_passed=Hx7kPq2mZz")]
    public void Leaves_evidence_alone(string text)
    {
        var entities = Detector.Detect(text);

        Assert.True(entities.Count == 0, string.Join(", ", entities.Select(e => $"{e.Type} '{text[e.Start..e.End]}'")));
    }

    [Fact]
    public void Reads_an_address_compared_in_a_filter_as_an_address()
    {
        const string text = "tshark -Y 'ip.src==203.0.113.77' -r capture.pcap";

        Assert.Contains(Detector.Detect(text), e => e.Type == PiiType.IPv4 && text[e.Start..e.End] == "203.0.113.77");
    }
}
