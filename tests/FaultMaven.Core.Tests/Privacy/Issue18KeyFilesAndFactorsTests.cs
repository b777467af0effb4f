using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, fourteenth session: secrets read by their source format. Private key material outside PEM (PuTTY, JWK,
/// minisign/signify, Tink, armour without an end line), second factors (setup keys, PAM's authenticator file, recovery code lists),
/// service grammars (SNMP communities, webhook path tokens, user-info pairs). Each format has near misses of the same shape.</summary>
public sealed class Issue18KeyFilesAndFactorsTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    private static List<string> Secrets(string text) =>
        [.. Detector.Detect(text).Where(e => SecretTypes.Contains(e.Type)).Select(e => text[e.Start..e.End])];

    private static void AssertCovered(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains(Detector.Detect(text), e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }

    [Theory]
    // PuTTY: the Private-Lines body, every line of it
    [InlineData("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: build@ci7\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIFd0q8vKx2m\nQ9zR\nPrivate-Lines: 1\nAAAAIHb2Lq9xTz4Wm7Kp1Rc8Vn3Yd6Fg0Js5Ue2Ai9Oh4Xk\nPrivate-MAC: 4f1c2a9e0b7d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6\n", "AAAAIHb2Lq9xTz4Wm7Kp1Rc8Vn3Yd6Fg0Js5Ue2Ai9Oh4Xk")]
    [InlineData("PuTTY-User-Key-File-2: ssh-rsa\r\nEncryption: aes256-cbc\r\nPrivate-Lines: 2\r\nk3JqP0x8Vb2Lm9Tz4Wc7Ry1Nd6Fh5Gs0Ua3Ei8Ok2Yj7Xq+/\r\nZm9vYmFyYmF6cXV4Cg==\r\nPrivate-MAC: 00ff\r\n", "Zm9vYmFyYmF6cXV4Cg==")]
    // JWK: private members of RSA, EC (members in any order) and an octet key
    [InlineData("{\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc\",\"e\":\"AQAB\",\"d\":\"X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLWY2vv7B6NqXSzUvxT0\",\"p\":\"83i-7IvMGXoMXCskv73TKr8637FiO7Z27zv8oj6pbWUQyLPQBQxtPVnwD20R-60eTDmD2ujnMt5PoqMrm8RfmNhVWDtjjMmCMjOpSXicFHj7XOuVIYQyqVWlWEh6dN36GVZYk93N8Bc9vY41xy8B9RzzOGVQzXvNEvn7O0nVbfs\"}", "X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLWY2vv7B6NqXSzUvxT0")]
    [InlineData("{\n  \"crv\": \"P-256\",\n  \"d\": \"jpsQnnGQmL-YBIffH1136cLNkvBJdN62b6-54tydf8x\",\n  \"kty\": \"EC\",\n  \"x\": \"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tx4v1-ZoeYrA\",\n  \"y\": \"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"\n}", "jpsQnnGQmL-YBIffH1136cLNkvBJdN62b6-54tydf8x")]
    [InlineData("{\"keys\":[{\"kty\":\"oct\",\"kid\":\"hmac-2\",\"alg\":\"HS256\",\"k\":\"GawgguFyGrWKav7AX4VKUg\"}]}", "GawgguFyGrWKav7AX4VKUg")]
    // minisign and signify secret keys
    [InlineData("$ cat ~/.minisign/minisign.key\nuntrusted comment: minisign encrypted secret key\nRWRTY0Iy7kQ2pX9zLm4Vb8Nc3Hd6Fs1Jg5Ke0Ua2Wq7Rt4Yn9Mx3Ld8Pz5Bv1Cq6Gh0Tj2Sk7Wm4Xn9Ry3=\n", "RWRTY0Iy7kQ2pX9zLm4Vb8Nc3Hd6Fs1Jg5Ke0Ua2Wq7Rt4Yn9Mx3Ld8Pz5Bv1Cq6Gh0Tj2Sk7Wm4Xn9Ry3=")]
    [InlineData("untrusted comment: signify secret key\nRWRCSwAAACqD9vL2m8Xz4Tp7Yb3Nc6Hd1Fs5Jg0Ke2Ua4Wq7Rt9Ly3Mx8Pz5Bv1\n", "RWRCSwAAACqD9vL2m8Xz4Tp7Yb3Nc6Hd1Fs5Jg0Ke2Ua4Wq7Rt9Ly3Mx8Pz5Bv1")]
    // Tink keysets, one line or pretty-printed
    [InlineData("{\"primaryKeyId\":42,\"key\":[{\"keyData\":{\"typeUrl\":\"type.googleapis.com/google.crypto.tink.HmacKey\",\"value\":\"EgQIAxAgGiB3kQ9zLm4Vb8Nc3Hd6Fs1Jg5Ke0Ua2\",\"keyMaterialType\":\"SYMMETRIC\"},\"status\":\"ENABLED\"}]}", "EgQIAxAgGiB3kQ9zLm4Vb8Nc3Hd6Fs1Jg5Ke0Ua2")]
    [InlineData("{\n  \"key\": [{\n    \"keyData\": {\n      \"typeUrl\": \"type.googleapis.com/google.crypto.tink.Ed25519PrivateKey\",\n      \"value\": \"EiBx9Tz4Wm7Kp1Rc8Vn3Yd6Fg0Js5Ue2Ai9Oh4Xk==\",\n      \"keyMaterialType\": \"ASYMMETRIC_PRIVATE\"\n    }\n  }]\n}", "EiBx9Tz4Wm7Kp1Rc8Vn3Yd6Fg0Js5Ue2Ai9Oh4Xk==")]
    // armour without an end line
    [InlineData("-----BEGIN AGE SECRET KEY-----\nQ2x5Wm9Tz4Wm7Kp1Rc8Vn3Yd6Fg0Js5Ue2Ai9Oh4Xk\nTz4Wm7Kp1Rc8\n\n(truncated)\n", "Q2x5Wm9Tz4Wm7Kp1Rc8Vn3Yd6Fg0Js5Ue2Ai9Oh4Xk\nTz4Wm7Kp1Rc8")]
    // second factors
    [InlineData("Can't scan it? Enter this setup key in your app:\nk3jq p5x7 vb2l m6tz 4wc7 ry2n d6fh 5gs3\nThen type the code.", "k3jq p5x7 vb2l m6tz 4wc7 ry2n d6fh 5gs3")]
    [InlineData("Your secret key: JBSW-Y3DP-EHPK-3PXP-KQ4T", "JBSW-Y3DP-EHPK-3PXP-KQ4T")]
    [InlineData("$ cat ~/.google_authenticator\nQ3MZ7XKV2PLT4WNRBY6H5JD\n\" RATE_LIMIT 3 30\n\" WINDOW_SIZE 17\n\" DISALLOW_REUSE\n\" TOTP_AUTH\n40912377\n58830211\n", "40912377")]
    [InlineData("$ cat ~/.google_authenticator\nQ3MZ7XKV2PLT4WNRBY6H5JD\n\" RATE_LIMIT 3 30\n\" TOTP_AUTH\n40912377\n", "Q3MZ7XKV2PLT4WNRBY6H5JD")]
    [InlineData("Backup codes for ops@example (each works once):\n\n  - 7qk2-m9xa\n  - 3bz8-w1pe\n  - q6nd-4r7t\n  - 0hcy-5vls\n  - t2gf-8kjw\n", "3bz8-w1pe")]
    [InlineData("Recovery codes\r\n1. 4821 9907\r\n2. 1063 5528\r\n3. 7730 2146\r\n4. 9915 0384\r\n", "7730 2146")]
    [InlineData("Your recovery codes:\n  a81c0f2e3d  77d09b1e4a\n  5e3f0c9b28  c4a7e61d05\n", "c4a7e61d05")]
    // service grammars
    [InlineData("# snmpd.conf\nrocommunity Nq7vT2xLp9 10.20.0.0/16\nrwcommunity6 Wz4Kc8Rm1Q fd00::/8\n", "Nq7vT2xLp9")]
    [InlineData("# snmpd.conf\nrocommunity Nq7vT2xLp9 10.20.0.0/16\nrwcommunity6 Wz4Kc8Rm1Q fd00::/8\n", "Wz4Kc8Rm1Q")]
    [InlineData("com2sec   readonly  10.36.0.0/16   Hq3wLz8Tv\n", "Hq3wLz8Tv")]
    [InlineData("snmp-server community Vb6nMx2Kq RO 10\n", "Vb6nMx2Kq")]
    [InlineData("[snmp]\ncommunity = Jx5pWq2Rt8\n", "Jx5pWq2Rt8")]
    [InlineData("probe failed: snmpbulkwalk -v2c -c Rk8sTq3Wz 10.1.1.1 ifTable", "Rk8sTq3Wz")]
    [InlineData("snmpget -v3 -l authPriv -u mon -a SHA -A Lp2!xQ9vR -x AES -X Zt7#mW4kN host sysUpTime.0", "Zt7#mW4kN")]
    [InlineData("webhook_url: https://chat.example.org/hooks/q8zt3ncxwp7dmk2rbf5y9hgvae", "q8zt3ncxwp7dmk2rbf5y9hgvae")]
    [InlineData("POST https://rc.example.org/hooks/6Kq2Xz9Tm4Lw8Rp3v/Hb7Nc2Vd9Fs4Jg1Ke6Ua0Wq5Rt8Ly3Mx7Pz2Bq = 200", "Hb7Nc2Vd9Fs4Jg1Ke6Ua0Wq5Rt8Ly3Mx7Pz2Bq")]
    [InlineData("curl -X POST https://hooks.zapier.com/hooks/catch/4410922/bq7x2kp/ -d @alert.json", "bq7x2kp")]
    [InlineData("curl https://maker.ifttt.com/trigger/backup_failed/with/key/dR4x9QwLm2Zt7Kp5Vb1Nc8", "dR4x9QwLm2Zt7Kp5Vb1Nc8")]
    [InlineData("basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=QX7M2WRL9KTP4NVB:t4Hk9Qw/Lm2Zt7Kp5Vb1Nc8Xd3Fs6Jg0Ue+Ai4Oh2Wy7", "QX7M2WRL9KTP4NVB:t4Hk9Qw/Lm2Zt7Kp5Vb1Nc8Xd3Fs6Jg0Ue+Ai4Oh2Wy7")]
    // leftovers of the hostile test: labels over CRLF or trailing blanks, SSM parameters, AWS's credentials CSV, REPL output,
    // fallbacks in code, realm lines without roles or in lower case
    [InlineData("db_password:\r\nQx7vLm2pTz9\r\n", "Qx7vLm2pTz9")]
    [InlineData("Password: \nHb4nQz8wLr\n", "Hb4nQz8wLr")]
    [InlineData("{\"Parameter\": {\"Name\": \"/prod/db/password\", \"Type\": \"SecureString\", \"Value\": \"Zq8vT2mLx9Kp\", \"Version\": 3}}", "Zq8vT2mLx9Kp")]
    [InlineData("{\n  \"Name\": \"/prod/api/token\",\n  \"Type\": \"SecureString\",\n  \"Value\": \"Wn5kR8tQ2vXz\",\n  \"Version\": 1\n}", "Wn5kR8tQ2vXz")]
    [InlineData("Access key ID,Secret access key\n\"AKIAZ7QW3ERT5YUI8OPL\",\"Xk9mQ2vL7wRz4Tp8Yb3Nc6Hd1Fs5Jg0Ke2Ua4Wq7\"\n", "Xk9mQ2vL7wRz4Tp8Yb3Nc6Hd1Fs5Jg0Ke2Ua4Wq7")]
    [InlineData(">>> os.environ[\"DB_PASSWORD\"]\n'Tr7vQx2Lm9'\n>>> ", "Tr7vQx2Lm9")]
    [InlineData(">>> os.getenv('SMTP_PASSWORD')\r\n'Fz6wN2kQ8t'\r\n", "Fz6wN2kQ8t")]
    [InlineData("const pw = process.env.DB_PASSWORD || \"Lm4xQ9vT2k\";", "Lm4xQ9vT2k")]
    [InlineData("const tk = process.env.API_TOKEN ?? 'Rv8nT3qZ7w';", "Rv8nT3qZ7w")]
    [InlineData("admin: CRYPT:adpexzg3FUZAk\n", "CRYPT:adpexzg3FUZAk")]
    [InlineData("ops: md5:0f1e2d3c4b5a69788796a5b4c3d2e1f0, admin\n", "md5:0f1e2d3c4b5a69788796a5b4c3d2e1f0")]
    public void Finds_a_secret_by_its_format(string text, string secret)
    {
        AssertCovered(text, secret);
    }

    [Theory]
    // public halves: PuTTY public lines and MAC alone, a public JWK, a minisign public key and a signature, a Tink public keyset
    [InlineData("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: build@ci7\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIFd0q8vKx2m\nQ9zR\n")]
    [InlineData("{\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc\",\"e\":\"AQAB\",\"use\":\"sig\"}")]
    [InlineData("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tx4v1-ZoeYrA\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}")]
    [InlineData("untrusted comment: minisign public key 7A3F2B1C0D9E8F7A\nRWR6PzsLDJ6PeoqD9vL2m8Xz4Tp7Yb3Nc6Hd1Fs5Jg0Ke2Ua4Wq7Rt9Ly\n")]
    [InlineData("untrusted comment: signature from minisign secret key\nRUR6PzsLDJ6PetKp1Rc8Vn3Yd6Fg0Js5Ue2Ai9Oh4Xk7qk2m9xa3bz8w1peq6nd4r7t0hcy5vlst2gf8kjw\n")]
    [InlineData("{\"primaryKeyId\":42,\"key\":[{\"keyData\":{\"typeUrl\":\"type.googleapis.com/google.crypto.tink.EcdsaPublicKey\",\"value\":\"EgYIAxACGAIaIQDx9Tz4Wm7Kp1Rc8Vn3\",\"keyMaterialType\":\"ASYMMETRIC_PUBLIC\"}}]}")]
    // armour whose name names no key or secret
    [InlineData("-----BEGIN KEY VALUE STORE DUMP-----\nYXBwLmNvbmZpZy50aW1lb3V0PTMwCmFwcC5jb25maWcucmV0cmllcz0z\n-----END KEY VALUE STORE DUMP-----\n")]
    [InlineData("-----BEGIN KEY VALUE STORE DUMP-----\nYXBwLmNvbmZpZy50aW1lb3V0PTMwCmFwcC5jb25maWcucmV0cmllcz0z\n")]
    // second factors: a setup key sentence without a key, words under a codes heading, dates, host names, a count
    [InlineData("Enter this setup key in your authenticator app: see the QR code above")]
    [InlineData("secret key: none configured for this bucket")]
    [InlineData("Recovery codes\n  generated 2026-11-02\n  2026-11-02\n  2026-11-09\n  2026-11-16\n  2026-11-23\n")]
    [InlineData("Backup codes were regenerated for:\n  host-0001\n  host-0002\n  host-0003\n  host-0004\n")]
    [InlineData("Recovery codes remaining: 4 of 10\nnext review 2026-12-01\n")]
    [InlineData("\" TOTP_AUTH\n\" RATE_LIMIT 3 30\nmaintenance window 2026\n")]
    // service grammars: the shipped default community, a reference, a view name, an OID; hook paths that are names or ids
    [InlineData("rocommunity public 127.0.0.1\nrocommunity ${SNMP_RO} 10.0.0.0/8\n")]
    [InlineData("The community edition is free; community: forum.example.org")]
    [InlineData("snmpwalk -v2c -c public 10.1.1.1 .1.3.6.1.2.1.1")]
    [InlineData("GET /api/v4/projects/412/hooks/98231 200\nPOST /repos/org/app/hooks/pre-receive-check 201")]
    [InlineData("git push: remote: /srv/git/app.git/hooks/post-receive-deploy-notifications exited 1")]
    [InlineData("oidc: userinfo_endpoint=https://id.example.org/userinfo")]
    [InlineData("curl -X DELETE https://snmp-exporter.internal/jobs/12")]
    // a flag of the next command is not the SNMP tool's; a community of a project or a forum
    [InlineData("snmpwalk -v2c -c public 10.1.1.1 && curl -X DELETE http://api.internal/v1/jobs\nsnmpget -c public sw01; ssh -X admin@sw01")]
    [InlineData("community: kubernetes-sigs\ncommunity = \"cncf-landscape\"\ncommunity=open-source-2024")]
    // a source position before a Go DSN is a file and a line
    [InlineData("level=info source=db.go:88:app@tcp(db:3306)/orders msg=\"pool ready\"")]
    // leftovers of the hostile test: a label over a resource name, a state or a CamelCase word; a backend's name; other variables
    [InlineData("Secret\narn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\n")]
    [InlineData("Secret\nprojects/acme-prod/secrets/db-password/versions/3\n")]
    [InlineData("Password:\nResetRequired\n")]
    [InlineData("Token:\r\nEXPIRED\r\n")]
    [InlineData("irb(main):002:0> ENV[\"SECRET_BACKEND\"]\n=> \"hashicorp-vault\"\n")]
    [InlineData("{\"Parameter\": {\"Name\": \"/prod/db/host\", \"Type\": \"String\", \"Value\": \"db-7.internal.example\"}}")]
    [InlineData("const host = process.env.DB_HOST || \"db-7.internal\"; const pw = process.env.DB_PASSWORD || \"\";")]
    [InlineData(">>> os.environ[\"HOME\"]\n'/home/app'\n")]
    [InlineData("release: MD5:0f1e2d3c4b5a69788796a5b4c3d2e1f0\n")]
    public void Leaves_a_near_miss_of_the_same_format(string text)
    {
        Assert.Empty(Secrets(text));
    }

    [Fact]
    public void An_age_identity_is_a_private_key()
    {
        const string key = "AGE-SECRET-KEY-1X03SJYUNAEE8SW5KSHF232QY84P93DCEUX8HTXLV3UDLJSX89338P2689M";
        var text = "# public key: age172canlam6xs7e0ulyfl3upempkh7sknvz7sxcxzvnpqjks8zfvqwsst0d4\n" + key + "\n";
        Assert.Contains(Detector.Detect(text), e => e.Type == PiiType.PrivateKey && text[e.Start..e.End] == key);
    }

    [Fact]
    public void Repeated_key_file_anchors_stay_linear()
    {
        // JWK objects that never close, and "kty" without a brace: each anchor reads a bounded window, searched once.
        var text = string.Concat(Enumerable.Repeat("{\"kty\":\"oct\",\"k\":\"GawgguFyGrWKav7AX4VKUg\",", 20_000))
            + string.Concat(Enumerable.Repeat("\"kty\" ", 20_000));
        Assert.DoesNotContain(Secrets(text), s => s.Contains("kty", StringComparison.Ordinal));
    }
}
