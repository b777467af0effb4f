using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>OIDC bearer tokens from a configured issuer (a real one on loopback): valid ones act with their role and team; a wrong
/// audience, an expired token or a bad signature is 401; a token without a known role is 403.</summary>
public sealed class OidcTests : IAsyncLifetime
{
    private const string Audience = "faultmaven-api";

    private OidcIssuer _issuer = null!;
    private SecuredServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _issuer = await OidcIssuer.StartAsync(Token);
        _server = await SecuredServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_OIDC_AUTHORITY"] = _issuer.Authority,
            ["FM_OIDC_AUDIENCE"] = Audience,
            ["FM_OIDC_TEAM_CLAIM"] = "squad",
        }, cancellationToken: Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_token_acts_with_its_role_and_team()
    {
        var token = _issuer.Token("user-42", Audience, [new Claim("roles", "viewer"), new Claim("roles", "engineer"), new Claim("squad", "red"), new Claim("name", "Dana")]);

        var created = await (await SendAsync(HttpMethod.Post, "/api/v1/cases", token, ApiAssert.Json("{\"title\":\"from oidc\"}"))).ReadJsonAsync(Token);

        Assert.Equal("oidc:user-42", created.GetProperty("owner").GetString());
        Assert.Equal("red", created.GetProperty("team").GetString());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/v1/cases", token)).StatusCode);
        var audit = await (await _server.Admin.GetAsync("/api/v1/audit?actor=oidc:user-42", Token)).ReadJsonAsync(Token);
        Assert.Equal("Dana", audit.GetProperty("items")[0].GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task A_wrong_audience_an_expired_token_or_a_bad_signature_is_401()
    {
        Claim[] claims = [new("roles", "admin")];
        using var other = RSA.Create(2048);
        var tokens = new[]
        {
            _issuer.Token("u", "someone-else", claims),
            _issuer.Token("u", Audience, claims, expires: DateTime.UtcNow.AddHours(-1)),
            _issuer.Token("u", Audience, claims, signWith: other),
        };

        foreach (var token in tokens)
        {
            await ApiAssert.AssertProblemAsync(await SendAsync(HttpMethod.Get, "/api/v1/cases", token), 401, ProblemTypes.Unauthorized);
        }
    }

    [Fact]
    public async Task A_token_without_a_known_role_is_403()
    {
        var token = _issuer.Token("u-norole", Audience, [new Claim("roles", "superuser")]);

        await ApiAssert.AssertProblemAsync(await SendAsync(HttpMethod.Get, "/api/v1/cases", token), 403, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task Api_keys_still_work_beside_oidc()
    {
        Assert.Equal(HttpStatusCode.OK, (await _server.Admin.GetAsync("/api/v1/cases", Token)).StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _server.Anonymous.SendAsync(request, Token);
    }
}
