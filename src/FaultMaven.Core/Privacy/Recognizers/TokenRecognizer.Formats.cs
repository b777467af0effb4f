using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Formats found by their own marks wherever they stand (issue 18, unseen3): crypt(3) password hashes (htpasswd, shadow,
/// bcrypt, argon2), Google OAuth access tokens (<c>ya29.</c>) printed alone, New Relic license keys (40 characters ending <c>NRAL</c>).</summary>
internal sealed partial class TokenRecognizer
{
    private static readonly SearchValues<string> CryptPrefixes = SearchValues.Create(
        ["$1$", "$5$", "$6$", "$7$", "$2a$", "$2b$", "$2x$", "$2y$", "$apr1$", "$y$", "$gy$", "$sha1$", "$argon2", "$pbkdf2"], StringComparison.Ordinal);

    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    private static void FindFormats(string text, Findings found)
    {
        // A password hash can be cracked offline: it is kept from the model as the password would be.
        foreach (var match in Anchors.Matches(text, CryptPrefixes, CryptHashPattern()))
        {
            var digest = match.ValueSpan[(match.ValueSpan.LastIndexOf('$') + 1)..];
            if (digest.Length >= 16 && Checks.Entropy(digest) >= 3.5)
            {
                found.Add(PiiType.GenericSecret, match.Index, match.Index + match.Length, 0.9);
            }
        }

        if (text.Contains("ya29.", StringComparison.Ordinal))
        {
            foreach (var match in GoogleAccessTokenPattern().EnumerateMatches(text))
            {
                if (IsRealToken(text.AsSpan(match.Index, match.Length)))
                {
                    found.Add(PiiType.BearerToken, match.Index, match.Index + match.Length, 0.95);
                }
            }
        }

        // The suffix marks the key, so it is searched for and the 36 hex digits before it are checked.
        for (var at = text.IndexOf("NRAL", StringComparison.Ordinal); at >= 0; at = at + 4 < text.Length ? text.IndexOf("NRAL", at + 4, StringComparison.Ordinal) : -1)
        {
            var start = at - 36;
            if (start >= 0 && !text.AsSpan(start, 36).ContainsAnyExcept(LowerHexDigits)
                && (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1])) && (at + 4 == text.Length || !char.IsAsciiLetterOrDigit(text[at + 4])))
            {
                found.Add(PiiType.ApiKey, start, at + 4, 0.9);
            }
        }
    }

    // $id$[params$]salt$digest: MD5-crypt, SHA-crypt, bcrypt (no salt separator), Apache's apr1, yescrypt, argon2, PBKDF2.
    [GeneratedRegex(@"\G(?<![\w$])\$(?:1|5|6|7|2[abxy]|apr1|y|gy|sha1|argon2(?:id|i|d)|pbkdf2(?:-sha(?:1|256|512))?)\$[A-Za-z0-9./+=,$-]{20,512}(?![A-Za-z0-9./+=,$-])", RegexOptions.CultureInvariant)]
    private static partial Regex CryptHashPattern();

    // Service-account tokens hold dots too (ya29.c.b0A…); a dot that ends the sentence is not part of one.
    [GeneratedRegex(@"(?<![\w.-])ya29\.[A-Za-z0-9_-][A-Za-z0-9_.-]{18,2046}[A-Za-z0-9_-](?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex GoogleAccessTokenPattern();
}
