using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, fifteenth session: key material read by its shape, whatever wraps it — a block of wrapped base64 or hex lines
/// under a line that names a key, a key-length value under a key's name in any serialisation, an RSA key as XML, a key as a byte
/// array — and the near misses of each shape (digests, dumps, images, public keys, nonces), which are kept.</summary>
public sealed class Issue18KeyShapesTests
{
    private const string B64Lines = "grcO7n8aUDm+8H7CNH8GbtCPXcdRJEfjQEMAAmtuVFWUoGVoXWTEmAu41FRKhyGp\nmgGtIZ61nPahXvbxWh2DC7fOCda7wATnF1xkPH3ssLWA7De8lxLdLmquuUuujS+f\nopxaKEye91IYKc8QebCA6ddKHBD8q2pCQ9M2Vt6+TB7XlkjoVuj5ovWMlfDOSznB\nW/+tXC37";
    private const string HexLines = "8bb820b6119cba8ff88796ae5b05f280\na68ced93b6b28cb0d1b358e6baab4855\n65b9f49028d557d79a8a0e6451e15c70\n5c15f173541b4438a25cf76312d4eeb3";
    private const string Key32 = "wiRoeb8As8+O0Tq/Epowl62WtELW0b3vSFDD9GVELrM=";
    private const string Bytes64 = "25,63,62,112,56,68,149,224,76,93,94,211,82,34,109,22,55,194,36,143,29,60,204,68,5,221,46,161,250,250,180,191,28,70,150,77,148,112,134,32,120,130,145,68,120,190,232,199,91,67,9,174,43,18,46,63,232,122,199,236,245,165,55,15";
    private const string Bytes32 = "196, 27, 77, 219, 114, 59, 42, 251, 108, 71, 192, 181, 120, 148, 170, 178, 197, 193, 69, 183, 151, 221, 185, 18, 110, 92, 202, 32, 49, 18, 16, 95";
    private const string LongB64 = "Z2QU+vayANrwmdul7uwzYk9RJL/F8E2COI5SkngQ9hCwvKEeC+nxTzymleh6UxFmDHYozbqfXu+5kCLvU3tZahbcigPsH+fSVhcRszAkefsv8Rt8Gf7LHhiC0OScGhNjW85gdw==";

    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    private static void AssertCovered(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var found = Detector.Detect(text);
        Assert.Contains(found, e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
    }

    private static string Indent(string lines, string prefix) => prefix + lines.Replace("\n", "\n" + prefix, StringComparison.Ordinal);

    public static TheoryData<string, string> Blocks() => new()
    {
        // armour of any dash count and wording, headers, no end line
        { "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nSubject: deploy\nComment: \"rotated \\\n  2026-11\"\n" + B64Lines + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----\n", B64Lines },
        { "-----BEGIN OpenVPN Static key V1-----\n" + HexLines + "\n-----END OpenVPN Static key V1-----\n", HexLines },
        { "--- BEGIN VAULT UNSEAL KEY ---\n" + B64Lines + "\n(truncated)\n", B64Lines },
        // no header but a key's name: a YAML block, a JSON array of lines, a comment and a blank line
        { "data:\n  tls.key: |\n" + Indent(B64Lines, "    ") + "\n  other: x\n", B64Lines.Split('\n')[2] },
        { "{\n  \"secretKey\": [\n" + Indent("\"" + B64Lines.Replace("\n", "\",\n\"", StringComparison.Ordinal) + "\"", "    ") + "\n  ]\n}\n", B64Lines.Split('\n')[1] },
        { "# private seed (hex)\n\n" + HexLines + "\n", HexLines },
        // escaped newlines inside a JSON string, escaped once and twice
        { "{\"key_file\":\"---- BEGIN ENCRYPTED SEED ----\\n" + B64Lines.Replace("\n", "\\n", StringComparison.Ordinal) + "\\n---- END ENCRYPTED SEED ----\\n\"}", B64Lines.Split('\n')[1] },
        { "{\"log\":\"{\\\"key_file\\\":\\\"---- BEGIN ENCRYPTED SEED ----\\\\n" + B64Lines.Replace("\n", "\\\\n", StringComparison.Ordinal) + "\\\\n\\\"}\"}", B64Lines.Split('\n')[1] },
        // a Markdown table's cells
        { "| file | content |\n|---|---|\n| signing key | |\n| " + B64Lines.Replace("\n", " |\n| ", StringComparison.Ordinal) + " |\n", B64Lines.Split('\n')[1] },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Issue18_KeyBlock_AnyWrapper_IsRedacted(string text, string secret) => AssertCovered(text, secret);

    [Theory]
    [InlineData("kms \"aead\" {\n  purpose   = \"root\"\n  key       = \"" + Key32 + "\"\n}\n")]
    [InlineData("[crypto]\nencryption_key = '" + Key32 + "'\n")]
    [InlineData("app:\n  crypto:\n    signingKey: " + Key32 + "\n")]
    [InlineData("{\"svc\":\"billing\",\"crypto\":{\"rotation\":{\"days\":30},\"wrapping_key\":\"" + Key32 + "\"}}")]
    [InlineData("{\"log\":\"{\\\"master_key\\\":\\\"" + Key32 + "\\\"}\\n\"}")]
    [InlineData("Environment=WALG_LIBSODIUM_KEY=" + Key32 + "\n")]
    [InlineData("<settings><EncryptionKey>" + Key32 + "</EncryptionKey></settings>")]
    public void Issue18_KeyLengthValue_UnderKeyName_IsRedacted(string text) => AssertCovered(text, Key32);

    [Theory]
    [InlineData("<machineKey validationKey=\"00C337A648A6C0DBDD73FC95F5C2C451859AFE80D40AA39DFB9249F40C3EE37D961445C806F58C7CF2127DFA894F9296FCF33C08409990AC970DEDB3B8431201\" decryptionKey=\"81E9376107DBDAF6C5F3C86497EE219B01DD92F19F4954F4\" />", "81E9376107DBDAF6C5F3C86497EE219B01DD92F19F4954F4")]
    [InlineData("<machineKey validationKey=\"00C337A648A6C0DBDD73FC95F5C2C451859AFE80D40AA39DFB9249F40C3EE37D961445C806F58C7CF2127DFA894F9296FCF33C08409990AC970DEDB3B8431201\" decryptionKey=\"81E9376107DBDAF6C5F3C86497EE219B01DD92F19F4954F4\" />", "00C337A648A6C0DBDD73FC95F5C2C451859AFE80D40AA39DFB9249F40C3EE37D961445C806F58C7CF2127DFA894F9296FCF33C08409990AC970DEDB3B8431201")]
    [InlineData("var key = @\"<RSAKeyValue><Modulus>" + LongB64 + "</Modulus><Exponent>AQAB</Exponent><P>" + LongB64 + "</P><D>" + LongB64 + "</D></RSAKeyValue>\";", "<RSAKeyValue><Modulus>" + LongB64)]
    [InlineData("$ cat ~/.config/solana/id.json\n[" + Bytes64 + "]\n", "[" + Bytes64 + "]")]
    [InlineData("{\"secretKey\": [" + Bytes32 + "]}", "[" + Bytes32 + "]")]
    // a minisign secret key one blank line below its comment
    [InlineData("untrusted comment: minisign encrypted secret key\n\nRWRTY0Iy7kQ2pX9zLm4Vb8Nc3Hd6Fs1Jg5Ke0Ua2Wq7Rt4Yn9Mx3Ld8Pz5Bv1Cq6Gh0Tj2Sk7Wm4Xn9Ry3=\n", "RWRTY0Iy7kQ2pX9zLm4Vb8Nc3Hd6Fs1Jg5Ke0Ua2Wq7Rt4Yn9Mx3Ld8Pz5Bv1Cq6Gh0Tj2Sk7Wm4Xn9Ry3=")]
    public void Issue18_KeyInOtherShapes_IsRedacted(string text, string secret) => AssertCovered(text, secret);

    public static TheoryData<string> NearMisses() => new()
    {
        // public material in the same wrappers
        "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"ops@bastion\"\n" + B64Lines + "\n---- END SSH2 PUBLIC KEY ----\n",
        "data:\n  ca.crt: |\n" + Indent(B64Lines, "    ") + "\n",
        "public_key: |\n" + Indent(B64Lines, "  ") + "\n",
        "<RSAKeyValue><Modulus>" + LongB64 + "</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>",
        // digests, dumps and ids under a key word
        "SHA256 checksums for the signing key release:\n" + HexLines + "\n",
        "commits touching the keyring:\n" + HexLines.Replace("\n", "00000000\n", StringComparison.Ordinal) + "\n",
        "$ xxd secret.key | head -2\n00000000: 3082 04a4 0201 0002 8201 0100 c3a1 9f2e  0...............\n00000010: 77d0 1b2c 3d4e 5f60 7182 93a4 b5c6 d7e8  w..,=N_`q.......\n",
        "cache_key: \"8bb820b6119cba8ff88796ae5b05f280a68ced93b6b28cb0d1b358e6baab4855\"\n",
        "pulled key-manager@sha256:8bb820b6119cba8ff88796ae5b05f280a68ced93b6b28cb0d1b358e6baab4855\n",
        // base64 data with no key's name: an image, a MIME body
        "Content-Type: image/png; name=\"logo.png\"\nContent-Transfer-Encoding: base64\n\n" + B64Lines + "\n",
        // names that are not a key's value, nonces, short keys under "key" alone
        "Sec-WebSocket-Key: /qlO2RgjdYgrIA2q2yPP+Q==\n",
        ":method: GET\nsec-websocket-key: /qlO2RgjdYgrIA2q2yPP+Q==\n",
        "key_id = \"" + Key32 + "\"\n",
        "interface: wg0\n  public key: " + Key32 + "\n  listening port: 51820\n",
        "{\"public_key\":\"" + Key32 + "\",\"kid\":\"k1\"}",
        "{\"key\":\"/qlO2RgjdYgrIA2q2yPP+Q==\",\"topic\":\"orders\"}",
        // byte arrays that are not random, or a digest with no key word
        "digest bytes: [" + Bytes32 + "]\n",
        "latency_ms=[3,5,7,9,4,6,8,12,3,5,7,9,4,6,8,12,3,5,7,9,4,6,8,12,3,5,7,9,4,6,8,12,3,5,7,9,4,6,8,12,3,5,7,9,4,6,8,12,3,5,7,9,4,6,8,12,3,5,7,9,4,6,8,12]\n",
        // base64 hashes and ids under names that qualify "key" without a key's role
        "INFO cache miss cache_key=" + Key32 + " ttl=60\n",
        "{\"idempotencyKey\":\"" + Key32 + "\",\"status\":202}",
        "partition_key: " + Key32 + "\n",
        // 64 random bytes inside a record that names no key, or names a signature or public material; a sorted sequence
        "{\"signature\":[" + Bytes64 + "]}",
        "{\"pubkey\":[" + Bytes64 + "]}",
        "{\"type\":\"Buffer\",\"data\":[" + Bytes64 + "]}",
        "sorted keys by shard: [" + string.Join(", ", Enumerable.Range(1, 32).Select(i => i * 7)) + "]\n",
    };

    [Fact]
    public void Issue18_KeyBlock_TakesNoWordThatFollowsIt()
    {
        // A shorter last line is the wrap's remainder only when it looks like base64; a word under the block is the text after it.
        var text = "here is the signing key:\n" + B64Lines.Replace("\nW/+tXC37", "", StringComparison.Ordinal) + "\nthanks\nDONE\n";
        var keys = Detector.Detect(text).Where(e => SecretTypes.Contains(e.Type)).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, e => Assert.DoesNotContain("thanks", text[e.Start..e.End], StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_KeyShapeNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));
}
