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

            if (SeparatorValuePattern().Match(text, keyEnd) is { Success: true } value
                && !(word.Value.Equals("session", StringComparison.OrdinalIgnoreCase) && IsPlainWord(value.Groups["value"].ValueSpan)))
            {
                Consider(text, text.AsSpan(keyStart, keyEnd - keyStart), value.Groups["value"], found);
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
        if (value.Length < 6 || Checks.Placeholder(value) || NotSecrets.Contains(value.ToString()) || Checks.Uuid(value))
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

    /// <summary>A session id is never a plain lower-case word: "sessions: reconnected to redis" is a log message, not a secret.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange('a', 'z');

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    [GeneratedRegex(@"\G(?:passw(?:or)?d|passphrase|pwd|secret|token|credential|session|key)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SecretWordPattern();

    // After the key: = value, : value, "key": "value", => value; the value runs to a delimiter.
    [GeneratedRegex(@"\G[""']?[ \t]{0,4}(?::|=|=>)[ \t]{0,4}[""']?(?<value>[^\s""'<>;,&`]{1,512})", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorValuePattern();

    [GeneratedRegex(@"<(?<key>[\w.-]{0,40}(?i:password|passwd|secret|token|apikey|api_key)[\w.-]{0,24})>(?<value>[^<\s]{1,512})</\k<key>>", RegexOptions.CultureInvariant)]
    private static partial Regex XmlElementPattern();

    [GeneratedRegex(@"(?i:key|name)=""(?<key>[^""]{0,40}(?i:password|passwd|secret|token|apikey|api_key|credential)[^""]{0,24})""[ \t]{1,4}(?i:value)=""(?<value>[^""\s]{1,512})""", RegexOptions.CultureInvariant)]
    private static partial Regex XmlAttributePattern();

    // mysql -p<password> / --password <password>, redis-cli -a <password>.
    [GeneratedRegex(@"[ \t](?:-p(?<=\bmysql(?:dump|admin)?\b[^\n]{0,200}-p)(?<value>[^\s'""]{1,128})|--password[ \t]{1,3}(?<value>[^\s'""-][^\s'""]{0,255})|-a(?<=\bredis-cli\b[^\n]{0,200}-a)[ \t]{1,3}(?<value>[^\s'""-][^\s'""]{0,255}))", RegexOptions.CultureInvariant)]
    private static partial Regex FlagPattern();
}
