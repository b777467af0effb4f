using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, twenty-first session: where a secret value ends (its own closing brace or bracket when no frame opened before it,
/// a shell's command separator after an environment variable's value), values piped into or flagged for a tool that stores them
/// (gh secret set, sudo -S), a Redis hash's field naming a secret, a chosen value after a shell expansion, ODBC's braced value on its
/// own; and the false alarms of the same readers: an ACL's role name, a Redis token key's state word.</summary>
public sealed class Issue18EndsShellsAndStoresTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    // The secret's span is the secret alone, to its last character: no more (the frame's, the next command's) and no less.
    public static TheoryData<string, string> ExactValues() => new()
    {
        // a value's own closing brace or bracket, with no frame open before it
        { "password=Xy9}kQ2}\n", "Xy9}kQ2}" },
        { "2026-12-07 INFO db password=Wq4]Lm8]\n", "Wq4]Lm8]" },
        { "api_secret=Tz7)Kv2Pq9)\n", "Tz7)Kv2Pq9)" },
        // a value's own closers may be two or more: "}}" ends no template that did not open
        { "password=Qz7vK2mX9pL4}}\n", "Qz7vK2mX9pL4}}" },
        { "token=Xy9}kQ2}}} user=bob\n", "Xy9}kQ2}}}" },
        { "--password=Qz7vK2mX9pL4}}\n", "Qz7vK2mX9pL4}}" },
        // a frame open before the value takes the last closer only
        { "Properties{password=Qz7vK2mX9pL4}}\n", "Qz7vK2mX9pL4}" },
        { "{\"auth\": {password: Rv3Lq8}Wz2}}, \"user\": \"ops\"}\n", "Rv3Lq8}Wz2" },
        // frames that opened before the value keep their closers
        { "{\"password\": \"Hunter2!xQ\"}\n", "Hunter2!xQ" },
        { "[password=Abc9Kq!x] user=ops\n", "Abc9Kq!x" },
        { "{secret: Rv3Lq8Wz2Tk7Mx5N}\n", "Rv3Lq8Wz2Tk7Mx5N" },
        { "conn(password=Alder!Moth!47)\n", "Alder!Moth!47" },
        // an environment variable's value ends at the shell's separator when a command follows
        { "PGPASSWORD=Xk9pQ2vLm;psql -h db1 -U app orders\n", "Xk9pQ2vLm" },
        { "export MYSQL_PWD=Rt6!Wq2Lz&&mysql -u app orders\n", "Rt6!Wq2Lz" },
        // a value whose ";" is its own: a property's or a lower-case key's, or a variable's whose tail ends the line or opens a comment
        { "password=Ab1;cd2ef\n", "Ab1;cd2ef" },
        { "spring.datasource.password=Sup3r;Secret99 # rotated\n", "Sup3r;Secret99" },
        { "DB_PASSWORD=Ab1;cd2ef\n", "Ab1;cd2ef" },
        { "DB_PASSWORD=Kv8;mx2wq # rotated 2026-11\n", "Kv8;mx2wq" },
    };

    public static TheoryData<string, string> Secrets() => new()
    {
        // values piped into gh secret set and sudo -S, or given by gh's short or glued body flag
        { "echo -n Xk9pQ2vLm7 | gh secret set DB_PASS\n", "Xk9pQ2vLm7" },
        { "echo 'Lr5#Tw8Nq2' | gh secret set ORDERS_KEY --repo acme/web\n", "Lr5#Tw8Nq2" },
        { "gh secret set DB_PASS -b Hq3Zt7Wm1Kx9\n", "Hq3Zt7Wm1Kx9" },
        { "gh secret set DB_PASS -bHq3Zt7Wm1Kx8\n", "Hq3Zt7Wm1Kx8" },
        { "gh secret set DB_PASS --body=Hq3Zt7Wm1Kx7\n", "Hq3Zt7Wm1Kx7" },
        { "gh secret set DB_PASS -e prod -b \"Hq3Zt7Wm1Kx6\"\n", "Hq3Zt7Wm1Kx6" },
        { "printf 'Summer!2024\\n' | sudo -S systemctl restart orders\n", "Summer!2024" },
        { "echo Aspen#Gull#71 | sudo -S -u postgres psql\n", "Aspen#Gull#71" },
        { "echo Aspen#Gull#72 | sudo -u postgres -S psql\n", "Aspen#Gull#72" },
        // a Redis hash's field naming a secret
        { "redis-cli HSET secrets:prod api_key 9fK2xQ7vLp3mZ8wR\n", "9fK2xQ7vLp3mZ8wR" },
        { "127.0.0.1:6379> HSET app:orders smtp_password Birch!Otter!53\n", "Birch!Otter!53" },
        // a Redis write of a secret-looking value, and a password that is one word
        { "redis-cli SETEX session_token:42 3600 9fK2xQ7vLp3mZ8wQ\n", "9fK2xQ7vLp3mZ8wQ" },
        { "redis-cli SET smtp_password:relay sunshine\n", "sunshine" },
        // a chosen value after a shell expansion
        { "password=${PREFIX}Summer!2024\n", "${PREFIX}Summer!2024" },
        { "db_password=${STAGE}Kestrel2040\n", "${STAGE}Kestrel2040" },
        // ODBC's braced value on its own, with an escaped brace
        { "odbc: PWD={Lm4;x2021}}Qv}\n", "Lm4;x2021}}Qv" },
        // an ACL's password typed where its hash belongs (the role-name reading leaves it)
        { "setAcl -R /orders auth:svc:Marl!Finch!62:crw\n", "Marl!Finch!62" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        // a template's name in braces where the secret goes; templates whose "}}" closes their own "{{"
        "secret={BASE32_SECRET}\napi_key={API_KEY}\n",
        "password: {{ .Values.db.password }}\npassword={{db_password}}\ntoken: \"{{ vault_token }}\"\n",
        // roles and permissions in an ACL's place
        "setAcl /orders auth:admin:read-only:r\nsetAcl /ledger auth:ops:readwrite:rw\nsetAcl /audit digest:audit:read_only:r\n",
        // a Redis key naming a token or session whose value is its state
        "redis-cli SETEX session_token:42 3600 pending\nredis-cli SET api_token:orders revoked\nredis-cli HSET tokens:ci github_token expired\n",
        // a hash field or key about a secret's state holds that state
        "redis-cli HSET user:1 password_state active\nredis-cli HSET user:1 password_status locked\nredis-cli SET user:1:token_state pending\n",
        // hash fields that do not name secrets
        "redis-cli HSET user:42 name alice\nredis-cli HSET secrets:prod region eu-west-1\n",
        // expansions alone or around paths and hosts, variables piped into sudo or gh, plain echo to sudo tee
        "password=${PREFIX}${SUFFIX}\ndb_password=${HOME}/.orders/db.pw\necho \"$PW\" | sudo -S true\ngh secret set DB_PASS -b \"$DB_PASS\"\ngh secret set DB_PASS --body=@body.txt\necho hello | sudo tee /etc/motd\n",
        // an expansion then a command after the separator
        "export PGPASSWORD=$DB_PASS;psql -h db1 -U app\n",
    };

    [Theory]
    [MemberData(nameof(ExactValues))]
    public void Issue18_SecretValue_EndsAtItsOwnLastCharacter(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var found = Detector.Detect(text);
        Assert.Contains(found, e => SecretTypes.Contains(e.Type) && e.Start == at && e.End == at + secret.Length);
        Assert.DoesNotContain(found, e => SecretTypes.Contains(e.Type) && e.Start < at + secret.Length && e.End > at + secret.Length);
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Issue18_SecretPipedFlaggedOrStored_IsRedacted(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_RoleStateOrReferenceNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));
}
