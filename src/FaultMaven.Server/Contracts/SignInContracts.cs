namespace FaultMaven.Server.Contracts;

/// <summary>How a client may sign in to this server; readable without credentials, since it is what a client needs to get them.</summary>
/// <param name="CredentialsRequired">Whether API requests need credentials (FM_AUTH=required).</param>
/// <param name="ApiKeys">Whether API keys are accepted (always, when credentials are required).</param>
/// <param name="Oidc">The OIDC issuer and public client the web app signs in with (authorization code + PKCE); null when not configured.</param>
public sealed record SignInOptionsResponse(bool CredentialsRequired, bool ApiKeys, OidcSignInOptions? Oidc);

/// <summary>An OIDC sign-in: the issuer, the public client id and the scopes to ask for.</summary>
public sealed record OidcSignInOptions(string Authority, string ClientId, string Scope);
