using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A value whose secret-ness is said by a sibling name rather than by a key in front of it: HAR files write every header
/// and cookie as <c>{"name": "X-Api-Key", "value": "…"}</c>, so no <c>key=</c> or <c>Header:</c> precedes the value. A credential
/// header's value (the part after an auth scheme word), a <c>Cookie</c>/<c>Set-Cookie</c> header's session cookies and a session
/// cookie's value (<c>{"name": "sid", "value": "…"}</c>) are secrets; <c>Accept</c>, <c>theme=dark</c> and request ids are not.
/// Session cookies named as such are also found in plain <c>Cookie:</c> header lines, where a value that is not random-looking
/// (<c>remember_token=alice-2026-laptop</c>) passes the entropy test of the general cookie reading.</summary>
internal sealed partial class NameValuePairRecognizer : PiiRecognizer
{
    // Headers that carry a credential whatever it looks like.
    private static readonly HashSet<string> CredentialHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "proxy-authorization", "x-api-key", "api-key", "apikey", "x-apikey", "x-auth-token", "x-access-token", "x-csrf-token",
        "x-xsrf-token", "csrf-token", "x-csrftoken", "x-amz-security-token", "x-goog-api-key", "x-vault-token", "x-session-token", "x-refresh-token",
        "private-token", "x-gitlab-token", "x-hub-signature", "x-hub-signature-256", "x-shopify-access-token", "x-figma-token", "ocp-apim-subscription-key",
    };

    // Words that make a cookie name a session or login credential (JSESSIONID, remember_token, auth_session, connect.sid, csrftoken).
    private static readonly string[] CredentialCookieWords = ["sess", "sid", "token", "auth", "remember", "csrf", "xsrf", "jwt", "login", "secret", "credential", "saml"];

    public override void Recognize(string text, Findings found)
    {
        if (Keyword.In(text, "\"value\""))
        {
            foreach (Match pair in PairPattern().Matches(text))
            {
                var name = pair.Groups["name"].Success ? pair.Groups["name"] : pair.Groups["name2"];
                var value = pair.Groups["value"].Success ? pair.Groups["value"] : pair.Groups["value2"];
                Pair(name.Value, value, found);
            }
        }

        if (Keyword.In(text, "cookie"))
        {
            foreach (Match header in CookieHeaderLinePattern().Matches(text))
            {
                Cookies(header.Groups["cookies"], setCookie: header.Groups["set"].Success, found);
            }
        }
    }

    private static void Pair(string name, Group value, Findings found)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (CredentialHeaders.Contains(name))
        {
            // "Bearer xyz", "Basic xyz", "token xyz": the scheme word is kept, the credential after it goes.
            var scheme = SchemePattern().Match(value.Value);
            var start = value.Index + (scheme.Success ? scheme.Length : 0);
            var end = value.Index + value.Length;
            if (end - start >= 4 && !Checks.Placeholder(value.ValueSpan[(start - value.Index)..]))
            {
                found.Add(PiiType.GenericSecret, start, end, 0.9);
            }
        }
        else if (name.Equals("cookie", StringComparison.OrdinalIgnoreCase) || name.Equals("set-cookie", StringComparison.OrdinalIgnoreCase))
        {
            Cookies(value, setCookie: name.Equals("set-cookie", StringComparison.OrdinalIgnoreCase), found);
        }
        else if (IsCredentialCookie(name) && !DescribesCredential(name) && LooksIssued(value.ValueSpan))
        {
            found.Add(PiiType.GenericSecret, value.Index, value.Index + value.Length, 0.9);
        }
    }

    /// <summary>The session cookies of a cookie header's value; of a <c>Set-Cookie</c>, only the first pair is a cookie (the rest are
    /// attributes: Path, Expires, SameSite).</summary>
    private static void Cookies(Group cookies, bool setCookie, Findings found)
    {
        foreach (Match cookie in CookiePattern().Matches(cookies.Value))
        {
            var value = cookie.Groups["value"];
            if (IsCredentialCookie(cookie.Groups["name"].Value) && LooksIssued(value.ValueSpan))
            {
                var start = cookies.Index + value.Index;
                found.Add(PiiType.GenericSecret, start, start + value.Length, 0.9);
            }

            if (setCookie)
            {
                break;
            }
        }
    }

    /// <summary>Whether a value named a session or a token is one a server issued rather than a setting: letters and digits mixed
    /// (<c>8F3A2B1C</c>, <c>alice-2026-laptop</c>) or long and random; <c>{"name": "AUTH_MODE", "value": "oidc"}</c> and <c>3600</c> are not.</summary>
    private static bool LooksIssued(ReadOnlySpan<char> value) =>
        !Checks.Placeholder(value)
        && ((value.Length >= 6 && value.ContainsAnyInRange('0', '9') && (value.ContainsAnyInRange('a', 'z') || value.ContainsAnyInRange('A', 'Z')))
            || (value.Length >= 20 && Checks.Entropy(value) >= 3.5));

    /// <summary>A pair named after a credential's ARN, path, length or algorithm (<c>DB_SECRET_ARN</c>, <c>TOKEN_PATH</c>) holds that,
    /// not the credential; a session cookie's id (<c>session_id</c>) is the credential.</summary>
    private static bool DescribesCredential(string name) =>
        SecretValues.IsDescriptive(name) && !name.EndsWith("id", StringComparison.OrdinalIgnoreCase) && !name.EndsWith("ids", StringComparison.OrdinalIgnoreCase);

    private static bool IsCredentialCookie(string name)
    {
        foreach (var word in CredentialCookieWords)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A JSON object's "name" and "value" members, next to each other in either order (HAR headers, cookies, query strings). The value
    // is a JSON string read with its escapes; both are bounded, and the pattern has no nested quantifier that could backtrack.
    [GeneratedRegex(
        @"""name""[ \t\r\n]{0,16}:[ \t\r\n]{0,16}""(?<name>[^""\\\r\n]{1,128})""[ \t\r\n]{0,16},[ \t\r\n]{0,16}""value""[ \t\r\n]{0,16}:[ \t\r\n]{0,16}""(?<value>(?:[^""\\\r\n]|\\[^\r\n]){0,8192})""" +
        @"|""value""[ \t\r\n]{0,16}:[ \t\r\n]{0,16}""(?<value2>(?:[^""\\\r\n]|\\[^\r\n]){0,8192})""[ \t\r\n]{0,16},[ \t\r\n]{0,16}""name""[ \t\r\n]{0,16}:[ \t\r\n]{0,16}""(?<name2>[^""\\\r\n]{1,128})""",
        RegexOptions.CultureInvariant)]
    private static partial Regex PairPattern();

    [GeneratedRegex(@"(?<![\w-])(?:(?<set>(?i:set-cookie))|(?i:cookie))[ \t]{0,3}:[ \t]{0,3}(?<cookies>[^\r\n""]{1,8192})", RegexOptions.CultureInvariant)]
    private static partial Regex CookieHeaderLinePattern();

    [GeneratedRegex(@"(?:^|;)[ \t]{0,3}(?<name>[^=;\s""]{1,128})=(?<value>[^;\s""\\]{1,4096})", RegexOptions.CultureInvariant)]
    private static partial Regex CookiePattern();

    [GeneratedRegex(@"^(?i:bearer|basic|token|bot|digest|negotiate|ntlm|apikey|sso-key|aws4-hmac-sha256)[ \t]{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
