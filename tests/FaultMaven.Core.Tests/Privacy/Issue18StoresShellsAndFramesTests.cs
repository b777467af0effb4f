using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, twentieth session: secrets where a store, a shell, an XML dialect or a tool's listing puts them — a Redis key one
/// part of which names a secret, a value typed after a shell expansion, gh secret set under any name, printf's format before a piped
/// password, property-list and servlet parameter pairs, a ZooKeeper ACL holding a password where its hash belongs, keytab keys after a
/// cipher described in words and ktutil's slot column; and the frame around a value (a bracket or comma closing the frame is not the
/// secret's). With the near misses of each.</summary>
public sealed class Issue18StoresShellsAndFramesTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    public static TheoryData<string, string> Secrets() => new()
    {
        // Redis: a part of a colon key names the secret; SETEX and PSETEX put the expiry first
        { "orders-cache:6379> SET stripe_secret:eu Wv5Rk2Nq8Lx3Tz7M\n", "Wv5Rk2Nq8Lx3Tz7M" },
        { "redis-cli SETEX api_token:orders 900 Pd4Mw9Kr2Zq7Lx5B\n", "Pd4Mw9Kr2Zq7Lx5B" },
        { "redis-cli PSETEX smtp_password:relay 60000 Birch!Otter!52\n", "Birch!Otter!52" },
        // a value typed after a shell expansion
        { "api_secret: \"$STAGE-Kestrel#2040\"\n", "$STAGE-Kestrel#2040" },
        // gh secret set: the command makes any name a secret's
        { "gh secret set ORDERS_HOOK --body \"Jq6Vt1Lm9Wx4Rz2K\"\n", "Jq6Vt1Lm9Wx4Rz2K" },
        { "gh secret set ORDERS_DSN --env prod <<EOF\nNc8Tz3Wq6Lr1Xv4Km7Bd\nEOF\n", "Nc8Tz3Wq6Lr1Xv4Km7Bd" },
        // printf's format before a piped password
        { "printf '%s' 'Cedar#Vole#3310' | podman login -u ci --password-stdin quay.example\n", "Cedar#Vole#3310" },
        // property lists and servlet parameters
        { "<dict>\n  <key>Password</key>\n  <string>Lupin!Heath!27</string>\n</dict>\n", "Lupin!Heath!27" },
        { "<key>PSK</key><data>T3JkZXJzUHNrMjAyNCFYeQ==</data>\n<key>SharedSecret</key><data>T3JkZXJzU2hhcmVkMjAyNA==</data>\n", "T3JkZXJzU2hhcmVkMjAyNA==" },
        { "<init-param>\n  <param-name>orders.ldap.password</param-name>\n  <param-value>Sedge_Plover_614</param-value>\n</init-param>\n", "Sedge_Plover_614" },
        // ZooKeeper ACLs with a password where its hash belongs
        { "[zk: zk1:2181(CONNECTED) 4] setAcl /orders digest:ops:Wren-Basalt-95:cdrwa\n", "Wren-Basalt-95" },
        { "setAcl -R /orders auth:svc:Marl!Finch!61:crw\n", "Marl!Finch!61" },
        // keytab keys after a cipher described in words; ktutil's slot column
        { "   4 07/12/26 08:00:00 HTTP/api.corp.example@CORP.EXAMPLE (Triple DES cbc mode with HMAC/sha1)  (0x5e4d3c2b1a0918273645f6e5d4c3b2a15e4d3c2b1a091827)\n", "5e4d3c2b1a0918273645f6e5d4c3b2a15e4d3c2b1a091827" },
        { "slot KVNO Principal\n---- ---- ----------------------------------------\n   3    7 HTTP/api.corp.example@CORP.EXAMPLE (0x9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49)\n", "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49" },
    };

    // The value's span must be the secret alone: the frame's bracket or comma stays, a bracket the value opened goes with it.
    public static TheoryData<string, string> FramedValues() => new()
    {
        { "conn(password=Alder!Moth!44)\n", "Alder!Moth!44" },
        { "init(password=Alder!Moth!45, pool=4)\n", "Alder!Moth!45" },
        { "opts=[token=Qz7Wm2Lk9Xr4Tv1N]\n", "Qz7Wm2Lk9Xr4Tv1N" },
        { "ldap_password=enc[Alder!Moth!46]\n", "enc[Alder!Moth!46]" },
        { "{secret: Rv3Lq8Wz2Tk7Mx5N}\n", "Rv3Lq8Wz2Tk7Mx5N" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        // Redis keys no part of which names a secret, or a secret's metadata and numbers
        "orders-cache:6379> SET counter:orders 17\nOK\nredis-cli SETEX session:count 60 42\nredis-cli SET api_key:ttl 3600\nredis-cli DEL api_token:orders\n",
        // expansions alone, templates of expansions, paths and host:port after one
        "ORDERS_DB_PASSWORD=${ORDERS_DB_PASSWORD}\napi_secret=${PREFIX}${SUFFIX}\ndb_password=${HOME}/.orders/db.pw\nredis_password=${REDIS_HOST}:6379\n",
        // gh commands given a variable, a file, or a plain variable; a note that is prose
        "gh secret set ORDERS_HOOK --body \"$ORDERS_HOOK\"\ngh secret set ORDERS_KEY < key.txt\ngh variable set ORDERS_REGION --body eu-west-1\ngh secret set NOTES <<EOF\nrotate every ninety days\nEOF\n",
        // printf of a variable into a login
        "printf '%s' \"$QUAY_PASS\" | podman login -u ci --password-stdin quay.example\n",
        // property-list and servlet pairs with public values
        "<key>PasswordLength</key><integer>14</integer>\n<key>TokenType</key><string>bearer</string>\n<key>Label</key><string>com.example.orders</string>\n",
        "<init-param><param-name>orders.db.user</param-name><param-value>orders_app</param-value></init-param>\n<init-param><param-name>password.minLength</param-name><param-value>12</param-value></init-param>\n",
        // ACLs with a hash, with no password, with an IP
        "setAcl /orders digest:ops:Lq8Wz3Tk7Mx2Rv5Nc9Bj4Hd1Fs0=:cdrwa\nsetAcl /orders world:anyone:r\nsetAcl /orders sasl:orders:cdrwa\n",
        // keytab listings without keys; a content digest in parentheses; words that only contain a cipher's letters
        "KVNO Principal\n---- ----------------------------------------\n   4 HTTP/api.corp.example@CORP.EXAMPLE (Triple DES cbc mode with HMAC/sha1)\n(includes 2 modes) (0x00000000deadbeef0000000000000000)\n",
        // keyword arguments passing variables; a null token
        "connect(host=db1, user=app, password=password)\n(token=null)\n",
        // a template's name in braces where the secret goes (a brace closed inside the value is a template's, not a secret's)
        "otpauth://totp/Orders:ops?secret={BASE32_SECRET}&issuer=Orders\napi_key={API_KEY}\n",
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Issue18_SecretWhereAStoreShellOrListingPutsIt_IsRedacted(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }

    [Theory]
    [MemberData(nameof(FramedValues))]
    public void Issue18_SecretInAFrame_EndsWhereTheValueEnds(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start == at && e.End == at + secret.Length);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_StoreShellOrListingNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));
}
