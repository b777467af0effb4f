using System.Text.Encodings.Web;
using FaultMaven.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FaultMaven.Server.Security;

/// <summary>Authenticates <c>Authorization: Bearer fm_…</c> or <c>X-API-Key: fm_…</c> against the stored key hashes and the bootstrap
/// admin key.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyService keys,
    AuthOptions auth) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-API-Key";

    /// <summary>The caller id of requests made with FM_BOOTSTRAP_ADMIN_KEY.</summary>
    public const string BootstrapAdminId = "bootstrap-admin";

    private static readonly Caller BootstrapAdmin = new(BootstrapAdminId, "bootstrap admin", CallerRole.Admin, null);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // A webhook's bearer token is the integration's own (FM_ALERTMANAGER_TOKEN…), checked by its route: not an API key refused.
        if (Presented(Request) is not { } secret || Context.GetEndpoint()?.Metadata.GetMetadata<Endpoints.IntegrationTokenMetadata>() is not null)
        {
            return AuthenticateResult.NoResult();
        }

        // Two different credentials in one request: which one speaks is ambiguous, so neither does.
        if (Request.Headers.Authorization.Count > 0 && Request.Headers[HeaderName].Count > 0 && BearerToken(Request) != secret)
        {
            return Refused("Two different credentials (Authorization and X-API-Key).");
        }

        if (!secret.StartsWith(ApiKeyService.KeyPrefix, StringComparison.Ordinal))
        {
            return Refused("Not a FaultMaven API key.");
        }

        if (auth.BootstrapAdminKey.Length > 0 && ApiKeyService.HashesEqual(ApiKeyService.Hash(secret), ApiKeyService.Hash(auth.BootstrapAdminKey)))
        {
            return Success(BootstrapAdmin);
        }

        return await keys.AuthenticateAsync(secret, Context.RequestAborted) is { } key
            ? Success(key.ToCaller())
            : Refused("Unknown or revoked API key.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, "Bearer realm=\"FaultMaven\"");
        return Task.CompletedTask;
    }

    /// <summary>The key in the request: a bearer token or the X-API-Key header.</summary>
    public static string? Presented(HttpRequest request)
    {
        if (request.Headers[HeaderName] is { Count: > 0 } header && !string.IsNullOrWhiteSpace(header[0]))
        {
            return header[0]!.Trim();
        }

        return BearerToken(request);
    }

    public static string? BearerToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7 ? authorization[7..].Trim() : null;
    }

    // The key itself is never logged; the address is, to spot guessing.
    private AuthenticateResult Refused(string reason)
    {
        Logger.ApiKeyRefused(Context.Connection.RemoteIpAddress?.ToString(), reason);
        return AuthenticateResult.Fail(reason);
    }

    private static AuthenticateResult Success(Caller caller) =>
        AuthenticateResult.Success(new AuthenticationTicket(CallerClaims.ToPrincipal(caller, SchemeName), SchemeName));
}
