using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, twenty-second session: secrets told in a sentence with no key name before them (English chat and eleven other
/// languages), and a token alone on the line below a sentence that gives it; and the near-misses of the same shapes: a word of the
/// sentence's language after "password is", placeholders and references, hosts and tools after "use", commit hashes, trace ids,
/// digests and fingerprints below their sentence.</summary>
public sealed class Issue18ProseSecretsTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    public static TheoryData<string, string> Secrets() => new()
    {
        // other languages: a noun, words that qualify it, a verb or sign, an adverb, the value
        { "Das Kennwort für den Jump-Host ist jetzt Gm4!tR8q\n", "Gm4!tR8q" },
        { "das Root-Passwort: Vb7#kL2p\n", "Vb7#kL2p" },
        { "ton mot de passe est « Dp5$wQ9z » jusqu'à lundi\n", "Dp5$wQ9z" },
        { "mdp : Ks8@nB3x\n", "Ks8@nB3x" },
        { "La contraseña del servidor es Fy2%hJ6m\n", "Fy2%hJ6m" },
        { "clave: Hw3!pZ7c\n", "Hw3!pZ7c" },
        { "minha senha agora é Tq6#rM1v\n", "Tq6#rM1v" },
        { "la password di staging è Lx9$eN4b\n", "Lx9$eN4b" },
        { "hasło: Pz5@gK8w\n", "Pz5@gK8w" },
        { "Пароль от сервера: Nd4!xS7j\n", "Nd4!xS7j" },
        { "wachtwoord van de router is Cq2#vT8y\n", "Cq2#vT8y" },
        { "本番のパスワードは「Rk7$mW3e」です\n", "Rk7$mW3e" },
        { "服务器密码为Yh5@cL9t，请妥善保管\n", "Yh5@cL9t" },
        { "관리자 비밀번호는 Jb8!sF2n 입니다\n", "Jb8!sF2n" },
        // English chat: what the value opens, the value before its noun, a user and a password, "it" reset to a value
        { "please try Kz4$wq9L! for the vpn login\n", "Kz4$wq9L!" },
        { "`Pv7#Lm2Qx` is our shared admin password\n", "Pv7#Lm2Qx" },
        { "creds: svc-ci / Tg6@Hn3Wk\n", "Tg6@Hn3Wk" },
        { "we rotated it to Wz2!Qm8Kd this morning\n", "Wz2!Qm8Kd" },
        { "the jenkins token expired so I set it to yL3kQ9vB2mX8\n", "yL3kQ9vB2mX8" },
        // a token alone on the line below the sentence that gives it, bare, in a fence or a quoted reply
        { "here's the new token:\nk9QvL2mX7pR4tZ8wYc3nB6Hd\n", "k9QvL2mX7pR4tZ8wYc3nB6Hd" },
        { "api key below\n```\nQz3Lm8Vx2Kp7Rt4Wc9Nb1Hy6\n```\n", "Qz3Lm8Vx2Kp7Rt4Wc9Nb1Hy6" },
        { "> new secret:\n> Hv6Kq1Lz8Pm3Rx5Wt2Nc9Bj4\n", "Hv6Kq1Lz8Pm3Rx5Wt2Nc9Bj4" },
        { "neues Passwort unten\nMx4#Tq8Lz\n", "Mx4#Tq8Lz" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        // a word of the sentence's language, shouted or not, where a value would be
        "das Kennwort ist falsch\ndas Passwort ist UNGÜLTIG\ndas Passwort ist ABGELAUFEN\n",
        "le mot de passe est trop court\nla contraseña es demasiado corta\na senha é obrigatória\nla password è scaduta\n",
        "パスワードが違います\n密码不正确\n비밀번호를 잊으셨나요?\nпароль истёк\nhasło wygasło\n",
        // placeholders and references after the verb
        "das Passwort ist <passwort>\nle mot de passe est ${DB_PASS}\nla contraseña es %PASSWORD%\n",
        // hosts, tools and regions where the verb's object would be a password
        "use db-replica-02 to log in\nuse ssh-agent for the login\ncreds are in 1password / shared vault\nset it to eu-west-1 for now\n",
        "try again later for the admin login\nlog in with your SSO account\n",
        // identifiers below their sentence, a digest beside its file, a link, a mask
        "the commit that rotated the key:\n9c4e2a7f1b3d8e6a0f5c2b9d7e1a3f8c6b4d2e90\n",
        "signing key id:\n3AA5C34371567BD2\n",
        "token trace below\n4bf92f3577b34da6a3ce929d0e0e4736\n",
        "$ sha256sum token.txt\n2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  token.txt\n",
        "the password:\n********\nthe new key is here\nhttps://vault.example.net/ui/vault/secrets/kv/show/app\n",
        // an English sentence's value after "password" is read where keys are, not by the Italian verbs
        "the password è\n",
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Issue18_SecretToldInProse_IsRedactedToItsLastCharacter(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var found = Detector.Detect(text);
        Assert.Contains(found, e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
        Assert.DoesNotContain(found, e => SecretTypes.Contains(e.Type) && (e.Start < at || e.End > at + secret.Length));
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_WordPlaceholderOrIdentifierNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));

    [Fact]
    public void Issue18_ProseReader_StaysLinearOnHostileRepeats()
    {
        // Nouns without values, verbs without ends, cue lines without tokens, each repeated: every reader is bounded to its line.
        var hostile = string.Concat(Enumerable.Repeat("Passwort für für für ist jetzt jetzt ", 20_000)) + "\n"
            + string.Concat(Enumerable.Repeat("パスワードはは", 20_000)) + "\n"
            + string.Concat(Enumerable.Repeat("here's the token:\n\n", 20_000))
            + string.Concat(Enumerable.Repeat("try Kz4$wq9L! for for for for for ", 10_000)) + "\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Detector.Detect(hostile);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
