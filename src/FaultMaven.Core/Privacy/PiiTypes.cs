using System.Collections.Frozen;

namespace FaultMaven.Core.Privacy;

/// <summary>The shared vocabulary of <see cref="PiiType"/> labels (<c>EMAIL</c>, <c>US_SSN</c>, …) and the families of types.</summary>
public static class PiiTypes
{
    private static readonly FrozenDictionary<PiiType, string> Labels = new Dictionary<PiiType, string>
    {
        [PiiType.Email] = "EMAIL",
        [PiiType.Phone] = "PHONE",
        [PiiType.IPv4] = "IPV4",
        [PiiType.IPv6] = "IPV6",
        [PiiType.CreditCard] = "CREDIT_CARD",
        [PiiType.Iban] = "IBAN",
        [PiiType.UsSsn] = "US_SSN",
        [PiiType.Mac] = "MAC",
        [PiiType.Person] = "PERSON",
        [PiiType.UrlCredentials] = "URL_CREDENTIALS",
        [PiiType.ConnectionString] = "CONNECTION_STRING",
        [PiiType.AwsAccessKey] = "AWS_ACCESS_KEY",
        [PiiType.AwsSecretKey] = "AWS_SECRET_KEY",
        [PiiType.GitHubToken] = "GITHUB_TOKEN",
        [PiiType.SlackToken] = "SLACK_TOKEN",
        [PiiType.Jwt] = "JWT",
        [PiiType.PrivateKey] = "PRIVATE_KEY",
        [PiiType.ApiKey] = "API_KEY",
        [PiiType.GenericSecret] = "GENERIC_SECRET",
        [PiiType.BearerToken] = "BEARER_TOKEN",
        [PiiType.BasicAuth] = "BASIC_AUTH",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, PiiType> ByLabel =
        Labels.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets every type, in declaration order.</summary>
    public static IReadOnlyList<PiiType> All { get; } = Enum.GetValues<PiiType>();

    /// <summary>Gets the shared label of a type, e.g. <c>US_SSN</c>.</summary>
    public static string Label(this PiiType type) => Labels[type];

    /// <summary>Finds the type with a label (case-insensitive), or returns false.</summary>
    public static bool TryParse(string label, out PiiType type) => ByLabel.TryGetValue(label.Trim(), out type);

    /// <summary>Gets whether a text is wholly one of the redactor's markers (<c>&lt;EMAIL_3&gt;</c>, <c>&lt;API_KEY&gt;</c>,
    /// <c>&lt;JWT:1a2b3c4d&gt;</c>): a value that was there and was taken out, not a placeholder someone left.</summary>
    public static bool IsRedactionMarker(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] != '<' || text[^1] != '>')
        {
            return false;
        }

        var inner = text[1..^1];
        var colon = inner.IndexOf(':');
        if (colon >= 0)
        {
            var digest = inner[(colon + 1)..];
            return digest.Length == 8 && !digest.ContainsAnyExcept(LowerHex) && IsLabel(inner[..colon]);
        }

        if (IsLabel(inner))
        {
            return true;
        }

        var underscore = inner.LastIndexOf('_');
        return underscore > 0 && underscore < inner.Length - 1 && !inner[(underscore + 1)..].ContainsAnyExceptInRange('0', '9')
            && IsLabel(inner[..underscore]);
    }

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    private static bool IsLabel(ReadOnlySpan<char> label) => ByLabel.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(label);

    /// <summary>Gets whether a type is a credential or key rather than personal data; secrets are never let through.</summary>
    public static bool IsSecret(this PiiType type) => type is PiiType.UrlCredentials or PiiType.ConnectionString
        or PiiType.AwsAccessKey or PiiType.AwsSecretKey or PiiType.GitHubToken or PiiType.SlackToken or PiiType.Jwt
        or PiiType.PrivateKey or PiiType.ApiKey or PiiType.GenericSecret or PiiType.BearerToken or PiiType.BasicAuth;
}
