using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, seventeenth session: a secret's name and its value in two sibling fields of one record (XML attributes, a JSON
/// or YAML object or list item, a Terraform variable block), in either order, any quoting, other fields between; block bodies (CDATA,
/// YAML block scalars, <c>&lt;&lt;~</c> heredocs) as values; a TSIG key glued to <c>-y</c>; a keytab key without its enctype column.
/// And the near misses of each: settings, ids, ARNs, paths, lengths, algorithms, references, text about a secret, a Secret's name.</summary>
public sealed class Issue18SiblingFieldTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    public static TheoryData<string, string> Pairs() => new()
    {
        // XML attributes in single quotes, value first, another attribute between
        { "<add key='StorageSharedKey' value='Jm4-Wq8!zTr2' />\n", "Jm4-Wq8!zTr2" },
        { "<add value=\"Bz7Qm2Wx9Lk4Tn6Rv1\" key=\"Mail.Password\"/>\n", "Bz7Qm2Wx9Lk4Tn6Rv1" },
        { "<param name='bindPassword' type='string' value='Heron_Slate_38'/>\n", "Heron_Slate_38" },
        // JSON: value before name, fields between, CloudFormation and KV store spellings, Python quoting
        { "[{\"value\": \"Lx8Tq3Zm7Wr2Kn5V\", \"name\": \"QUEUE_AUTH_TOKEN\"}, {\"value\": \"8\", \"name\": \"WORKERS\"}]\n", "Lx8Tq3Zm7Wr2Kn5V" },
        { "{\"variable_type\":\"env_var\",\"key\":\"NPM_PUBLISH_TOKEN\",\"protected\":true,\"value\":\"Marble-Fox-417\",\"masked\":true}\n", "Marble-Fox-417" },
        { "[\n  {\n    \"ParameterKey\": \"AdminPassword\",\n    \"ParameterValue\": \"Cinder-Loom-26\"\n  }\n]\n", "Cinder-Loom-26" },
        { "[{\"Key\":\"svc/orders/db_password\",\"Flags\":0,\"Value\":\"T3JjaGFyZC1QbHVtZS0xOQ==\"}]\n", "T3JjaGFyZC1QbHVtZS0xOQ==" },
        { "{'Value': 'Qv5Rk9Lm3Wz7Tx2N', 'Key': 'hook_signing_secret'}\n", "Qv5Rk9Lm3Wz7Tx2N" },
        { "{\\\"value\\\":\\\"Pk6Wn2Zr8Lq4Vt9M\\\",\\\"name\\\":\\\"GRAFANA_API_TOKEN\\\"}\n", "Pk6Wn2Zr8Lq4Vt9M" },
        // YAML list items, value first or fields between
        { "env:\n  - value: \"Dw3#Kz8mQr5\"\n    name: MYSQL_ROOT_PASSWORD\n  - name: MYSQL_DATABASE\n    value: orders\n", "Dw3#Kz8mQr5" },
        { "Parameters:\n  - ParameterKey: WebhookSecret\n    UsePreviousValue: false\n    ParameterValue: Zt4Mq8Wk2Lr6Vn9X\n", "Zt4Mq8Wk2Lr6Vn9X" },
        // a Terraform variable's default
        { "variable \"sonar_admin_password\" {\n  type      = string\n  default   = \"Walnut-Prism-83\"\n  sensitive = true\n}\n", "Walnut-Prism-83" },
        // block bodies
        { "<db>\n  <password><![CDATA[Rv8&Tk3<Mz6]]></password>\n</db>\n", "Rv8&Tk3<Mz6" },
        { "<entry key=\"smtp.password\"><![CDATA[Kq2&Lm9#Wx4]]></entry>\n", "Kq2&Lm9#Wx4" },
        { "hmac_key: !!binary |\n  V3o4THE1TW4yUnQ3S3g5\n  Qm4xWnY2UHM0VGM4\n", "V3o4THE1TW4yUnQ3S3g5" },
        { "hmac_key: !!binary |\n  V3o4THE1TW4yUnQ3S3g5\n  Qm4xWnY2UHM0VGM4\n", "Qm4xWnY2UHM0VGM4" },
        { "registry:\n  password: |-\n    Quartz%Meadow%61\n  username: ci\n", "Quartz%Meadow%61" },
        { "SLACK_TOKEN = <<~EOS\n  Jx7Wq2Lm9Tz4Rk8V\nEOS\n", "Jx7Wq2Lm9Tz4Rk8V" },
        // a TSIG key glued to its flag; a keytab listing without the enctype column
        { "$ dig -yhmac-sha512:ddns-key:Tz8Wq2Lm4Xk7Vr1NpB5cJ9dF3gH6sA0eR2uY8oK3= @ns2.corp.example corp.example SOA\n", "Tz8Wq2Lm4Xk7Vr1NpB5cJ9dF3gH6sA0eR2uY8oK3=" },
        { "KVNO Principal\n---- ---------------------------------------\n   2 HTTP/web02.corp.example@CORP.EXAMPLE (0x4d7a91c0e25f8b36a1d4c9e07f2b58a3)\n", "4d7a91c0e25f8b36a1d4c9e07f2b58a3" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        "<add key='Theme' value='dark' />\n<add value='45' key='SessionTimeoutMinutes' />\n<add value='ES384' key='TokenSigningAlgorithm' />\n",
        "<param name='passwordMinLength' value='12'/>\n<param value='/etc/app/keys/jwt.pem' name='signingKeyFile'/>\n",
        "[{\"name\":\"PAGE_SIZE\",\"value\":\"100\"},{\"value\":\"warn\",\"name\":\"LOG_LEVEL\"},{\"name\":\"FEATURE_FLAGS\",\"value\":\"canary,new-ui\"}]\n",
        "[{\"ParameterKey\":\"KeyName\",\"ParameterValue\":\"ops-jump-2027\"},{\"ParameterKey\":\"PasswordLength\",\"ParameterValue\":\"28\"}]\n",
        "{\"key\":\"RELEASE_TOKEN\",\"value\":\"$CI_JOB_TOKEN\",\"protected\":false}\n{\"Key\":\"svc/orders/db_host\",\"Value\":\"ZGIwMi5jb3JwLmV4YW1wbGU=\"}\n",
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: password\n  - name: API_TOKEN\n    value: ${API_TOKEN}\n",
        "- name: api-key-rotation\n  value: \"0 5 * * 2\"\n- value: HS512\n  name: JWT_SIGNING_ALGORITHM\n- value: /run/secrets/token\n  name: TOKEN_PATH\n",
        "- name: LOG_LEVEL\n  value: trace\n- name: TOKEN_TTL_SECONDS\n  value: \"7200\"\n",
        "variable \"admin_password\" {\n  type        = string\n  description = \"Initial password for the admin user\"\n  sensitive   = true\n}\nvariable \"password_length\" {\n  default = 20\n}\n",
        "{\"value\":\"arn:aws:secretsmanager:us-east-2:123456789012:secret:orders/db-Qz12Xy\",\"name\":\"DB_SECRET_ARN\"}\n{\"value\":\"/run/secrets/sess2/token_v3\",\"name\":\"SESSION_TOKEN_FILE\"}\n",
        "##teamcity[setParameter name='env.ARTIFACTORY_PASSWORD' value='%vault:kv/ci!/artifactory_password%']\n",
        "key=region value=eu-west-1\nkey=db_password_rotation_days value=30\n",
        "<description><![CDATA[Change the password twice a year & keep <2 copies>]]></description>\n<password><![CDATA[${ORDERS_DB_PASS}]]></password>\n",
        "password_policy: |\n  min_length: 16\n  require_digits: true\nsecret_rotation: >\n  Secrets are rotated every quarter.\n",
        "$ dig -4 -t MX corp.example +short\n$ apt-get -yq install bind9-utils\n",
        "KVNO Principal\n---- ---------------------------------------\n   2 HTTP/web02.corp.example@CORP.EXAMPLE\n",
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Issue18_SecretInSiblingField_IsRedacted(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var found = Detector.Detect(text);
        Assert.Contains(found, e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_SiblingFieldNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));

    /// <summary>A long env list, flat, nested in a Deployment, or one JSON line: every pair is read, wherever the 1 KB reading windows
    /// fall (before the fix, one pair in every 16 to 22 straddled a window's edge and was lost).</summary>
    [Theory]
    [InlineData("- name: SVC{0}_PASSWORD\n  value: \"{1}\"\n", "", "")]
    [InlineData("        - name: SVC{0}_PASSWORD\n          value: \"{1}\"\n", "spec:\n  containers:\n      - name: app\n        env:\n", "")]
    [InlineData("{{\"name\":\"SVC{0}_PASSWORD\",\"value\":\"{1}\"}},", "[", "{}]\n")]
    [InlineData("<add key=\"Svc{0}Password\" value=\"{1}\" />\n", "<appSettings>\n", "</appSettings>\n")]
    public void Issue18_LongEnvList_EveryPairIsRedacted(string item, string head, string tail)
    {
        var random = new Random(17);
        var secrets = new List<string>();
        var text = new System.Text.StringBuilder(head);
        for (var i = 0; i < 300; i++)
        {
            var secret = $"Pw{i}x{random.Next(10_000_000, 99_999_999)}Qz";
            secrets.Add(secret);
            text.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, item, i, secret);
        }

        text.Append(tail);
        var body = text.ToString();
        var found = Detector.Detect(body);
        var missed = secrets.Where(secret =>
        {
            var at = body.IndexOf($"\"{secret}\"", StringComparison.Ordinal) + 1;
            return !found.Any(e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
        }).ToList();
        Assert.Empty(missed);
    }

    /// <summary>A quoted value that runs onto a second line (a YAML folded string, with or without the line-folding backslash, single
    /// or double quotes, a blank before the break): its first line's token is redacted, as before the sibling-field reader.</summary>
    [Theory]
    [InlineData("- name: API_TOKEN\n  value: \"Tk9Pq2Lx7Vz3Kw8Mn8\\\n    Tk9Pq2Lx7Vz3Kw8Mn9\"\n", "Tk9Pq2Lx7Vz3Kw8Mn8")]
    [InlineData("- name: API_TOKEN\n  value: \"Tk9Pq2Lx7Vz3Kw8Mn8\n    Tk9Pq2Lx7Vz3Kw8Mn9\"\n", "Tk9Pq2Lx7Vz3Kw8Mn8")]
    [InlineData("x:\n  name: DB_PASSWORD\n  value: \"Tk9Pq2Lx7Vz3Kw8Mn8 \n    Tk9Pq2Lx7Vz3Kw8Mn9\"\n", "Tk9Pq2Lx7Vz3Kw8Mn8")]
    [InlineData("- name: API_TOKEN\n  value: 'Hx9Qw2Er7Ty4Uu\n    more'\n", "Hx9Qw2Er7Ty4Uu")]
    [InlineData("{\"name\":\"API_TOKEN\",\n \"value\":\"Hx9Qw2Er7Ty4Ut\n  more\"}\n", "Hx9Qw2Er7Ty4Ut")]
    public void Issue18_QuotedValueOnTwoLines_IsRedacted(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }

    /// <summary>A secret-ish name whose last word is a resource's kind (a bucket, table, lambda, alias, template, queue…) names that
    /// resource; its value is the resource's name, not a secret.</summary>
    [Theory]
    [InlineData("- ParameterKey: SecretsBucket\n  ParameterValue: prod-secrets-bucket-7f2a\n")]
    [InlineData("- ParameterKey: SecretsTable\n  ParameterValue: prod-secrets-ddb-7f2a\n")]
    [InlineData("- ParameterKey: PasswordRotationLambda\n  ParameterValue: rotate-db-pw-fn-7f2a\n")]
    [InlineData("{\"ParameterKey\":\"SecretKmsAlias\",\"ParameterValue\":\"alias-prod-kms-7f2a\"}\n")]
    [InlineData("{\"id\":\"password_reset_template\",\"value\":\"ResetPasswordV2\"}\n{\"id\":\"db_password_template\",\"value\":\"ResetPasswordV2\"}\n")]
    [InlineData("- name: TOKEN_QUEUE\n  value: prod-token-queue-7f2a\n- name: SECRETS_TOPIC\n  value: prod-secrets-topic-9k\n")]
    public void Issue18_SecretResourceName_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));
}
