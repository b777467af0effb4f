using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Security;

/// <summary>Who may call the API: authentication mode, the bootstrap admin, the OIDC issuer, and who may write the knowledge base.</summary>
public sealed class AuthOptions
{
    /// <summary>Whether requests need credentials: <c>off</c> (loopback only; every caller is a local admin) or <c>required</c>.</summary>
    /// <value>The default is <c>off</c>.</value>
    [ConfigurationKeyName("FM_AUTH")]
    public string Mode { get; set; } = "off";

    /// <summary>An API key accepted as the first admin's, to create the other keys with. Never logged.</summary>
    /// <value>The default is empty: no bootstrap admin.</value>
    [ConfigurationKeyName("FM_BOOTSTRAP_ADMIN_KEY")]
    public string BootstrapAdminKey { get; set; } = string.Empty;

    /// <summary>The OIDC issuer whose bearer tokens are accepted (its <c>/.well-known/openid-configuration</c> is read).</summary>
    /// <value>The default is empty: no OIDC tokens.</value>
    [ConfigurationKeyName("FM_OIDC_AUTHORITY")]
    public string OidcAuthority { get; set; } = string.Empty;

    /// <summary>The audience OIDC tokens must be issued for.</summary>
    /// <value>The default is empty; required with <see cref="OidcAuthority"/>.</value>
    [ConfigurationKeyName("FM_OIDC_AUDIENCE")]
    public string OidcAudience { get; set; } = string.Empty;

    /// <summary>The token claim holding the user's roles (viewer, engineer, admin; the highest one counts).</summary>
    /// <value>The default is <c>roles</c>.</value>
    [ConfigurationKeyName("FM_OIDC_ROLE_CLAIM")]
    public string OidcRoleClaim { get; set; } = "roles";

    /// <summary>The token claim holding the user's team.</summary>
    /// <value>The default is <c>team</c>.</value>
    [ConfigurationKeyName("FM_OIDC_TEAM_CLAIM")]
    public string OidcTeamClaim { get; set; } = "team";

    /// <summary>The public client id the web app signs in with at the OIDC issuer (authorization code + PKCE, no secret).</summary>
    /// <value>The default is empty: the web app offers API keys only.</value>
    [ConfigurationKeyName("FM_OIDC_CLIENT_ID")]
    public string OidcClientId { get; set; } = string.Empty;

    /// <summary>The scopes the web app asks the issuer for; they must yield an access token for <see cref="OidcAudience"/>.</summary>
    /// <value>The default is <c>openid profile</c>.</value>
    [ConfigurationKeyName("FM_OIDC_SCOPE")]
    public string OidcScope { get; set; } = "openid profile";

    /// <summary>Comma-separated roles that may import, replace and delete knowledge-base documents; admins always may.</summary>
    /// <value>The default is <c>admin</c>.</value>
    [ConfigurationKeyName("FM_KB_WRITERS")]
    public string KnowledgeWriters { get; set; } = "admin";

    /// <summary>Gets a value indicating whether requests need credentials.</summary>
    public bool Required => Mode == "required";

    /// <summary>Gets a value indicating whether OIDC bearer tokens are accepted.</summary>
    public bool OidcEnabled => !string.IsNullOrWhiteSpace(OidcAuthority);

    /// <summary>Gets a value indicating whether the web app may sign users in at the OIDC issuer.</summary>
    public bool OidcSignInEnabled => OidcEnabled && !string.IsNullOrWhiteSpace(OidcClientId);

    /// <summary>Gets the roles in <see cref="KnowledgeWriters"/>.</summary>
    public IReadOnlyList<string> KnowledgeWriterRoles =>
        KnowledgeWriters.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => r.ToLowerInvariant()).ToList();

    /// <summary>Binds the options and checks them against the address the server listens on, throwing
    /// <see cref="OptionsValidationException"/> with one line per problem.</summary>
    public static AuthOptions Load(IConfiguration configuration, string host)
    {
        var options = new AuthOptions();
        configuration.Bind(options);
        var result = new AuthOptionsValidator(host).Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Options.DefaultName, typeof(AuthOptions), result.Failures) : options;
    }
}
