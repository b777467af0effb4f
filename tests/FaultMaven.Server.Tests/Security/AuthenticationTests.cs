using System.Net;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>FM_AUTH=required: API keys (bearer or X-API-Key), the bootstrap admin, revocation, and what stays open.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private SecuredServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await SecuredServer.StartAsync(cancellationToken: Token);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("GET", "/api/v1/cases")]
    [InlineData("POST", "/api/v1/cases")]
    [InlineData("GET", "/api/v1/sessions")]
    [InlineData("GET", "/api/v1/knowledge/documents")]
    [InlineData("POST", "/api/v1/agent/query")]
    [InlineData("GET", "/api/v1/admin/api-keys")]
    [InlineData("GET", "/api/v1/audit")]
    public async Task Request_without_credentials_is_401_problem_with_WWW_Authenticate(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : ApiAssert.Json("{}") };

        var response = await _server.Anonymous.SendAsync(request, Token);

        await ApiAssert.AssertProblemAsync(response, 401, ProblemTypes.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory]
    [InlineData("text/event-stream", "/api/v1/cases")]
    [InlineData("text/html", "/api/v1/cases")]
    public async Task A_client_that_accepts_no_json_still_gets_problem_details(string accept, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);

        var response = await _server.Anonymous.SendAsync(request, Token);

        await ApiAssert.AssertProblemAsync(response, 401, ProblemTypes.Unauthorized);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/metrics")]
    [InlineData("/docs")]
    [InlineData("/openapi/v1.json")]
    public async Task Health_metrics_and_docs_stay_open(string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await _server.Anonymous.GetAsync(path, Token)).StatusCode);
    }

    [Fact]
    public async Task Unknown_or_malformed_credentials_are_401()
    {
        using var unknown = _server.ClientWith("fm_" + new string('a', 43));
        using var notAKey = _server.ClientWith("not-a-faultmaven-key");

        await ApiAssert.AssertProblemAsync(await unknown.GetAsync("/api/v1/cases", Token), 401, ProblemTypes.Unauthorized);
        await ApiAssert.AssertProblemAsync(await notAKey.GetAsync("/api/v1/cases", Token), 401, ProblemTypes.Unauthorized);
    }

    [Fact]
    public async Task A_new_key_is_shown_once_works_as_bearer_and_header_and_is_listed_without_its_secret()
    {
        var created = await (await _server.Admin.PostJsonAsync("/api/v1/admin/api-keys", new { name = "ci pipeline", role = "engineer", team = "payments" }, Token)).ReadJsonAsync(Token);
        var key = created.GetProperty("key").GetString()!;
        var id = created.GetProperty("id").GetString()!;
        Assert.StartsWith("fm_", key);
        Assert.True(key.Length >= 3 + 43, "a key carries at least 256 random bits");
        Assert.Equal("engineer", created.GetProperty("role").GetString());

        using var bearer = _server.ClientWith(key);
        using var header = new HttpClient { BaseAddress = _server.Server.BaseAddress };
        header.DefaultRequestHeaders.Add("X-API-Key", key);
        Assert.Equal(HttpStatusCode.Created, (await bearer.PostJsonAsync("/api/v1/cases", new { title = "via bearer" }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await header.GetAsync("/api/v1/cases", Token)).StatusCode);

        var listed = await (await _server.Admin.GetAsync("/api/v1/admin/api-keys", Token)).Content.ReadAsStringAsync(Token);
        Assert.Contains(id, listed);
        Assert.Contains(key[..7], listed);
        Assert.DoesNotContain(key, listed);
        Assert.DoesNotContain("\"key\"", listed);
        Assert.Contains("lastUsedAt\":\"", listed);
    }

    [Fact]
    public async Task A_revoked_key_is_401_at_once()
    {
        var (id, key) = await _server.CreateKeyAsync("leaver", "engineer", "payments", Token);
        using var client = _server.ClientWith(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cases", Token)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _server.Admin.DeleteAsync($"/api/v1/admin/api-keys/{id}", Token)).StatusCode);

        await ApiAssert.AssertProblemAsync(await client.GetAsync("/api/v1/cases", Token), 401, ProblemTypes.Unauthorized);
        await ApiAssert.AssertProblemAsync(await _server.Admin.DeleteAsync($"/api/v1/admin/api-keys/{id}", Token), 409, ProblemTypes.Conflict);
        await ApiAssert.AssertProblemAsync(await _server.Admin.DeleteAsync("/api/v1/admin/api-keys/key_missing", Token), 404, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Only_admins_manage_keys_and_read_the_audit_trail()
    {
        var (engineer, _) = await _server.UserAsync("eng", "engineer", "payments", Token);

        await ApiAssert.AssertProblemAsync(await engineer.PostJsonAsync("/api/v1/admin/api-keys", new { name = "x", role = "admin" }, Token), 403, ProblemTypes.Forbidden);
        await ApiAssert.AssertProblemAsync(await engineer.GetAsync("/api/v1/admin/api-keys", Token), 403, ProblemTypes.Forbidden);
        await ApiAssert.AssertProblemAsync(await engineer.GetAsync("/api/v1/audit", Token), 403, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task A_key_needs_a_name_and_a_known_role()
    {
        await ApiAssert.AssertProblemAsync(await _server.Admin.PostJsonAsync("/api/v1/admin/api-keys", new { name = "x", role = "root" }, Token), 400, ProblemTypes.Validation);
        await ApiAssert.AssertProblemAsync(await _server.Admin.PostJsonAsync("/api/v1/admin/api-keys", new { name = "", role = "viewer" }, Token), 400, ProblemTypes.Validation);
    }
}
