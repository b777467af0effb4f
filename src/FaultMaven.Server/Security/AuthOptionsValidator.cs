using System.Net;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Security;

/// <summary>Checks the authentication settings, and that authentication is off only while the server listens on loopback alone.</summary>
internal sealed class AuthOptionsValidator(string host) : IValidateOptions<AuthOptions>
{
    // fm_ and 256 bits: 43 base64url characters; a hex key of 64 is accepted too.
    private const int MinBootstrapKeyLength = 3 + 43;

    private static readonly string[] Roles = ["viewer", "engineer", "admin"];

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (options.Mode is not ("off" or "required"))
        {
            failures.Add($"FM_AUTH '{options.Mode}' is not valid: expected off or required.");
        }
        else if (!options.Required && !IsLoopback(host))
        {
            failures.Add($"FM_AUTH is off but FM_HOST '{host}' is not a loopback address: anyone who reaches it would be an admin. "
                + "Set FM_AUTH=required (with FM_BOOTSTRAP_ADMIN_KEY or FM_OIDC_AUTHORITY) or listen on 127.0.0.1.");
        }

        // The key itself never appears in a message.
        if (options.BootstrapAdminKey.Length > 0
            && (!options.BootstrapAdminKey.StartsWith("fm_", StringComparison.Ordinal) || options.BootstrapAdminKey.Length < MinBootstrapKeyLength || options.BootstrapAdminKey.Any(char.IsWhiteSpace)))
        {
            failures.Add("FM_BOOTSTRAP_ADMIN_KEY is not valid: expected fm_ followed by at least 43 random characters, e.g. fm_$(openssl rand -hex 32).");
        }

        if (options.OidcEnabled)
        {
            if (!Uri.TryCreate(options.OidcAuthority, UriKind.Absolute, out var authority)
                || !(authority.Scheme == "https" || (authority.Scheme == "http" && authority.IsLoopback)))
            {
                failures.Add($"FM_OIDC_AUTHORITY '{options.OidcAuthority}' is not valid: expected an https:// issuer URL (http:// only on loopback).");
            }

            if (string.IsNullOrWhiteSpace(options.OidcAudience))
            {
                failures.Add("FM_OIDC_AUDIENCE is required with FM_OIDC_AUTHORITY: the audience tokens must be issued for.");
            }

            if (!string.IsNullOrWhiteSpace(options.OidcClientId) && !options.OidcScope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid"))
            {
                failures.Add($"FM_OIDC_SCOPE '{options.OidcScope}' must include openid, e.g. 'openid profile'.");
            }

            if (string.IsNullOrWhiteSpace(options.OidcRoleClaim) || string.IsNullOrWhiteSpace(options.OidcTeamClaim))
            {
                failures.Add("FM_OIDC_ROLE_CLAIM and FM_OIDC_TEAM_CLAIM must name claims, e.g. roles and team.");
            }
        }

        var writers = options.KnowledgeWriterRoles;
        if (writers.Count == 0 || writers.Any(r => !Roles.Contains(r)))
        {
            failures.Add($"FM_KB_WRITERS '{options.KnowledgeWriters}' is not valid: expected roles from viewer, engineer, admin, comma-separated.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Whether <paramref name="host"/> is a loopback address alone (127.0.0.0/8, ::1 or localhost).</summary>
    public static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
