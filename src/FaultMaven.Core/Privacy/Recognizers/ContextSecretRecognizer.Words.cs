namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>(a) A label alone on the line above its value (a cloud console's <c>Key</c> heading, <c>password:</c> over an indented
/// value) and (c) secret words the key readers do not know: OCR-garbled labels (<c>Passw0rd :</c>). "Password" in other languages
/// in prose was read too and removed: on the blind eighth set it took nothing and redacted a password manager's name.</summary>
internal sealed partial class ContextSecretRecognizer
{
    private static readonly string[] LabelWords = ["password", "passwd", "secret", "token", "key"];
    private static readonly string[] GarbledWords = ["passw0rd", "pa55w", "p@ssw", "pa$$w"];

    // Words of a label line that make it name something about a secret, not hold one.
    private static readonly string[] NotValueLabels = ["public", " id", "name", "fingerprint", "type", "ref", "file", "path", "vault", "hint", "policy", "length", "expir", "rotat", "status", "usage"];

    // Keys that name a token that orders or pages requests, not one that grants access.
    private static readonly string[] NotCredentialTokens = ["nexttoken", "pagetoken", "continuationtoken", "synctoken", "resumptiontoken", "idempotencytoken", "cancellationtoken", "clienttoken", "requesttoken"];

    private static int ReadWordAnchor(string text, int at, Findings found)
    {
        var rest = text.AsSpan(at);
        foreach (var word in LabelWords)
        {
            if (rest.Length > word.Length && rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                if (rest[word.Length] == '>')
                {
                    return ReadClosingTag(text, at, word.Length, found);
                }

                // Blanks may trail the label (an editor's or a terminal's), before LF or CRLF.
                var after = rest[word.Length] == ':' ? word.Length + 1 : word.Length;
                while (after < rest.Length && after - word.Length < 16 && rest[after] is ' ' or '\t')
                {
                    after++;
                }

                if (after < rest.Length && rest[after] is '\n' or '\r')
                {
                    return ReadLabelAbove(text, at, word, at + after, found);
                }
            }
        }

        foreach (var word in GarbledWords)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return ReadGarbledLabel(text, at, found);
            }
        }

        return at + 1;
    }

    /// <summary>A label alone on its line (<c>Key</c>, <c>Secret access key</c>, <c>db_password:</c>) and one value alone on the next.
    /// A "key" heading takes only a machine-made key (20+ characters of mixed case and digits); a label naming something about the
    /// secret (its name, id, type, fingerprint, public half) takes nothing.</summary>
    private static int ReadLabelAbove(string text, int at, string word, int lineEnd, Findings found)
    {
        var lineStart = at;
        while (lineStart > 0 && at - lineStart < 48 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        if (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            return lineEnd;
        }

        var label = text.AsSpan(lineStart, at + word.Length - lineStart).Trim();
        if (label.ContainsAnyExcept(LabelCharacters) || label.Count(' ') > 3)
        {
            return lineEnd;
        }

        foreach (var not in NotValueLabels)
        {
            if (label.Contains(not, StringComparison.OrdinalIgnoreCase))
            {
                return lineEnd;
            }
        }

        var valueStart = lineEnd;
        if (valueStart < text.Length && text[valueStart] == '\r')
        {
            valueStart++;
        }

        valueStart = SkipBlanks(text, valueStart + 1);
        var valueEnd = valueStart;
        while (valueEnd < text.Length && valueEnd - valueStart < 1024 && !char.IsWhiteSpace(text[valueEnd]))
        {
            valueEnd++;
        }

        var rest = SkipBlanks(text, valueEnd);
        if (valueEnd - valueStart < 8 || rest < text.Length && text[rest] is not ('\n' or '\r'))
        {
            return lineEnd;
        }

        var value = text.AsSpan(valueStart, valueEnd - valueStart);
        if (NamesResourceOrState(value))
        {
            return valueEnd;
        }

        if (word == "key" && !label.Contains("secret", StringComparison.OrdinalIgnoreCase))
        {
            if (value.Length >= 20 && !value.Contains(':') && value.ContainsAnyInRange('a', 'z') && value.ContainsAnyInRange('A', 'Z')
                && value.ContainsAnyInRange('0', '9') && Checks.Entropy(value) >= 4.0 && !SecretValues.IsReference(value))
            {
                found.Add(PiiType.GenericSecret, valueStart, valueEnd, 0.85);
            }
        }
        else if (NamesSecret(label))
        {
            SecretValues.Consider(label, valueStart, value, found, text);
        }

        return valueEnd;
    }

    /// <summary>A console's next line that names the secret or tells its state rather than holding it: an ARN, a URL, a resource
    /// path (<c>projects/p/secrets/s</c>), or a word of letters alone (<c>ResetRequired</c>, <c>SecureString</c>, <c>EXPIRED</c>).</summary>
    private static bool NamesResourceOrState(ReadOnlySpan<char> value) =>
        value.StartsWith("arn:", StringComparison.OrdinalIgnoreCase) || value.Contains("://", StringComparison.Ordinal)
        || !value.ContainsAnyExcept(AsciiLetters) && IsCapitalizedWords(value)
        || value.Count('/') >= 2 && !value.ContainsAnyExcept(ResourcePathCharacters) && !value.EndsWith('=');

    /// <summary>Capitalized words run together (each capital followed by two or more lower-case letters) or one upper-case word;
    /// a random mix of cases (<c>xKqLmPvT</c>) is not.</summary>
    private static bool IsCapitalizedWords(ReadOnlySpan<char> value)
    {
        if (!value.ContainsAnyInRange('a', 'z'))
        {
            return true;
        }

        if (!char.IsAsciiLetterUpper(value[0]))
        {
            return false;
        }

        var run = 0;
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsAsciiLetterUpper(value[i]))
            {
                if (run < 2)
                {
                    return false;
                }

                run = 0;
            }
            else
            {
                run++;
            }
        }

        return run >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly System.Buffers.SearchValues<char> ResourcePathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789/-_.");

    private static readonly System.Buffers.SearchValues<char> LabelCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 _-.");

    /// <summary>An OCR-garbled password label (<c>Passw0rd :</c>, <c>Pa55word=</c>) and its value.</summary>
    private static int ReadGarbledLabel(string text, int at, Findings found)
    {
        if (at > 0 && char.IsAsciiLetter(text[at - 1]))
        {
            return at + 1;
        }

        var keyEnd = at;
        while (keyEnd < text.Length && keyEnd - at < 16 && (char.IsAsciiLetterOrDigit(text[keyEnd]) || text[keyEnd] is '@' or '$'))
        {
            keyEnd++;
        }

        var i = SkipBlanks(text, keyEnd);
        if (i >= text.Length || text[i] is not (':' or '='))
        {
            return keyEnd;
        }

        var valueStart = SkipBlanks(text, i + 1);
        var valueEnd = valueStart;
        while (valueEnd < text.Length && valueEnd - valueStart < MaxValue && !char.IsWhiteSpace(text[valueEnd]))
        {
            valueEnd++;
        }

        SecretValues.Consider("password", valueStart, text.AsSpan(valueStart, valueEnd - valueStart), found, text);
        return valueEnd;
    }

    /// <summary>Whether a key names a secret it holds: a password, passphrase, secret, credential or access token, or one of the secret
    /// kinds of key (<c>signing-key</c>, <c>x-api-key</c>); not a descriptive key (<c>secret_name</c>) nor a token that pages requests.</summary>
    internal static bool NamesSecret(ReadOnlySpan<char> key)
    {
        if (key.Length == 0 || key.Length > 128 || SecretValues.IsDescriptive(key))
        {
            return false;
        }

        Span<char> compact = stackalloc char[key.Length];
        var n = 0;
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact[n++] = char.ToLowerInvariant(c);
            }
        }

        var name = compact[..n];
        if (name.StartsWith("public", StringComparison.Ordinal) || name.Contains("tokeniz", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var not in NotCredentialTokens)
        {
            if (name.EndsWith(not, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return name.Contains("password", StringComparison.Ordinal) || name.Contains("passwd", StringComparison.Ordinal) || name.Contains("passphrase", StringComparison.Ordinal)
            || name.Contains("secret", StringComparison.Ordinal) || name.Contains("credential", StringComparison.Ordinal) || name.EndsWith("token", StringComparison.Ordinal)
            || name.Contains("macaroon", StringComparison.Ordinal)
            || name.EndsWith("pass", StringComparison.Ordinal) || name.EndsWith("pwd", StringComparison.Ordinal) || name.EndsWith("pw", StringComparison.Ordinal)
            || NamedSecretRecognizer.IsSecretKeyName(name) || NamesKeyBeforeQualifier(key);
    }

    /// <summary>A dotted name that says which account or host the key is for after the key itself (Hadoop's
    /// <c>fs.azure.account.key.ACCOUNT.blob.core.windows.net</c>): a secret kind of key ending one of its segments, more segments after
    /// it. A segment that only starts with "key" (<c>fs.azure.account.keyprovider.ACCOUNT</c>) names something else.</summary>
    private static bool NamesKeyBeforeQualifier(ReadOnlySpan<char> key)
    {
        for (var dot = key.IndexOf('.'); dot >= 0 && dot < key.Length - 1; dot = key[(dot + 1)..].IndexOf('.') is var next and >= 0 ? dot + 1 + next : -1)
        {
            if (key[..dot].EndsWith("key", StringComparison.OrdinalIgnoreCase) && NamedSecretRecognizer.IsSecretKeyName(key[..dot]))
            {
                return true;
            }
        }

        return false;
    }
}
