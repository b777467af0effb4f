using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, nineteenth session: a secret's name and value written in forms the readers cut — a dotted name with the key
/// before its account, attributes, blanks and namespaces in XML tags, escaped quotes inside JSON values, heredocs fed to secret stores,
/// values that start like a reference or an envelope and go on, old klist key lines, ZooKeeper digest credentials. And what is not a
/// secret there: a store key naming a reset record, a file the value is read from, real envelopes, scripts, content digests.</summary>
public sealed class Issue18CutValuesTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    public static TheoryData<string, string> DottedAndTaggedXml() => new()
    {
        { "<property>\n  <name>fs.azure.account.key.ordersdata.blob.core.windows.net</name>\n  <value>Hk4Lp9Wq2Zx7Tm3Rv8Nc5Bj1Yd6Fs0Ga/e=</value>\n</property>\n", "Hk4Lp9Wq2Zx7Tm3Rv8Nc5Bj1Yd6Fs0Ga/e=" },
        { "<property><name>spark.storage.sharedkey.reports.core</name><value>Qv3Lm8Wz1Tk6Rx9P</value></property>\n", "Qv3Lm8Wz1Tk6Rx9P" },
        { "<property>\n  <name>orders.smtp.password</name>\n  <value type=\"string\">Larch!Gully!73</value>\n</property>\n", "Larch!Gully!73" },
        { "<entry>\n  <key >orders.api.secret</key >\n  <value encoding='plain' >Mz5Kq2Wt8Lx4</value >\n</entry>\n", "Mz5Kq2Wt8Lx4" },
        { "<p:property>\n  <p:name>orders.db.password</p:name>\n  <p:value>Tansy_Ridge_408</p:value>\n</p:property>\n", "Tansy_Ridge_408" },
    };

    public static TheoryData<string, string> CutValues() => new()
    {
        // escaped quotes inside a JSON value, once and twice escaped
        { "{\"account\":\"svc\",\"password\":\"Maple\\\"1987Door\"}\n", "Maple\\\"1987Door" },
        { "{\"log\":\"{\\\"api_secret\\\":\\\"Kelp\\\\\\\"Harbor42\\\"}\\n\"}\n", "Kelp\\\\\\\"Harbor42" },
        // heredocs fed to a store that reads standard input
        { "consul kv put orders/api/token - <<EOF\nWn7Rk3Lq9Zt2Vx5M\nEOF\n", "Wn7Rk3Lq9Zt2Vx5M" },
        { "vault kv put -mount=secret orders/db password=- <<'EOT'\nQuill#Marsh#64\nEOT\n", "Quill#Marsh#64" },
        { "etcdctl put /orders/smtp_password <<END\nBrook.Otter.5170\nEND\n", "Brook.Otter.5170" },
        // a reference or an envelope with more after it is a password
        { "smtp_password=$ANSIBLE_VAULT;Cinder88!Gate\n", "Cinder88!Gate" },
        { "db_password=enc[Juniper19!]\n", "Juniper19!" },
        // a machine-made value under a store key about a secret (the reset token itself); a file reference that is no path
        { "redis-cli SET password_reset:user42 a8f5f167f44f4964e6c998dee827110c\n", "a8f5f167f44f4964e6c998dee827110c" },
        { "redis-cli SET password_reset:user42 \"Xk9mP2qL7vRwQz3aBcDe\"\n", "Xk9mP2qL7vRwQz3aBcDe" },
        { "password=file://Summer2024!\n", "Summer2024!" },
        { "secret_string=fileb://Hazel!Crane!26\n", "Hazel!Crane!26" },
        { "api_token: ENC[AES256_GCM,data:Rk2Lz9Wq==,iv:p7Km3Vx8Nq2Rt5Lw1Zc4Jb6Hd0=,tag:Xy4Qe8Rt2Uw6Io9Pa3S==,type:str]Fernhill2031\n", "Fernhill2031" },
        // Kerberos keys printed by older klist, ZooKeeper digest credentials
        { "   2 HTTP/web1.corp.example@CORP.EXAMPLE\n\tKey: (DES cbc mode with RSA-MD5), 0x9e3b7c1d5a2f8046\n", "9e3b7c1d5a2f8046" },
        { "<property><name>hadoop.zk.auth</name><value>digest:hdfs-zkfc:Sorrel-Pike-31</value></property>\n", "Sorrel-Pike-31" },
        { "[zk: zk2:2181(CONNECTED) 3] addauth digest admin:Wharf!Lynx!7\n", "Wharf!Lynx!7" },
        { "bin/zkCli.sh -server zk3:2181 -auth digest:ops:Hazel_Crane_26 get /orders\n", "Hazel_Crane_26" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        // a dotted name whose segment only starts with "key", or names the key's provider, path or length
        "<property>\n  <name>fs.azure.account.keyprovider.ordersdata.blob.core.windows.net</name>\n  <value>org.apache.hadoop.fs.azure.ShellDecryptionKeyProvider</value>\n</property>\n",
        "<property><name>hadoop.security.key.provider.path</name><value>kms://http@kms1:9600/kms</value></property>\n<property><name>orders.cipher.key.bitlength</name><value>256</value></property>\n",
        "kafka.key.serializer=org.apache.kafka.common.serialization.StringSerializer\n",
        // typed values that are numbers or booleans; tags with attributes that hold no secret
        "<property>\n  <name>orders.password.expiry.days</name>\n  <value type=\"int\">90</value>\n</property>\n<p:entry><p:key>orders.token.required</p:key><p:value type=\"boolean\">true</p:value></p:entry>\n",
        "<setting name=\"OrdersDbHost\" serializeAs=\"String\">\n  <value>db4.corp.example</value>\n</setting>\n",
        // escaped JSON with no secret-named key
        "{\"msg\":\"operator typed \\\"yes\\\" at the prompt\",\"lvl\":\"warn\"}\n{\"log\":\"{\\\"state\\\":\\\"ok \\\\\\\"blue\\\\\\\"\\\"}\\n\"}\n",
        // heredoc scripts and non-secret keys fed from standard input
        "consul kv put orders/config - <<EOF\npool=20\nEOF\nvault kv put orders/db password=- <<EOF\n#!/bin/sh\necho rotate me\nEOF\n",
        "etcdctl put /orders/api_token <<EOF\nthis value is set by the pipeline\nEOF\n",
        // a real vault body, a whole envelope, a reference followed by fields of its own
        "db_password: $ANSIBLE_VAULT;1.1;AES256\n  61383463336635633862313038366432353433396137643961623831326563633665646537633939\n",
        "db_password=$ANSIBLE_VAULT;1.2;AES256;prod\nconn=Password=$DB_PASS;Host=db5\n",
        "db_password=enc[ORDERS_DB_PASSWORD]\napi_token=os.environ['ORDERS_TOKEN']\n",
        // a shell variable ending its command; "digest word:word" in prose
        "export PGPASSWORD=$DB_PASS;psql -h db1 -U app\ntoken=$CI_JOB_TOKEN;curl https://gitlab.example/api\n",
        "HTTP digest realm:api-gateway\nrsync: using digest algo:xxh128\ndaily digest job:nightly-report status:ok\n",
        // digest schemes named without credentials, ACL hashes, content digests
        "setAcl /orders digest:hdfs-zkfc:Xq9Lr2Vw7Tk4Mz1Nc6Bj3Hd8Fs0=:cdrwa\nauthProvider.1=org.apache.zookeeper.server.auth.DigestAuthenticationProvider\n",
        "the zk-auth scheme is digest; set it in core-site.xml\npulled image digest sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n",
        // a store key naming a reset record, files the value is read from
        "redis-cli SET password_reset:user981 pending\nredis-cli SET orders:password_reset:u17 sent\n",
        "redis-cli SET password_reset:user42 expires_at_1733565600\nredis-cli SET password_reset:user42 2024-12-07T10:00:00.000Z\n",
        "aws ssm put-parameter --name /prod/orders/db/password --value file://pw.txt --type SecureString\n",
        "aws ssm put-parameter --name /prod/orders/api/token --value fileb://token.bin\naz keyvault secret set --name OrdersApiToken --value @token.txt --vault-name kv-orders\n",
    };

    [Theory]
    [MemberData(nameof(DottedAndTaggedXml))]
    public void Issue18_SecretInDottedOrTaggedXmlPair_IsRedacted(string text, string secret) => AssertRedacted(text, secret);

    [Theory]
    [MemberData(nameof(CutValues))]
    public void Issue18_SecretValueCutByAReader_IsRedactedWhole(string text, string secret) => AssertRedacted(text, secret);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_CutValueNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));

    private static void AssertRedacted(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }
}
