using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets with a format of their own: PEM private keys (also JSON-escaped or base64-encoded), JWTs (header decoded),
/// AWS access key ids, GitHub, Slack and vendor-prefixed API keys. Placeholders such as <c>ghp_xxxx…</c> are left alone.</summary>
internal sealed partial class TokenRecognizer : PiiRecognizer
{
    private const string Base64Begin = "LS0tLS1CRUdJT"; // "-----BEGIN" in base64

    private static readonly SearchValues<string> ApiKeyPrefixes = SearchValues.Create(
        ["sk_live_", "rk_live_", "glpat-", "AIza", "npm_", "SG.", "sk-", "hvs.", "dop_v1_", "shpat_", "shpss_", "shpca_", "shppa_", "hf_", "pypi-",
         "whsec_", "sk_test_", "dckr_pat_", "glsa_", "glc_", "NRAK-", "sntrys_", "sntryu_", "lin_api_", "PMAK-", "dapi", "ATATT3", "glrt-", "gldt-",
         "glptt-", "xkeysib-", "sq0atp-", "sq0csp-", "pul-", "dp.pt.", "dp.st.", "dp.sa.", "fo1_", "AGE-SECRET-KEY-1", "key-", "squ_", "sqp_", "sqa_"], StringComparison.Ordinal);

    public override void Recognize(string text, Findings found)
    {
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            FindPemKeys(text, found);
        }

        // "-----BEGIN" in base64 starts a Kubernetes tls.key or similar blob; widen the marker to the whole blob and decode it.
        for (var marker = text.IndexOf(Base64Begin, StringComparison.Ordinal); marker >= 0; marker = marker + 1 < text.Length ? text.IndexOf(Base64Begin, marker + 1, StringComparison.Ordinal) : -1)
        {
            var start = marker;
            while (start > 0 && marker - start < 3 && IsBase64(text[start - 1]))
            {
                start--;
            }

            var end = marker;
            while (end < text.Length && end - start < 65536 && IsBase64(text[end]))
            {
                end++;
            }

            while (end < text.Length && end - start < 65536 && text[end] == '=')
            {
                end++;
            }

            var decoded = Checks.DecodeBase64(text.AsSpan(start, end - start), maxChars: 65536);
            if (decoded is not null && decoded.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            {
                found.Add(PiiType.PrivateKey, start, end, 0.99);
            }

            // The rest of this blob was decoded with it: markers inside it are not decoded again (linear however many repeat).
            marker = Math.Max(marker, end - 1);
        }

        if (text.Contains("eyJ", StringComparison.Ordinal))
        {
            foreach (var match in JwtPattern().EnumerateMatches(text))
            {
                var header = text.AsSpan(match.Index, text.AsSpan(match.Index, match.Length).IndexOf('.'));
                if (IsJwtHeader(Checks.DecodeBase64(header)))
                {
                    found.Add(PiiType.Jwt, match.Index, match.Index + match.Length, 0.99);
                }
            }
        }

        Add(text, found, PiiType.AwsAccessKey, AwsAccessKeyPattern(), 0.95);
        Add(text, found, PiiType.GitHubToken, GitHubPattern(), 0.99);
        Add(text, found, PiiType.SlackToken, SlackPattern(), 0.99);

        // Telegram bot tokens (bot id, colon, 35 characters starting AA), and the secret part of Discord and Microsoft Teams webhook URLs.
        if (text.Contains(":AA", StringComparison.Ordinal))
        {
            Add(text, found, PiiType.ApiKey, TelegramBotTokenPattern(), 0.9);
        }

        if (text.Contains("/api/webhooks/", StringComparison.Ordinal) || text.Contains("/IncomingWebhook/", StringComparison.Ordinal))
        {
            foreach (Match match in WebhookSecretPattern().Matches(text))
            {
                var secret = match.Groups["secret"];
                found.Add(PiiType.GenericSecret, secret.Index, secret.Index + secret.Length, 0.9);
            }
        }

        FindFormats(text, found);

        // Vendor prefixes are found with one multi-string search; the full pattern then runs only where one starts.
        foreach (var match in Anchors.Matches(text, ApiKeyPrefixes, ApiKeyPattern()))
        {
            if (IsRealToken(match.ValueSpan))
            {
                // A Stripe webhook signing secret signs, it calls no API: a generic secret, as the key names it (STRIPE_WEBHOOK_SECRET).
                // An age identity is a private key (X25519), not a key to a service.
                var type = match.ValueSpan.StartsWith("whsec_", StringComparison.Ordinal) ? PiiType.GenericSecret
                    : match.ValueSpan.StartsWith("AGE-SECRET-KEY-1", StringComparison.Ordinal) ? PiiType.PrivateKey : PiiType.ApiKey;
                found.Add(type, match.Index, match.Index + match.Length, 0.95);
            }
        }
    }

    /// <summary>Gets whether the random tail of a token mixes characters as a real one does; ghp_xxxx… and AKIAXXXXXXXXXXXXXXXX do not.</summary>
    private static bool IsRealToken(ReadOnlySpan<char> token)
    {
        // A webhook URL's secret is its last path segment: documentation's …/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX is an example.
        var tail = token.StartsWith("https://", StringComparison.Ordinal) ? token[(token.LastIndexOf('/') + 1)..] : token[Math.Min(token.Length, 6)..];
        return !Checks.Placeholder(tail) && Checks.Entropy(tail) >= 2.5;
    }

    private static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/';

    private static void Add(string text, Findings found, PiiType type, Regex pattern, double score)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            if (IsRealToken(text.AsSpan(match.Index, match.Length)))
            {
                found.Add(type, match.Index, match.Index + match.Length, score);
            }
        }
    }

    /// <summary>Each header starts a key that runs to its footer, or when the footer is missing to the end of its body. Headers
    /// inside a key already found are skipped and a footer known to be absent is not searched for again, so the scan stays
    /// linear however many headers the text repeats.</summary>
    private static void FindPemKeys(string text, Findings found)
    {
        var footerless = new HashSet<string>(StringComparer.Ordinal);
        for (var match = PemHeaderPattern().Match(text); match.Success;)
        {
            var kind = text.Substring(match.Index + 11, match.Length - 16); // between "-----BEGIN " and "-----"
            var end = footerless.Contains(kind) ? -1 : text.IndexOf("-----END " + kind + "-----", match.Index + match.Length, StringComparison.Ordinal);
            if (end < 0)
            {
                footerless.Add(kind);
            }

            // A key cut off before its footer still must not leak: take it to the end of its base64 body. A header with no body
            // after it (named in a message) hides nothing.
            var stop = end >= 0 ? end + 14 + kind.Length : BodyEnd(text, match.Index + match.Length);
            if (stop > match.Index + match.Length)
            {
                found.Add(PiiType.PrivateKey, match.Index, stop, 0.99);
            }
            else
            {
                stop = match.Index + match.Length;
            }

            match = stop < text.Length ? PemHeaderPattern().Match(text, stop) : Match.Empty;
        }
    }

    /// <summary>Where a key's base64 body ends when its footer is missing or garbled: after the last run of base64 that a body
    /// holds (lines of 16 or more characters, a short last line, the <c>Proc-Type:</c>/<c>DEK-Info:</c> lines of an encrypted key),
    /// separated by line breaks, indentation or escaped line breaks. It depends on the key's own characters only, so it is the same
    /// however the text around it was cut, and prose after a header named in a message (<c>expected "-----BEGIN … KEY-----" but
    /// found …</c>) is no body at all.</summary>
    internal static int BodyEnd(string text, int from)
    {
        var end = from;
        var i = from;
        while (i < text.Length)
        {
            var j = i;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\n' or '\\')
            {
                j++;
            }

            var k = j;
            while (k < text.Length && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '+' or '/' or '='))
            {
                k++;
            }

            var h = j < text.Length && text[j] == 'n' && text[j - 1] == '\\' ? j + 1 : j;
            if (text.AsSpan(h).StartsWith("Proc-Type:", StringComparison.Ordinal) || text.AsSpan(h).StartsWith("DEK-Info:", StringComparison.Ordinal))
            {
                // To the line's end, or to an escaped line break in JSON.
                k = text.AsSpan(h).IndexOfAny('\n', '\\') is var line and >= 0 ? h + line : text.Length;
                end = i = k;
                continue;
            }

            if (k - j >= 16 || k > j && end > from && (text.AsSpan(j, k - j).EndsWith('=') || LineEndsAt(text, k)))
            {
                end = i = k;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>A body's short last line ends its line (or the text, or an escaped line break).</summary>
    private static bool LineEndsAt(string text, int k) =>
        k >= text.Length || text[k] is '\r' or '\n' || text[k] == '\\' && TextContext.CharAt(text, k + 1) is 'n' or 'r';

    private static bool IsJwtHeader(string? json)
    {
        if (json is null)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("alg", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // PEM and OpenSSH keys, and OpenPGP's armoured "PRIVATE KEY BLOCK".
    [GeneratedRegex(@"-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----", RegexOptions.CultureInvariant)]
    private static partial Regex PemHeaderPattern();

    [GeneratedRegex(@"(?<![\w-])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{8,2048}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex JwtPattern();

    [GeneratedRegex(@"(?:(?<=/bot)|(?<![\w:-]))\d{8,10}:AA[A-Za-z0-9_-]{33}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex TelegramBotTokenPattern();

    [GeneratedRegex(@"(?:discord(?:app)?\.com/api/webhooks/\d{16,20}/(?<secret>[A-Za-z0-9_-]{50,100})|\.webhook\.office\.com/webhookb2/[^\s/]{1,200}/IncomingWebhook/(?<secret>[0-9a-fA-F]{32}))(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex WebhookSecretPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex AwsAccessKeyPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex GitHubPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9-])(?:xox[abposr]-\d{6,16}-[A-Za-z0-9-]{8,200}|xapp-\d-[A-Z0-9]{6,16}-\d{6,16}-[a-f0-9]{16,128}|https://hooks\.slack\.com/(?:services|workflows)/T[A-Z0-9]{6,12}/[AB][A-Z0-9]{6,14}/[A-Za-z0-9]{12,64})(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SlackPattern();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_-])(?:(?:sk|rk)_live_[A-Za-z0-9]{16,247}|glpat-[A-Za-z0-9_-]{20,64}|AIza[A-Za-z0-9_-]{35}|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}|sk-(?:proj|ant|svcacct|admin)-[A-Za-z0-9_-]{20,300}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|hvs\.[A-Za-z0-9_-]{24,200}|dop_v1_[a-f0-9]{64}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|hf_[A-Za-z0-9]{30,40}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}"
        // Stripe webhook signing secrets; Docker Hub, Grafana, New Relic, Sentry, Linear, Postman, Databricks, Atlassian, GitLab runner/deploy/
        // trigger, Brevo, Square, Pulumi, Doppler, Fly.io tokens; age secret keys; Mailgun's key- and 32 hex digits; SonarQube user, project
        // and global analysis tokens.
        + @"|whsec_[A-Za-z0-9+/=]{24,128}|sk_test_[A-Za-z0-9]{16,247}|dckr_pat_[A-Za-z0-9_-]{20,64}|glsa_[A-Za-z0-9]{32}_[a-fA-F0-9]{8}|glc_[A-Za-z0-9+/=]{32,400}"
        + @"|NRAK-[A-Z0-9]{27}|sntry[su]_[A-Za-z0-9_=+/-]{40,300}|lin_api_[A-Za-z0-9]{40}|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|dapi[a-f0-9]{32}(?:-\d)?"
        + @"|ATATT3[A-Za-z0-9_=-]{100,300}|gl(?:rt|dt|ptt)-[A-Za-z0-9_-]{20,64}|xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}"
        + @"|pul-[a-f0-9]{40}|dp\.(?:pt|st|sa)\.[A-Za-z0-9_.-]{40,64}|fo1_[A-Za-z0-9_-]{43}|AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}|key-[0-9a-f]{32}|sq[upa]_[a-f0-9]{40})(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex ApiKeyPattern();
}
