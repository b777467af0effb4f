using FaultMaven.Testing;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaultMaven.Server.Tests.Security;

/// <summary>A real OIDC issuer on a loopback port: it serves its discovery document and a JWKS with an RSA key made for the test, and
/// signs tokens with it — so the server's JWT bearer handler fetches and validates exactly as it would against a real identity provider.</summary>
public sealed class OidcIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;

    private OidcIssuer(WebApplication app, RsaSecurityKey key, string authority)
    {
        _app = app;
        _key = key;
        Authority = authority;
    }

    public string Authority { get; }

    public static async Task<OidcIssuer> StartAsync(CancellationToken cancellationToken)
    {
        var app = LoopbackApp.Create();
        OidcIssuer? issuer = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer!.Authority,
            ["jwks_uri"] = issuer.Authority + "/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer!._rsa.ExportParameters(false)) { KeyId = issuer._key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        var address = (await app.StartOnLoopbackAsync(cancellationToken)).AbsoluteUri.TrimEnd('/');
        var rsa = RSA.Create(2048);
        issuer = new OidcIssuer(app, new RsaSecurityKey(rsa) { KeyId = "test-key" }, address);
        issuer._rsa.ImportParameters(rsa.ExportParameters(true));
        return issuer;
    }

    /// <summary>A signed token for <paramref name="subject"/>; <paramref name="signWith"/> signs with another key under the same key id.</summary>
    public string Token(string subject, string audience, IEnumerable<Claim>? claims = null, DateTime? expires = null, RSA? signWith = null)
    {
        var key = signWith is null ? _key : new RsaSecurityKey(signWith) { KeyId = _key.KeyId };
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), .. claims ?? []]),
            IssuedAt = (expires ?? now.AddHours(1)) < now ? expires!.Value.AddMinutes(-30) : now,
            NotBefore = (expires ?? now.AddHours(1)) < now ? expires!.Value.AddMinutes(-30) : now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
