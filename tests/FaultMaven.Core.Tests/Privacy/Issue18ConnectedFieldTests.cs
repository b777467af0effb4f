using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, eighteenth session: a secret's name and its value in two places a tool connects — child elements of one XML
/// element, the flags of one command, escaped quotes inside a JSON value, other field spellings, an id or comment between, a long
/// block or record; a single-DES keytab key. And what is not a secret there: ciphertext in a named envelope (its key is elsewhere),
/// heredoc scripts under a secret-ish name, settings, lengths, references, value-from flags.</summary>
public sealed class Issue18ConnectedFieldTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    public static TheoryData<string, string> Secrets() => new()
    {
        // XML child elements: Hadoop/Hive properties, map entries, .NET settings, a description or comment between
        { "<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>Gannet#Loom#52</value>\n</property>\n", "Gannet#Loom#52" },
        { "<property><name>hive.server2.keystore.password</name><description>storage key</description><value>Vb6Tq1Lz8Wk3Rm5X</value></property>\n", "Vb6Tq1Lz8Wk3Rm5X" },
        { "<entry>\n  <key>smtp.auth.password</key>\n  <value>\n    Fennel-Arch-93\n  </value>\n</entry>\n", "Fennel-Arch-93" },
        { "<setting name=\"LedgerApiSecret\" serializeAs=\"String\">\n  <value>Kx2Wm7Qr4Lt9</value>\n</setting>\n", "Kx2Wm7Qr4Lt9" },
        { "<Parameter>\n  <Name>RegistryToken</Name>\n  <!-- set by the release pipeline -->\n  <Value>Nz3Rk8Wq5Lv1Tc6P</Value>\n</Parameter>\n", "Nz3Rk8Wq5Lv1Tc6P" },
        // one command's flags, in either order, = or a space, quoted, continued
        { "aws ssm put-parameter --name /prod/orders/db/password --value 'Sq8#Lm3Wz7Kt' --type SecureString\n", "Sq8#Lm3Wz7Kt" },
        { "az keyvault secret set --vault-name kv-orders --value \"Hr5Xc9Kw2Ln7Tb4Q\" --name QueueAccessKey\n", "Hr5Xc9Kw2Ln7Tb4Q" },
        { "aws ssm put-parameter \\\n  --name=/qa/orders/webhook-secret \\\n  --overwrite \\\n  --value=Pj4Wt9Lx2Rk6Vn8Z\n", "Pj4Wt9Lx2Rk6Vn8Z" },
        { "gh secret set NPM_AUTH_TOKEN --body 'Tallow_Reed_218' --repo corp/orders\n", "Tallow_Reed_218" },
        { "aws secretsmanager create-secret --name orders/api-token --secret-string Wm3Qz8Kr1Lx5Tv7N\n", "Wm3Qz8Kr1Lx5Tv7N" },
        // a flag whose argument is itself a key=value list: the pairs are read as fields
        { "aws cloudformation create-stack --stack-name orders --parameters ParameterKey=DbPassword,ParameterValue=Grape3434Pass\n", "Grape3434Pass" },
        { "aws codebuild start-build --project-name p --environment-variables-override name=DB_PASSWORD,value=Grape3434Pass,type=PLAINTEXT\n", "Grape3434Pass" },
        // a password that merely starts like an envelope, or an envelope with plain text after it, is still a password
        { "db_password=ENC[Hunter2Password!]\n", "Hunter2Password!" },
        { "db_password=ENC(abc)Summer2024!\n", "Summer2024!" },
        { "db_password=vault:v1:Summer2024!\n", "Summer2024!" },
        { "aws secretsmanager create-secret --name orders/db --secret-string '{cipher}Hunter2Password'\n", "Hunter2Password" },
        // a plain value under encryptedData: is not sealed
        { "app:\n  encryptedData:\n    # plaintext by mistake\n    db_password: Autumn2023Pass\n", "Autumn2023Pass" },
        // a key-value store's write: the key, then the value
        { "consul kv put orders/db/password Dz4Wq9Lk2Tx7Rm\n", "Dz4Wq9Lk2Tx7Rm" },
        { "etcdctl put /orders/api_token 'Kv8Tz3Wq6Lm1Xr9N'\n", "Kv8Tz3Wq6Lm1Xr9N" },
        // escaped quotes inside a value, at two depths of escaping
        { "{\"name\":\"MAIL_PASSWORD\",\"value\":\"Rq7\\\"Lm2!Xz\"}\n", "Rq7\\\"Lm2!Xz" },
        { "{\"log\":\"{\\\"key\\\":\\\"QUEUE_SECRET\\\",\\\"value\\\":\\\"Ty5Wc8Kn2Qz\\\"}\\n\"}\n", "Ty5Wc8Kn2Qz" },
        { "{\"log\":\"{\\\"key\\\":\\\"QUEUE_SECRET\\\",\\\"value\\\":\\\"Ty5\\\\\\\"Wc8Kn2\\\"}\\n\"}\n", "Ty5\\\\\\\"Wc8Kn2" },
        // other spellings; an id or a comment between the name and the value
        { "{\"settingName\":\"ExportSftpPassword\",\"settingValue\":\"Birch#Vale#44\"}\n", "Birch#Vale#44" },
        { "{\"propertyName\":\"ldap.manager.password\",\"propertyValue\":\"Zr6Kq1Wm9Lt4\"}\n", "Zr6Kq1Wm9Lt4" },
        { "{\"name\":\"DEPLOY_TOKEN\",\"id\":4411,\"value\":\"Lq9Xv3Tw7Kz2Rm5B\"}\n", "Lq9Xv3Tw7Kz2Rm5B" },
        { "- name: BROKER_PASSWORD\n  # rotated by vault-agent\n  value: Cedar-Flint-77\n", "Cedar-Flint-77" },
        { "kind: Secret\nstringData:\n  db_password: Wz9Lr4Vx8NpB3cJ5\n  encryptedData: false\n", "Wz9Lr4Vx8NpB3cJ5" },
        // a single-DES or arcfour key in a keytab listing
        { "   3 01/02/27 10:11:12 host/db1.corp.example@CORP.EXAMPLE (des-cbc-crc)  (0x3e8a1f6c92d04b57)\n", "3e8a1f6c92d04b57" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        "<property>\n  <name>dfs.replication</name>\n  <value>3</value>\n</property>\n<property>\n  <name>hadoop.security.credential.provider.path</name>\n  <value>jceks://hdfs/user/orders/orders.jceks</value>\n</property>\n",
        "<property><name>javax.jdo.option.ConnectionUserName</name><value>orders_svc</value></property>\n<property><name>orders.password.min.length</name><value>14</value></property>\n",
        "<entry><key>token.lifetime</key><value>PT45M</value></entry>\n<entry><key>db.password</key><value>${env:ORDERS_DB_PASSWORD}</value></entry>\n",
        "<property>\n  <name>ssl.keystore.password</name>\n  <description>The keystore password; set it in the credential provider</description>\n</property>\n<property>\n  <name>ssl.enabled</name>\n  <value>true</value>\n</property>\n",
        "aws ssm put-parameter --name /prod/orders/db/password-rotation-days --value 45 --type String\naws ssm put-parameter --name /prod/orders/db/host --value db2.corp.example\n",
        "aws ecs run-task --overrides name=DB_PASSWORD,valueFrom=arn:aws:ssm:us-east-1:123456789012:parameter/orders/db\naz keyvault secret set --name OrdersDbPassword --file ./pw.txt --vault-name kv-orders\n",
        "aws ssm get-parameter --name /prod/orders/db/password --with-decryption --query Parameter.Value --output text\n",
        "gh secret set NPM_AUTH_TOKEN --body \"$NPM_TOKEN\"\ngh secret list --repo corp/orders\n",
        "{\"settingName\":\"ExportSftpPasswordMaxAgeDays\",\"settingValue\":\"60\"}\n{\"propertyName\":\"ldap.manager.dn\",\"propertyValue\":\"cn=admin,dc=corp\"}\n",
        "consul kv put orders/db/password @pw.txt\netcdctl put /orders/db/password_min_length 16\nSET password_encryption scram-sha-256\nconsul kv put orders/db/host db3.corp.example\n",
        // prose and argument lists after put/set: a lone secret word is no store's key; key=value pairs are an argument list
        "set password policy strict\nthen set token rotation enabled for every tenant\n",
        "vault kv put secret/myapp username=admin ttl=30m\n",
        // ciphertext in a named envelope: meant to be committed, its key is elsewhere
        "orders::db_password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAx9Yw]\n",
        "jdbc.password=ENC(Qm7Tk2Wz9Lr4Vx8NpB3cJ5dF1gH6)\n",
        "api_token: ENC[AES256_GCM,data:Wk2Lz9==,iv:p7Km3Vx8Nq2Rt5Lw1Zc4Jb6Hd0=,tag:Xy4Qe8Rt2Uw6Io9Pa3S==,type:str]\n",
        "{\"name\":\"DB_PASSWORD\",\"value\":\"vault:v2:Lk8Tq3Wz7Rm2Xn5Vb9Kc4Jd1Hf6=\"}\nspring.datasource.password={cipher}AQB7Tk2Wz9Lr4Vx8NpB3cJ5dF1gH6Qm\n",
        "kind: SealedSecret\nspec:\n  encryptedData:\n    db_password: AgBz7Tk2Wz9Lr4Vx8NpB3cJ5dF1gH6Qm7Tk2Wz9Lr4Vx8NpB3cJ5dF1gH6Qm4Rt=\n    api_token: AgA9Lr4Vx8NpB3cJ5dF1gH6Qm7Tk2Wz9Lr4Vx8NpB3cJ5dF1gH6Qm7Tk2Wz=\n",
        // heredoc scripts under a secret-ish name
        "api_token_refresh = <<~SH\n  #!/bin/sh\n  curl -s https://id.corp.example/refresh\nSH\n",
        "DB_PASSWORD_SETUP = <<-EOT\n\tset -eu\n\tpsql -c \"ALTER USER app PASSWORD '$NEW'\"\n\tEOT\n",
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Issue18_SecretInConnectedField_IsRedacted(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_ConnectedFieldNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));

    /// <summary>A record whose name and value are more than 1 KB apart (a long description between, one field a line), and a YAML
    /// block scalar of more than 64 lines: the whole record and every line are read.</summary>
    [Fact]
    public void Issue18_LongRecordAndLongBlock_AreReadWhole()
    {
        var filler = string.Concat(Enumerable.Range(0, 90).Select(i => $"  note{i}: n{i}\n"));
        var record = "- name: REPORTS_DB_PASSWORD\n" + filler + "  value: Oxbow-Lantern-39\n";
        Assert.True(record.IndexOf("Oxbow", StringComparison.Ordinal) > 1100);
        var at = record.IndexOf("Oxbow-Lantern-39", StringComparison.Ordinal);
        Assert.Contains(Detector.Detect(record), e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + 16);

        var lines = Enumerable.Range(0, 80).Select(i => $"Q{i:D2}w7Lk2Zr9Tx4Vm8Nc3Bj6").ToList();
        var block = "signing_key: !!binary |\n" + string.Concat(lines.Select(l => "  " + l + "\n")) + "next: 1\n";
        var found = Detector.Detect(block);
        var last = block.IndexOf(lines[^1], StringComparison.Ordinal);
        Assert.Contains(found, e => SecretTypes.Contains(e.Type) && e.Start <= last && e.End >= last + lines[^1].Length);
    }
}
