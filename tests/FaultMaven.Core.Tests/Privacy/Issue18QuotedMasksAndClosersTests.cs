using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, twenty-second session: a secret quoted with blanks inside after its key or flag, a value already masked or a
/// template's slot left whole with its closer, a glued flag and ODBC's doubled braces cut right, and a value's own trailing closers
/// kept by every reader (a frame opened before the value still takes its closers). With the near misses of each.</summary>
public sealed class Issue18QuotedMasksAndClosersTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    // The span must be the secret exactly: all of a quoted value's words, none of the flag glued before it, the value's own closers.
    public static TheoryData<string, string> ExactSecrets() => new()
    {
        // quoted values holding blanks after a key, an assignment quoted whole, a flag
        { "export PGPASSWORD='Kd4w Np7qZ3xR'; psql -h pg2\n", "Kd4w Np7qZ3xR" },
        { "cache:\n  password: \"h@zel b0ugh 12\"\n", "h@zel b0ugh 12" },
        { "{\"api_secret\": \"copper willow ember\", \"region\": \"eu\"}\n", "copper willow ember" },
        { "[database]\npassword = 'Slate Finch 27'\n", "Slate Finch 27" },
        { "{\"log\":\"{\\\"db_password\\\":\\\"Lx8q Wt3z Rm5k\\\"}\\n\"}\n", "Lx8q Wt3z Rm5k" },
        { "podman run -e \"API_TOKEN=Hq2w Zv8n Lt5p\" img:1\n", "Hq2w Zv8n Lt5p" },
        { "mongodump --password \"Ridge 9 Osprey!\" --db orders\n", "Ridge 9 Osprey!" },
        { "mysql -u root --password 'a b c' -e 'select 1'\n", "a b c" },
        { "sshpass -p 'Wq7 Lz2 Kt9' ssh ops@db1\n", "Wq7 Lz2 Kt9" },
        { "echo 'Jv4q Zt8k Lx2m' | docker login -u ci --password-stdin reg.example\n", "Jv4q Zt8k Lx2m" },
        // quoted fields after the value end it: the next word assigns
        { "ansible-playbook web.yml -e \"db_password=Hx8!Lq2Zw app_version=4.2.0\"\n", "Hx8!Lq2Zw" },
        // a value shaped like a mask or a slot that is a chosen value
        { "password=[Tq8!mZ2x]\n", "[Tq8!mZ2x]" },
        { "api_token={Wn5Kq8Zt}\n", "{Wn5Kq8Zt}" },
        // span errors: a glued flag, ODBC's doubled braces, a file-like value after a secret's key (the value is the key's)
        { "gh secret set API_TOKEN -bWk3Lq9Zt7Xv2Np4\n", "Wk3Lq9Zt7Xv2Np4" },
        { "Driver={ODBC Driver 18 for SQL Server};Server=s1;UID=u;PWD={Mv2}}}}Kq8Zx5Lt};Encrypt=yes\n", "Mv2}}}}Kq8Zx5Lt" },
        { "db_password=Quill7x.log\n", "Quill7x.log" },
        // a value's own trailing closers, read by the sentence, flag, element, lookup and quoted-value readers
        { "the vault token is Rw8Kq3Zt5Lx}}\n", "Rw8Kq3Zt5Lx}}" },
        { "mysql -uroot -pKq7Wz2Lt)) -h db\n", "Kq7Wz2Lt))" },
        { "sshpass -p 'Zt5Wq8Lk]' ssh a@b\n", "Zt5Wq8Lk]" },
        { "<apiToken>Nq4Wz8Lt7Kx}</apiToken>\n", "Nq4Wz8Lt7Kx}" },
        { "os.getenv(\"DB_PASS\", \"Mz3Kq8Wt)\")\n", "Mz3Kq8Wt)" },
        { "{\"password\": \"Lm4Kq9Zt}\"}\n", "Lm4Kq9Zt}" },
        // a frame opened before the value still takes its closers
        { "(the password is Kw7Lq2Zt9)\n", "Kw7Lq2Zt9" },
        { "{token: Hv3Wq8Lz5Kt}\n", "Hv3Wq8Lz5Kt" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        // a sentence quoted after a secret's key: validation messages, policies, pointers to where it lives, states
        "{\"errors\":{\"password\":\"must contain 1 digit and 1 symbol\"}}\n",
        "password_policy: \"min length 14\"\npassword_hint: \"favourite band and year\"\n",
        "db:\n  password: \"stored in vault\"\n  token: \"see vault\"\n",
        "{\"api_token\": \"Not Provided\", \"secret\": \"Access Denied\"}\n",
        "{\"password\": \"required field missing\"}\n",
        "gitlab-runner register --token-description \"nightly build runner\"\n",
        "mysql --password \"$(cat /run/secrets/db)\" -h db1\n",
        // masks the logging tool already put there
        "Parameters: {\"session\"=>{\"email\"=>\"[FILTERED]\", \"password\"=>\"[FILTERED]\"}}\nuser[password]=[FILTERED]&commit=Log+in\n",
        "password=[REDACTED] host=db4\n\"client_secret\": \"[PROTECTED]\"\napi_token=(hidden)\n",
        // sops' envelopes, under a plain key and under a variable's
        "password=ENC[AES256_GCM,data:cXdlcnR5dWlvcA==,iv:YXNkZmdoamtsenhjdmJubTEy,tag:cXdlcnR5dWlvcGFzZGZnaA==,type:str]\n",
        "DB_PASSWORD=ENC[AES256_GCM,data:cXdlcnR5dWlvcA==,iv:YXNkZmdoamtsenhjdmJubTEy,tag:cXdlcnR5dWlvcGFzZGZnaA==,type:str]\n",
        // Jenkins' sealed secrets
        "<password>{AQAAABAAAAAQk3Vq9Zt2Lw8Xr5Mn1Bc7Hd4Fs6Gj0Kp2Qw==}</password>\n",
        // a template's slot naming the secret
        "dsn = f\"user={user} password={password}\"\ntoken={self.api_token}\nsecret={0}\nclient_secret: \"{client_secret}\"\n",
        // a file named under a key that says file
        "db_password_file=/run/secrets/db.log\n",
    };

    [Theory]
    [MemberData(nameof(ExactSecrets))]
    public void Issue18_QuotedMaskedGluedOrClosedSecret_IsRedactedExactly(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start == at && e.End == at + secret.Length);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_QuotedSentenceMaskOrSlot_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));

    // A quoted value whose words are no passphrase ("letmein now") still has the password it begins with hidden, as before quoted
    // values holding blanks were read whole: reading them whole must not show such a value entire.
    [Theory]
    [InlineData("PGPASSWORD=\"letmein now\" psql -h db1\n", "letmein")]
    [InlineData("export DB_PASSWORD=\"Winter2024 is here\"\n", "Winter2024")]
    public void Issue18_QuotedValueThatIsNoPassphrase_ItsFirstWordStillJudged(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }
}
