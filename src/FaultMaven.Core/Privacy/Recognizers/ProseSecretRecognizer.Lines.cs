using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A token alone on its line (or in a code fence) below a sentence that gives a credential: "here's the token:", "new key
/// below", "le nouveau mot de passe :". Hashes, commits, trace ids and fingerprints are named by their sentence, and a value printed
/// beside a file name (sha256sum) is not alone on its line.</summary>
internal sealed partial class ProseSecretRecognizer
{
    // Searched ignoring case in ASCII, as written in other scripts (a case-insensitive search of non-ASCII strings is not vectorised).
    private static readonly SearchValues<string> GivenNouns = SearchValues.Create(
        ["token", "key", "password", "passwd", "secret", "credential", "creds", "passphrase", "passwort", "mot de passe", "contrasena", "senha"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly NonAsciiWords GivenOtherNouns = new(
        ["contraseña", "clé", "Schlüssel", "schlüssel", "hasło", "Hasło", "пароль", "Пароль", "токен", "Токен", "ключ", "Ключ", "パスワード", "トークン", "キー", "密码", "密碼", "令牌", "密钥", "비밀번호", "토큰", "키"]);

    // Words of a sentence that hands something over: the value follows. Those of ASCII are searched at once (vectorised); the others,
    // which would make that search read every character, one by one on the few lines that hold a non-ASCII character.
    private static readonly SearchValues<string> GivingWords = SearchValues.Create(
    [
        "below", "here", "following", "attached", "this one", "use this", "voici", "ci-dessous", "hier ", "unten", "folgende", "abajo",
        "abaixo", "segue", "oto",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] GivingOtherWords = ["aquí", "ниже", "вот", "以下", "如下", "下面", "아래", "poniżej"];

    // Words of a sentence that names an identifier or a digest, which the line below prints: not a credential.
    private static readonly SearchValues<string> IdentifierWords = SearchValues.Create(
    [
        "commit", "sha", "hash", "checksum", "digest", "trace", "span", "fingerprint", "public", "uuid", " id", "id:", "version", "request",
        "key id", "keyid", "thumbprint", "serial",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PasswordNouns = SearchValues.Create(
        ["password", "passwd", "passphrase", "passwort", "mot de passe", "contraseña", "contrasena", "senha", "hasło", "пароль", "パスワード", "密码", "密碼", "비밀번호"],
        StringComparison.OrdinalIgnoreCase);

    private static void FindTokensAlone(string text, Findings found)
    {
        FindTokensAlone(text, GivenNouns, null, found);
        if (GivenOtherNouns.Starts(text) is { } starts)
        {
            FindTokensAlone(text, null, starts, found);
        }
    }

    private static void FindTokensAlone(string text, SearchValues<string>? nouns, List<int>? starts, Findings found)
    {
        var lastLine = -1;
        var cursor = 0;
        for (var offset = 0; offset < text.Length;)
        {
            var at = NextNoun(text, offset, nouns, starts, ref cursor);
            if (at < 0)
            {
                return;
            }

            // The search resumes at a line's start: the line's start is looked for back to there only.
            var lineStart = text.AsSpan(offset, at - offset).LastIndexOf('\n') + 1 + offset;
            var lineEnd = text.IndexOf('\n', at) is var newline and >= 0 ? newline : text.Length;
            offset = lineEnd + 1;
            if (lineStart <= lastLine || lineEnd - lineStart > 200)
            {
                continue;
            }

            lastLine = lineStart;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (line.IsEmpty || !(line[^1] is ':' or '：' || Gives(line)) || line.IndexOfAny(IdentifierWords) >= 0)
            {
                continue;
            }

            if (ValueBelow(text, lineEnd) is var (start, length) && length > 0)
            {
                var value = text.AsSpan(start, length);
                if (length >= 16 ? IsToken(value) : line.IndexOfAny(PasswordNouns) >= 0 && IsChosen((start, length), text))
                {
                    found.Add(PiiType.GenericSecret, start, start + length, 0.8);
                }
            }
        }
    }

    /// <summary>Whether a line holds a word that hands something over.</summary>
    private static bool Gives(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(GivingWords) >= 0)
        {
            return true;
        }

        if (!line.ContainsAnyExceptInRange('\0', '\x7f'))
        {
            return false;
        }

        foreach (var word in GivingOtherWords)
        {
            if (line.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one word alone on the first line below <paramref name="lineEnd"/> that is neither blank nor a code fence's (two
    /// such lines at most), without its quotes.</summary>
    private static (int Start, int Length)? ValueBelow(string text, int lineEnd)
    {
        var i = lineEnd + 1;
        for (var skipped = 0; i < text.Length && skipped <= 2; skipped++)
        {
            var end = text.IndexOf('\n', i) is var newline and >= 0 ? newline : text.Length;
            // A chat's quoted reply ("> ") carries its marker on every line.
            var line = text.AsSpan(i, end - i).Trim().TrimStart('>').TrimStart();
            if (!line.IsEmpty && !line.StartsWith("```", StringComparison.Ordinal) && !line.StartsWith("~~~", StringComparison.Ordinal))
            {
                if (line.Length > 512 || line.ContainsAny(' ', '\t'))
                {
                    return null;
                }

                var start = end - (text.AsSpan(i, end - i).Length - text.AsSpan(i, end - i).TrimEnd().Length) - line.Length;
                return Unquoted(text, start, line.Length);
            }

            i = end + 1;
        }

        return null;
    }

    /// <summary>A machine-made token: 16 characters or more of ASCII, letters and digits, random (3 bits per character), no UUID.</summary>
    private static bool IsToken(ReadOnlySpan<char> value) =>
        !value.ContainsAnyExceptInRange('!', '~') && value.ContainsAnyInRange('0', '9') && value.IndexOfAny(AsciiLetters) >= 0
        && !IsAddress(value) && SecretValues.LooksSecret(value, 3.0);

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
