namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>(a) A label alone on the line above its value (a cloud console's <c>Key</c> heading, <c>password:</c> over an indented
/// value) and (c) secret words the key readers do not know: OCR-garbled labels (<c>Passw0rd :</c>) and "password" in other
/// languages in prose (<c>lösenordet till admin är …</c>, <c>şifresi: …</c>), where the value is the first word of the sentence that no
/// sentence would hold.</summary>
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

                var after = rest[word.Length] == ':' ? word.Length + 1 : word.Length;
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

        foreach (var word in ProseWords)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return ReadProse(text, at, word.Length, found);
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
            SecretValues.Consider(label, valueStart, value, found);
        }

        return valueEnd;
    }

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

        SecretValues.Consider("password", valueStart, text.AsSpan(valueStart, valueEnd - valueStart), found);
        return valueEnd;
    }

    /// <summary>"Password" in another language inside a sentence: the value is the first of the next six words (on the same line, within
    /// 96 characters) that mixes in a digit or a symbol, or a capital inside lower case — no word of the sentence's language looks so.
    /// "the password is in the vault" in any language has none.</summary>
    private static int ReadProse(string text, int at, int wordLength, Findings found)
    {
        if (at > 0 && char.IsLetter(text[at - 1]))
        {
            return at + wordLength;
        }

        var i = at + wordLength;
        var limit = Math.Min(text.Length, i + 96);
        for (var words = 0; words < 7 && i < limit; words++)
        {
            while (i < limit && char.IsWhiteSpace(text[i]) && text[i] != '\n')
            {
                i++;
            }

            var start = i;
            while (i < limit && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (start == i)
            {
                break;
            }

            // The first "word" is the rest of the secret word itself (lösenordet, şifresi:, bimilbeonho-neun): never the value.
            var token = text.AsSpan(start, i - start);
            var lead = token.Length - token.TrimStart("\"'`(«“„").Length;
            token = token.Trim("\"'`(«“„»”").TrimEnd(".,!?;:)");
            // A word opening a parenthesis is an aside ("(1Password, item DB prod)"), not the value the sentence gives.
            if ((words > 0 || start > at + wordLength) && text[start] is not ('(' or '['))
            {
                if (IsChosenWord(token))
                {
                    SecretValues.Consider("password", start + lead, token, found);
                    return start + lead + token.Length;
                }
            }

            if (i < text.Length && text[i] == '\n')
            {
                break;
            }
        }

        return at + wordLength;
    }

    /// <summary>A word no sentence would hold: six or more characters, a letter and besides it a digit, a symbol other than a hyphen
    /// or apostrophe, or a capital after a small letter; not an address, a URL, a path, nor a ticket or change id (<c>INC-2291</c>).</summary>
    private static bool IsChosenWord(ReadOnlySpan<char> token)
    {
        if (token.Length < 6 || token.Contains('@') || token.Contains('/'))
        {
            return false;
        }

        var letter = false;
        var lower = false;
        var digit = false;
        var symbol = false;
        var innerCapital = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            letter |= char.IsLetter(c);
            lower |= char.IsLower(c);
            digit |= char.IsAsciiDigit(c);
            symbol |= !char.IsLetterOrDigit(c) && c is not ('-' or '\'' or '\u2019');
            innerCapital |= i > 0 && char.IsUpper(c) && char.IsLower(token[i - 1]);
        }

        // An id of capitals, a hyphen and digits names a ticket or a change, not a password.
        var ticket = !lower && !symbol && token.Contains('-');
        return letter && !ticket && (digit || symbol || innerCapital);
    }

    /// <summary>Whether a key names a secret it holds: a password, passphrase, secret, credential or access token, or one of the secret
    /// kinds of key (<c>signing-key</c>, <c>x-api-key</c>); not a descriptive key (<c>secret_name</c>) nor a token that pages requests.</summary>
    private static bool NamesSecret(ReadOnlySpan<char> key)
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
            || name.EndsWith("pass", StringComparison.Ordinal) || name.EndsWith("pwd", StringComparison.Ordinal) || name.EndsWith("pw", StringComparison.Ordinal)
            || NamedSecretRecognizer.IsSecretKeyName(name);
    }
}
