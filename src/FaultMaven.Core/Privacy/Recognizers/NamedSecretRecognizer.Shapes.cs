using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Shapes a named secret takes beyond "key = value" (issue 18, unseen3): two-column tables, .netrc entries, base64
/// user:password under an "auth" key, "key" named by the word before it, alerting integration keys, cookie-named config keys.</summary>
internal sealed partial class NamedSecretRecognizer
{
    // Keys that hold an alerting service's integration key (PagerDuty's routing_key, integration_key, service_key) — 32 hex
    // digits; a message broker's routing_key (orders.created) is a name.
    private static readonly string[] HexKeyNames = ["routingkey", "integrationkey", "servicekey"];

    // Keys that are an HTTP header or field of cookies (read by the credential reader), not a config key holding one cookie's secret.
    private static readonly HashSet<string> CookieHeaders = new(StringComparer.OrdinalIgnoreCase) { "cookie", "cookies", "set-cookie", "cookie2", "set-cookie2" };
    private static readonly SearchValues<char> ArnBoundaries = SearchValues.Create(" \t\r\n\"'=,[");
    private static readonly SearchValues<string> AuthAnchors = SearchValues.Create(["auth"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Docker's config.json <c>"auth": "…"</c>, npm's <c>_auth=…</c>, a <c>basic_auth:</c> field: base64 of user:password, or a
    /// random token, under a key that is "auth" alone. "auth=ldap", "auth: none" and "auth=ok" are settings, not values of this shape.</summary>
    private static void FindAuthBlobs(string text, Findings found)
    {
        foreach (var match in Anchors.Matches(text, AuthAnchors, AuthBlobPattern()))
        {
            var blob = match.Groups["value"];
            if (Checks.DecodeBase64(blob.ValueSpan) is { } decoded && decoded.IndexOf(':') is > 0 and var colon && colon < decoded.Length - 1
                && !decoded.Any(char.IsControl)
                || blob.Length >= 16 && Checks.Entropy(blob.ValueSpan) >= 3.5 && blob.ValueSpan.ContainsAnyInRange('0', '9')
                && blob.ValueSpan.ContainsAnyInRange('a', 'z') && blob.ValueSpan.ContainsAnyInRange('A', 'Z'))
            {
                found.Add(PiiType.GenericSecret, blob.Index, blob.Index + blob.Length, 0.9);
            }
        }
    }

    /// <summary>A key listed by its name and value (<c>az storage account keys list</c>, <c>az servicebus … keys list</c>):
    /// <c>"keyName": "key1", …, "value": "…"</c>. The value is the key when it is 40–88 characters of base64; a "value" far from a
    /// key's name, or a short or plain one, is left alone.</summary>
    private static void FindListedKeys(string text, Findings found)
    {
        foreach (Match match in ListedKeyValuePattern().Matches(text))
        {
            var value = match.Groups["value"];
            var from = Math.Max(0, match.Index - 240);
            if (text.AsSpan(from, match.Index - from).Contains("keyname", StringComparison.OrdinalIgnoreCase)
                && Checks.Entropy(value.ValueSpan) >= 4.0 && value.ValueSpan.ContainsAnyInRange('0', '9') && value.ValueSpan.ContainsAnyInRange('A', 'Z'))
            {
                found.Add(PiiType.GenericSecret, value.Index, value.Index + value.Length, 0.9);
            }
        }
    }

    /// <summary>Gets whether "key" with the word before it names a secret: "signing key", "API key", "private key".</summary>
    private static bool IsSecretKeyPhrase(string text, int keyStart, int wordIndex)
    {
        if (keyStart != wordIndex || keyStart < 2 || text[keyStart - 1] != ' ')
        {
            return false;
        }

        var end = keyStart - 1;
        var start = end;
        while (start > 0 && end - start < 16 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        if (start == end)
        {
            return false;
        }

        Span<char> phrase = stackalloc char[end - start + 3];
        text.AsSpan(start, end - start).CopyTo(phrase);
        "key".CopyTo(phrase[(end - start)..]);
        return IsSecretKeyName(phrase);
    }

    private static bool IsNamed(ReadOnlySpan<char> key, string[] names)
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

        foreach (var name in names)
        {
            if (compact[..n].EndsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A .netrc's "machine HOST login USER password PASSWORD": "machine" opens its line and "login" follows it before the
    /// password (a sentence such as "the build machine cannot login with password authentication" is not an entry).</summary>
    private static bool IsNetrc(string text, int keyStart)
    {
        var from = Math.Max(0, keyStart - 200);
        var window = text.AsSpan(from, keyStart - from);
        var machine = window.LastIndexOf("machine ", StringComparison.Ordinal);
        if (machine < 0)
        {
            return false;
        }

        var i = from + machine;
        while (i > from && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return (i == 0 || text[i - 1] == '\n') && window[machine..].Contains("login ", StringComparison.Ordinal);
    }

    /// <summary>Gets whether the key at <paramref name="keyStart"/> is a segment of an ARN or of a lookup expression: "arn:" or "{{" opens the run of characters (no blank,
    /// no quote) it stands in, at most 64 characters before it.</summary>
    private static bool InArn(string text, int keyStart)
    {
        var from = Math.Max(0, keyStart - 64);
        var window = text.AsSpan(from, keyStart - from);
        var run = window[(window.LastIndexOfAny(ArnBoundaries) + 1)..];
        // Also a segment of a lookup expression ({{resolve:secretsmanager:prod/db:SecretString:password}}, ${ssm:/app/db-password},
        // %[env(API_TOKEN)]): what follows the secret word is the rest of the path being looked up.
        return run.StartsWith("arn:", StringComparison.Ordinal) || run.Length >= 2 && run[0] is '{' or '$' or '%' && run[1] is '{' or '[';
    }

    /// <summary>Gets whether only blanks (at most 40) stand between the line's start and <paramref name="index"/>; the look back is
    /// bounded, so a megabyte without a newline is not read again for every key.</summary>
    private static bool StartsLine(string text, int index)
    {
        var i = index;
        while (i > 0 && index - i < 40 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i == 0 || text[i - 1] == '\n';
    }

    // The second column of a two-column table row: at least two aligning blanks, one value, the end of the line.
    [GeneratedRegex(@"\G[ \t]{2,40}(?<value>[^\s""'`<>]{6,256})[ \t]{0,40}(?=\r?\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TableValuePattern();

    // A JSON or YAML "value" holding 40–88 characters of base64 (a 32- or 64-byte key).
    [GeneratedRegex(@"(?<![\w])\\{0,7}[""']?value\\{0,7}[""']?[ \t]{0,3}:[ \t]{0,3}\\{0,7}[""']?(?<value>[A-Za-z0-9+/]{38,86}={0,2})(?![A-Za-z0-9+/=])", RegexOptions.CultureInvariant)]
    private static partial Regex ListedKeyValuePattern();

    // The value of a key that is "auth" alone (_auth, basic_auth, "auth":), as base64.
    [GeneratedRegex(@"\G(?<![A-Za-z0-9])(?i:auth)\\{0,7}[""']?[ \t]{0,3}[:=][ \t]{0,3}\\{0,7}[""']?(?<value>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])", RegexOptions.CultureInvariant)]
    private static partial Regex AuthBlobPattern();
}
