using System.Security.Claims;
using FaultMaven.Core.Security;
using FaultMaven.Server.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace FaultMaven.Server.Security;

/// <summary>Registers authentication (API keys, OIDC bearer tokens, or the implicit local admin when FM_AUTH=off) and the role policies.</summary>
internal static class AuthServiceCollectionExtensions
{
    public const string DefaultScheme = "FaultMaven";
    public const string OidcScheme = "Oidc";

    public static WebApplicationBuilder AddFaultMavenAuth(this WebApplicationBuilder builder, ServerOptions server)
    {
        var options = AuthOptions.Load(builder.Configuration, server.Host);
        var services = builder.Services;
        services.AddSingleton(options);

        var authentication = services.AddAuthentication(options.Required ? DefaultScheme : LocalAuthenticationHandler.SchemeName);
        authentication.AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, LocalAuthenticationHandler>(LocalAuthenticationHandler.SchemeName, null);
        authentication.AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        // One scheme in front: a bearer token that is not an fm_ key goes to the OIDC handler, everything else to the API-key handler.
        authentication.AddPolicyScheme(DefaultScheme, "API key or OIDC bearer token", o => o.ForwardDefaultSelector = context =>
            options.OidcEnabled && ApiKeyAuthenticationHandler.BearerToken(context.Request) is { } token && !token.StartsWith(ApiKeyService.KeyPrefix, StringComparison.Ordinal)
                && context.Request.Headers[ApiKeyAuthenticationHandler.HeaderName].Count == 0
                ? OidcScheme
                : ApiKeyAuthenticationHandler.SchemeName);
        if (options.OidcEnabled)
        {
            authentication.AddJwtBearer(OidcScheme, jwt =>
            {
                jwt.Authority = options.OidcAuthority;
                jwt.Audience = options.OidcAudience;
                jwt.RequireHttpsMetadata = options.OidcAuthority.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.NameClaimType = "name";
                jwt.TokenValidationParameters.RoleClaimType = options.OidcRoleClaim;
                jwt.Events = new JwtBearerEvents { OnTokenValidated = context => AddCallerClaims(context, options) };
            });
        }

        services.AddAuthorization(authorization =>
        {
            authorization.AddPolicy(FaultMavenPolicies.Viewer, p => p.RequireClaim(CallerClaims.Role, "viewer", "engineer", "admin"));
            authorization.AddPolicy(FaultMavenPolicies.Engineer, p => p.RequireClaim(CallerClaims.Role, "engineer", "admin"));
            authorization.AddPolicy(FaultMavenPolicies.Admin, p => p.RequireClaim(CallerClaims.Role, "admin"));
            authorization.AddPolicy(FaultMavenPolicies.KnowledgeWriter, p => p.RequireClaim(CallerClaims.Role, [.. options.KnowledgeWriterRoles.Append("admin").Distinct()]));
        });
        return builder;
    }

    /// <summary>Gives a validated token's principal the FaultMaven claims: <c>oidc:&lt;sub&gt;</c>, the highest known role in the role
    /// claim and the team claim. A token without a known role authenticates but passes no policy (403).</summary>
    private static Task AddCallerClaims(TokenValidatedContext context, AuthOptions options)
    {
        var principal = context.Principal!;
        var subject = principal.FindFirst("sub")?.Value;
        if (subject is null)
        {
            context.Fail("The token has no subject.");
            return Task.CompletedTask;
        }

        CallerRole? role = null;
        foreach (var claim in principal.FindAll(options.OidcRoleClaim))
        {
            // A role claim may be one value, several claims, or a space-separated list.
            foreach (var value in claim.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (CallerClaims.TryRole(value, out var parsed) && (role is null || parsed > role))
                {
                    role = parsed;
                }
            }
        }

        if (role is { } known)
        {
            var name = principal.FindFirst("name")?.Value ?? principal.FindFirst("preferred_username")?.Value ?? principal.FindFirst("email")?.Value ?? subject;
            var caller = new Caller("oidc:" + subject, name, known, principal.FindFirst(options.OidcTeamClaim)?.Value);
            principal.AddIdentity(new ClaimsIdentity(CallerClaims.Claims(caller), OidcScheme, ClaimTypes.Name, CallerClaims.Role));
        }

        return Task.CompletedTask;
    }
}
