using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Logs;

/// <summary>The rules every log source's settings share: an absolute http(s) URL without credentials or query, and one kind of credentials.</summary>
internal static class LogSourceOptionsRules
{
    /// <summary>Checks one source's URL and credentials; <paramref name="prefix"/> names its variables (<c>FM_LOKI</c>).</summary>
    public static ValidateOptionsResult Validate(string prefix, string example, string url, string token, string? username, string? password, string tokenName = "TOKEN")
    {
        if (url.Length > 0 && (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https") || parsed.UserInfo.Length > 0 || parsed.Query.Length > 0))
        {
            return ValidateOptionsResult.Fail($"{prefix}_URL is not valid: expected an http(s) URL without credentials or query, e.g. {example} (credentials go in {prefix}_{tokenName}{(username is null ? "" : $" or {prefix}_USERNAME/{prefix}_PASSWORD")}).");
        }

        if (username is null || password is null)
        {
            return ValidateOptionsResult.Success;
        }

        if (token.Length > 0 && username.Length > 0)
        {
            return ValidateOptionsResult.Fail($"{prefix}_{tokenName} and {prefix}_USERNAME are both set: use one kind of credentials, not both.");
        }

        return password.Length > 0 && username.Length == 0
            ? ValidateOptionsResult.Fail($"{prefix}_PASSWORD is set without {prefix}_USERNAME.")
            : ValidateOptionsResult.Success;
    }
}
