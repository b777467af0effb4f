using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>What a hostile web page can make a browser send is refused before it does anything, and every response tells the browser
/// not to sniff, frame or leak it.</summary>
public sealed class BrowserDefencesTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string HostileOrigin = "https://evil.example.net";

    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> StateChangingRequests() => new()
    {
        // Simple requests a page can send without a CORS preflight, and the JSON ones it cannot (refused all the same).
        { "POST", "multipart" },
        { "POST", "text/plain" },
        { "POST", "form" },
        { "POST", "json" },
        { "PUT", "json" },
        { "PATCH", "text/plain" },
        { "PATCH", "json" },
        { "DELETE", "none" },
    };

    [Theory]
    [InlineData("/api/v1/sessions")]
    [InlineData("/api/v1/cases/case_missing")]
    [InlineData("/health/live")]
    [InlineData("/metrics")]
    public async Task Responses_CarrySecurityHeaders(string path)
    {
        using var response = await _client.GetAsync(path, Token);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Docs_PolicyAllowsWhatThePageLoads_AndNoFraming()
    {
        using var page = await _client.GetAsync("/docs/", Token);
        var html = await page.Content.ReadAsStringAsync(Token);
        var csp = Header(page, "Content-Security-Policy");

        // The Scalar page loads its bundled scripts from this server (relative URLs) plus one inline start-up module.
        Assert.Contains("<script src=\"scalar.js\"></script>", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.Contains("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Contains("https://fonts.scalar.com", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("DENY", Header(page, "X-Frame-Options"));
        using var script = await _client.GetAsync("/docs/scalar.js", Token);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        // The bundle fetches web fonts from fonts.scalar.com and nothing else from another origin at start.
        Assert.Contains("fonts.scalar.com", await script.Content.ReadAsStringAsync(Token));
    }

    [Theory]
    [MemberData(nameof(StateChangingRequests))]
    public async Task StateChangingRequest_FromHostileOrigin_IsRefusedAndDoesNothing(string method, string body)
    {
        var caseId = await CreateCaseAsync();
        var path = method switch
        {
            "POST" => "/api/v1/sessions",
            "PUT" => "/api/v1/knowledge/documents/rb-hostile",
            _ => $"/api/v1/cases/{caseId}",
        };
        var sessionsBefore = await CountAsync("/api/v1/sessions");
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(body) };
        request.Headers.Add("Origin", HostileOrigin);

        using var response = await _client.SendAsync(request, Token);

        var problem = await ApiAssert.AssertProblemAsync(response, 403, ProblemTypes.CrossOriginRefused);
        Assert.Contains("FM_CORS_ORIGINS", problem.GetProperty("detail").GetString());
        Assert.Equal(sessionsBefore, await CountAsync("/api/v1/sessions"));
        var after = await (await _client.GetAsync($"/api/v1/cases/{caseId}", Token)).ReadJsonAsync(Token);
        Assert.Equal("before", after.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/knowledge/documents/rb-hostile", Token)).StatusCode);
    }

    [Fact]
    public async Task Post_WithoutOriginButCrossSiteFetchMetadata_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sessions") { Content = Body("text/plain") };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await _client.SendAsync(request, Token);

        await ApiAssert.AssertProblemAsync(response, 403, ProblemTypes.CrossOriginRefused);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("http://127.0.0.1.evil.example.net")]
    [InlineData("https://ops.example.com.evil.example.net")]
    public async Task Post_FromLookalikeOrOpaqueOrigin_IsRefused(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = ApiAssert.Json("{\"title\":\"x\"}") };
        request.Headers.Add("Origin", origin);

        using var response = await _client.SendAsync(request, Token);

        await ApiAssert.AssertProblemAsync(response, 403, ProblemTypes.CrossOriginRefused);
    }

    [Theory]
    [InlineData(ServerFixture.AllowedOrigin)]
    [InlineData("https://ops.example.com")]
    [InlineData("self")]
    [InlineData(null)]
    public async Task Post_FromAllowedOrSameOriginOrNoBrowser_IsServed(string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = ApiAssert.Json("{\"title\":\"allowed\"}") };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin == "self" ? fixture.Server.BaseAddress.GetLeftPart(UriPartial.Authority) : origin);
            request.Headers.Add("Sec-Fetch-Site", origin == "self" ? "same-origin" : "cross-site");
        }

        using var response = await _client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Get_FromHostileOrigin_IsServedWithoutCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
        request.Headers.Add("Origin", HostileOrigin);

        using var response = await _client.SendAsync(request, Token);

        // Reads change nothing; the browser does not hand the answer to the hostile page without an allow header.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("evil.example.net")]
    [InlineData("rebound.attacker.test:8000")]
    public async Task Request_WithForeignHost_OnLoopbackDefault_Gets400(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
        request.Headers.Host = host;

        using var response = await _client.SendAsync(request, Token);

        await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.BadRequest);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Request_WithLoopbackHost_IsServed(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
        request.Headers.Host = $"{host}:{fixture.Server.BaseAddress.Port}";

        using var response = await _client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> CreateCaseAsync()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/cases", new { title = "before" }, Token)).ReadJsonAsync(Token);
        return created.GetProperty("id").GetString()!;
    }

    private async Task<int> CountAsync(string path) =>
        (await (await _client.GetAsync(path, Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32();

    private static HttpContent? Body(string kind) => kind switch
    {
        "multipart" => new MultipartFormDataContent { { new StringContent("{\"title\":\"pwned\"}"), "title" } },
        "text/plain" => new StringContent("{\"clientKind\":\"cli\",\"title\":\"pwned\",\"status\":\"closed\"}", Encoding.UTF8, "text/plain"),
        "form" => new FormUrlEncodedContent([new("title", "pwned")]),
        "json" => ApiAssert.Json("{\"title\":\"pwned\",\"status\":\"closed\"}"),
        _ => null,
    };

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : "";
}
