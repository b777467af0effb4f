using FaultMaven.Server.Contracts;
using FaultMaven.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaultMaven.Server.Endpoints;

/// <summary>What a client needs before it has credentials: whether they are required and how to get them.</summary>
internal static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/auth/options", GetOptions).WithTags("Auth").WithName("GetSignInOptions")
            .WithSummary("How to sign in: whether credentials are required, and the OIDC issuer and client id the web app uses (no secrets)");
        return app;
    }

    private static Ok<SignInOptionsResponse> GetOptions(AuthOptions auth) => TypedResults.Ok(new SignInOptionsResponse(
        auth.Required,
        auth.Required,
        auth.OidcSignInEnabled ? new OidcSignInOptions(auth.OidcAuthority.TrimEnd('/'), auth.OidcClientId, auth.OidcScope) : null));
}
