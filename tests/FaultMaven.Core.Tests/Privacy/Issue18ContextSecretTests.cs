using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, thirteenth session: secrets whose key is not beside them or not a secret word. (a) The key is in the structure
/// (a parent object's key, a label on the line above, the looked-up variable, a namespaced element); (b) the value's shape says
/// credential (armour of any name, Jetty <c>OBF:</c>/<c>MD5:</c> realm values, Go DSNs, an AWS secret beside its key id); (c) the
/// secret word is in another language or OCR-garbled. Each case has a near miss of the same shape that must stay.</summary>
public sealed class Issue18ContextSecretTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> Added(string text)
    {
        var findings = new Findings();
        new ContextSecretRecognizer().Recognize(text, findings);
        return findings.Candidates.Where(c => c.Score >= PiiDetector.DefaultMinimumScore).Select(c => text[c.Start..c.End]).ToList();
    }

    [Theory]
    // (a) structure
    [InlineData("{\"props\": {\n  \"ldap.bind.password\": {\"value\": \"Tq7wLm2Xz9\", \"origin\": \"file [app.yml] - 3:9\"}}}", "Tq7wLm2Xz9")]
    [InlineData("{\n  \"smtp_password\": {\n    \"sensitive\": true,\n    \"value\": \"Vx2-Lq8rTz\"\n  }\n}", "Vx2-Lq8rTz")]
    [InlineData("[\n  {\n    \"key\": \"ledger_api_secret\",\n    \"value\": \"c3Rq9vLm2Xw8Zt\",\n    \"enabled\": true\n  }\n]", "c3Rq9vLm2Xw8Zt")]
    [InlineData("md := metadata.MD{\"trace\":[]string{\"on\"}, \"x-auth-token\":[]string{\"e5d1c07a9b3f4e2d8c6a0b1f9e7d5c3a\"}}", "e5d1c07a9b3f4e2d8c6a0b1f9e7d5c3a")]
    [InlineData("worker->getenv(\"LEDGER_DB_PASSWORD\") = \"Mv8!rq2Lp\"", "Mv8!rq2Lp")]
    [InlineData("SMTP_PASSWORD = os.getenv('MAIL_PASS', 'Kr4v-Zp9q')", "Kr4v-Zp9q")]
    [InlineData(">>> config('services.billing.api_secret')\n=> \"Jn5xQ2wVb8\"", "Jn5xQ2wVb8")]
    [InlineData("<soap:Header><sec:Password Type=\"urn:x#PasswordText\">Qw9zX2mKv7</sec:Password></soap:Header>", "Qw9zX2mKv7")]
    [InlineData("Storage key\nLast rotated: yesterday\nKey\nPq3Xz8Lm2Wv9Tk4Rn7Hb5Gd1Fs6Jc0Ae2Vy4Nu8Mi3Ko5=\nDone\n", "Pq3Xz8Lm2Wv9Tk4Rn7Hb5Gd1Fs6Jc0Ae2Vy4Nu8Mi3Ko5=")]
    [InlineData("ledger:\n  db_password:\n    Rb7-Tq2w9\n", "Rb7-Tq2w9")]
    // (b) shape
    [InlineData("# users\nopsadmin: OBF:1x0s1v2j1uum1xtv1zej1zer, admin\n", "OBF:1x0s1v2j1uum1xtv1zej1zer")]
    [InlineData("auditor: MD5:0f1e2d3c4b5a69788796a5b4c3d2e1f0, read-only\n", "MD5:0f1e2d3c4b5a69788796a5b4c3d2e1f0")]
    [InlineData("-----BEGIN BROKER ACCOUNT SEED-----\nSAQ2JX7KMV4TLZ5RPW3NYB6HCF8DGE2AUS4KQW7ZXM5VBN3TLR6PYH9J\n-----END BROKER ACCOUNT SEED-----\n", "SAQ2JX7KMV4TLZ5RPW3NYB6HCF8DGE2AUS4KQW7ZXM5VBN3TLR6PYH9J")]
    [InlineData("msg=\"opening pool\" dsn=ledger_rw:Hq8^vzP2m@tcp(10.1.2.3:3306)/ledger?parseTime=true", "ledger_rw:Hq8^vzP2m")]
    [InlineData("$ cat ~/.passwd-backup\nAKIAZ7QW3ERT5YUI8OPL:Xk9mQ2vL7wRz4Tp8Yb3Nc6Hd1Fs5Jg0Ke2Ua4Wq7\n", "Xk9mQ2vL7wRz4Tp8Yb3Nc6Hd1Fs5Jg0Ke2Ua4Wq7")]
    // (c) words
    [InlineData("E-mail: a@b.example\nPa55word = Zx8vQm3Lp\n", "Zx8vQm3Lp")]
    public void Finds_a_secret_whose_key_is_not_beside_it(string text, string secret)
    {
        Assert.Contains(secret, Added(text));
        Assert.Contains(Detector.Detect(text), e => text[e.Start..e.End] == secret);
    }

    [Theory]
    // (a) structure: a mask, a descriptive parent, a paging token, a lookup without a literal, a public key heading, a fingerprint label
    [InlineData("{\"ldap.bind.password\": {\"value\": \"******\", \"origin\": \"file [app.yml] - 3:9\"}}")]
    [InlineData("[\n  {\n    \"key\": \"ledger_api_secret\",\n    \"value\": \"{{ledger_api_secret}}\"\n  }\n]")]
    [InlineData("{\n  \"smtp_host\": {\n    \"sensitive\": false,\n    \"value\": \"mail-7.internal\"\n  }\n}")]
    [InlineData("{\"ldap.bind.password_file\": {\"value\": \"/run/secrets/ldap9\"}}")]
    [InlineData("md := metadata.MD{\"next-page-token\":[]string{\"e5d1c07a9b3f4e2d8c6a0b1f9e7d5c3a\"}}")]
    [InlineData("worker->getenv(\"LEDGER_DB_HOST\") = \"db-7.internal\"")]
    [InlineData("SMTP_PASSWORD = os.getenv('MAIL_PASS')")]
    [InlineData("<sec:Nonce EncodingType=\"urn:x#Base64Binary\">Qw9zX2mKv7Lp3Rt8</sec:Nonce>")]
    [InlineData("Public key\nPq3Xz8Lm2Wv9Tk4Rn7Hb5Gd1Fs6Jc0Ae2Vy4Nu8Mi3Ko5=\n")]
    [InlineData("Key fingerprint\nSHA256:Pq3Xz8Lm2Wv9Tk4Rn7Hb5Gd1Fs6Jc0Ae2Vy4Nu8Mi3Ko5\n")]
    [InlineData("Key\nrestore-cache-linux-x64-node20\n")]
    // (b) shape: a checksum, a public key armour, a DSN without a password or with a reference, a key id beside a hex digest
    [InlineData("release.tar.gz: MD5:0f1e2d3c4b5a69788796a5b4c3d2e1f0\n")]
    [InlineData("-----BEGIN BROKER PUBLIC KEY-----\nUAQ2JX7KMV4TLZ5RPW3NYB6HCF8DGE2AUS4KQW7ZXM5VBN3TLR6PYH9J\n-----END BROKER PUBLIC KEY-----\n")]
    [InlineData("dsn=ledger_ro@tcp(10.1.2.3:3306)/ledger")]
    [InlineData("dsn=ledger_rw:${LEDGER_PASS}@tcp(10.1.2.3:3306)/ledger")]
    [InlineData("key AKIAZ7QW3ERT5YUI8OPL sha1 4f9e2d1c0b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e")]
    // (c) words: the password is somewhere else, said in another language
    [InlineData("Hei Ola, passordet til databasen ligger i hvelvet, spør Kari")]
    [InlineData("Merhaba, sunucu şifresi kasada duruyor, bilet INC-2291 açıldı.")]
    [InlineData("Dobrý den, heslo k databázi je v trezoru (KeePassXC2, položka prod), ne v e-mailu.")]
    public void Leaves_a_near_miss_of_the_same_shape(string text)
    {
        Assert.Empty(Added(text));
    }

    [Fact]
    public void Armour_lines_without_an_end_are_searched_once()
    {
        // Ten thousand begin lines and no end: the end line is searched for once, and each begin line's body is read as a truncated
        // paste (the base64 line after it).
        var text = string.Concat(Enumerable.Repeat("-----BEGIN ACCOUNT SEED-----\nSAQ2JX7KMV4TLZ5RPW3NYB\n", 10_000));
        var added = Added(text);
        Assert.Equal(10_000, added.Count);
        Assert.All(added, a => Assert.Equal("SAQ2JX7KMV4TLZ5RPW3NYB", a));
    }
}
