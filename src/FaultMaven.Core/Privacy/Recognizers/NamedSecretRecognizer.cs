using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secret values named by their key or flag: <c>password=</c>, <c>client_secret: "…"</c>, <c>&lt;password&gt;…&lt;/password&gt;</c>,
/// <c>&lt;add key="ApiSecret" value="…"/&gt;</c>, <c>mysql -p…</c>, <c>redis-cli -a …</c>. A value must look like a secret:
/// not a placeholder or reference, not a number, path, boolean or UUID, and random enough.</summary>
internal sealed partial class NamedSecretRecognizer : PiiRecognizer
{
    // Keys that name something about a secret rather than hold one: secret_name, password_min_length, token_type, …
    private static readonly string[] DescriptiveSuffixes =
    [
        "name", "names", "length", "len", "min", "max", "id", "ids", "file", "path", "dir", "ref", "arn", "version", "ttl", "count", "policy",
        "type", "kind", "enabled", "disabled", "required", "expiry", "expires", "expiration", "expires_in", "age", "rotation", "provider", "store",
        "header", "field", "prefix", "url", "uri", "endpoint", "location", "format", "mode", "scope", "scopes", "algorithm", "size", "timeout",
        "interval", "label", "fingerprint", "hint", "reset", "strength", "mask", "masked", "hash", "limit", "source", "env", "var",
    ];

    private static readonly SearchValues<string> SecretWords = SearchValues.Create(
        ["pass", "pwd", "secret", "key", "token", "credential", "session"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] SecretKeyNames = ["apikey", "appkey", "accesskey", "authkey", "signingkey", "privatekey", "masterkey", "encryptionkey", "secretkey", "clientkey", "licensekey"];

    private static readonly SearchValues<char> NumberLike = SearchValues.Create("0123456789.:-_msh");
    private static readonly SearchValues<string> CredentialWords = SearchValues.Create(["pass", "pwd", "secret", "key", "token", "credential", "auth"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly SearchValues<char> TokenAlphabet = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=.");
    private static readonly SearchValues<char> Letters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> LowerPath = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789/_.-");

    private static readonly HashSet<string> NotSecrets = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "null", "none", "nil", "undefined", "empty", "required", "optional", "disabled", "enabled", "redacted", "hidden", "secret",
        "password", "unset", "default", "string", "bearer", "basic", "token", "invalid", "expired", "missing", "present", "yes", "no",
    };

    public override void Recognize(string text, Findings found)
    {
        // Find the secret word first (a fast multi-string search), then widen it to the whole key and read what follows.
        var lastKeyEnd = -1;
        foreach (var word in Anchors.Matches(text, SecretWords, SecretWordPattern()))
        {
            // SessionToken holds two secret words: its key was read at the first one.
            if (word.Index < lastKeyEnd)
            {
                continue;
            }

            var keyStart = word.Index;
            while (keyStart > 0 && word.Index - keyStart < 40 && IsKeyChar(text[keyStart - 1]))
            {
                keyStart--;
            }

            var keyEnd = word.Index + word.Length;
            while (keyEnd < text.Length && keyEnd - word.Index < 48 && IsKeyChar(text[keyEnd]))
            {
                keyEnd++;
            }

            // "key" alone is too common (idempotency_key, flag_key): only the kinds of key that are secrets count.
            if (word.Length == 3 && !IsSecretKeyName(text.AsSpan(keyStart, word.Index + 3 - keyStart)))
            {
                continue;
            }

            lastKeyEnd = keyEnd;

            var key = text.AsSpan(keyStart, keyEnd - keyStart);
            if (SeparatorValuePattern().Match(text, keyEnd) is { Success: true } value)
            {
                if (!IsSessionOnly(key) || IsSessionCredential(text, keyStart, keyEnd, value.Groups["value"]))
                {
                    Consider(text, key, value.Groups["value"], found);
                }
            }
            else if (ProsePattern().Match(text, keyEnd) is { Success: true } prose && IsStrongValue(prose.Groups["value"].ValueSpan.TrimEnd(".!?)")))
            {
                // "our db password is X", "the new pass for grafana admin is X": only a value no sentence would hold counts.
                Consider(text, key, prose.Groups["value"], found);
            }
        }

        if (text.Contains('<'))
        {
            foreach (Match match in XmlElementPattern().Matches(text))
            {
                Consider(text, match.Groups["key"].ValueSpan, match.Groups["value"], found);
            }

            foreach (Match match in XmlAttributePattern().Matches(text))
            {
                Consider(text, match.Groups["key"].ValueSpan, match.Groups["value"], found);
            }
        }

        foreach (Match match in FlagPattern().Matches(text))
        {
            Consider(text, "password", match.Groups["value"], found);
        }
    }

    private static void Consider(string text, ReadOnlySpan<char> key, Group value, Findings found)
    {
        var v = value.ValueSpan.TrimEnd(",)]}");
        if (IsDescriptive(key) || !LooksSecret(v))
        {
            return;
        }

        var score = Checks.Entropy(v) >= 3.0 ? 0.85 : 0.6;
        found.Add(PiiType.GenericSecret, value.Index, value.Index + v.Length, score);
    }

    private static bool IsDescriptive(ReadOnlySpan<char> key)
    {
        key = key.Trim("\"'-");
        var lower = key.ToString().ToLowerInvariant().Replace('-', '_');
        foreach (var suffix in DescriptiveSuffixes)
        {
            // secret_name, secret.name, or camel case secretName.
            if (lower.EndsWith("_" + suffix, StringComparison.Ordinal) || lower.EndsWith("." + suffix, StringComparison.Ordinal)
                || lower.Length > suffix.Length + 4 && lower.EndsWith(suffix, StringComparison.Ordinal) && char.IsUpper(key[^suffix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksSecret(ReadOnlySpan<char> value)
    {
        if (value.Length < 6 || Checks.Placeholder(value) || NotSecrets.Contains(value.ToString()) || Checks.Uuid(value) || IsHexNumber(value) || IsObjectDump(value))
        {
            return false;
        }

        // Numbers, durations and sizes; lower-case paths and dotted names (prod/orders/db, com.acme.Service).
        if (!value.ContainsAnyExcept(NumberLike) || value[0] is '/' or '.'
            || value.Contains('/') && !value.ContainsAnyExcept(LowerPath))
        {
            return false;
        }

        return Checks.Entropy(value) >= 2.5;
    }

    private static bool IsSecretKeyName(ReadOnlySpan<char> key)
    {
        Span<char> compact = stackalloc char[key.Length];
        var n = 0;
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact[n++] = char.ToLowerInvariant(c);
            }
        }

        foreach (var name in SecretKeyNames)
        {
            if (compact[..n].EndsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether "session" is the key's only secret word (sessionid, SessionTracker), not session_token or session_key.</summary>
    private static bool IsSessionOnly(ReadOnlySpan<char> key)
    {
        var at = key.IndexOf("session", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && key[..at].IndexOfAny(CredentialWords) < 0 && key[(at + 7)..].IndexOfAny(CredentialWords) < 0;
    }

    /// <summary>A session names a credential where it is handed over — a cookie, an assignment <c>session=…</c> — or where its value
    /// is a long random token; never when the value is a plain lower-case word ("sessions: reconnected to redis") or a number
    /// (ZooKeeper's <c>sessionid:0x14ed…</c>), and not a class name after a colon (<c>SessionTracker:ZooKeeperServer@325</c>).</summary>
    private static bool IsSessionCredential(string text, int keyStart, int keyEnd, Group value)
    {
        var v = value.ValueSpan;
        if (IsPlainWord(v) || IsHexNumber(v))
        {
            return false;
        }

        return text.AsSpan(keyEnd, value.Index - keyEnd).Contains('=') || TextContext.OnLineBefore(text, keyStart, 200, "cookie")
            || v.Length >= 16 && !v.ContainsAnyExcept(TokenAlphabet) && v.ContainsAnyInRange('0', '9');
    }

    private static bool IsPlainWord(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange('a', 'z');

    /// <summary>A <c>0x</c> literal of up to 64 bits is a number (an id, a flag, an address); longer ones may be keys.</summary>
    private static bool IsHexNumber(ReadOnlySpan<char> value) =>
        value.Length is > 2 and <= 18 && value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && !value[2..].ContainsAnyExcept(HexDigits);

    /// <summary>An object printed by its type: Android's <c>Token{a64f992 …}</c>, not a value.</summary>
    private static bool IsObjectDump(ReadOnlySpan<char> value)
    {
        var brace = value.IndexOf('{');
        return brace >= 3 && char.IsAsciiLetterUpper(value[0]) && !value[..brace].ContainsAnyExcept(Letters);
    }

    /// <summary>Gets whether a value in a sentence is unlike a word: it holds a digit or a symbol, or capitals past its first letter.</summary>
    private static bool IsStrongValue(ReadOnlySpan<char> value) =>
        value.Length >= 6 && (value.ContainsAnyExcept(Letters) || value[1..].ContainsAnyInRange('A', 'Z'));

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    [GeneratedRegex(@"\G(?:passw(?:or)?d|passphrase|pwd|secret|token|credential|session|key)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SecretWordPattern();

    // After the key: = value, : value, "key": "value", => value; the value runs to a delimiter.
    [GeneratedRegex(@"\G[""']?[ \t]{0,4}(?::|=|=>)[ \t]{0,4}[""']?(?<value>[^\s""'<>;,&`]{1,512})", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorValuePattern();

    // In a sentence: "is X", "was X", "for <up to three words> is X"; the value runs to white space or a quote.
    [GeneratedRegex(@"\G(?:[ \t]{1,3}(?:for|of|on)(?:[ \t]{1,3}[^\s]{1,64}){1,3}?)?[ \t]{1,3}(?:is|was|is now|will be)[ \t]{1,3}[""'`]?(?<value>[^\s""'`<>]{6,128})", RegexOptions.CultureInvariant)]
    private static partial Regex ProsePattern();

    [GeneratedRegex(@"<(?<key>[\w.-]{0,40}(?i:password|passwd|secret|token|apikey|api_key)[\w.-]{0,24})>(?<value>[^<\s]{1,512})</\k<key>>", RegexOptions.CultureInvariant)]
    private static partial Regex XmlElementPattern();

    [GeneratedRegex(@"(?i:key|name)=""(?<key>[^""]{0,40}(?i:password|passwd|secret|token|apikey|api_key|credential)[^""]{0,24})""[ \t]{1,4}(?i:value)=""(?<value>[^""\s]{1,512})""", RegexOptions.CultureInvariant)]
    private static partial Regex XmlAttributePattern();

    // mysql -p<password> / --password <password>, redis-cli -a <password>.
    [GeneratedRegex(@"[ \t](?:-p(?<=\bmysql(?:dump|admin)?\b[^\n]{0,200}-p)(?<value>[^\s'""]{1,128})|--password[ \t]{1,3}(?<value>[^\s'""-][^\s'""]{0,255})|-a(?<=\bredis-cli\b[^\n]{0,200}-a)[ \t]{1,3}(?<value>[^\s'""-][^\s'""]{0,255}))", RegexOptions.CultureInvariant)]
    private static partial Regex FlagPattern();
}
