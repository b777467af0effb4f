using System.Net;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Security;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Hosting;

/// <summary>With FM_WEB_ROOT the server serves the built web app: index.html at / and at every client route (never cached),
/// hashed assets for a year, the app's own CSP; the API, /docs and unknown API routes are unchanged.</summary>
public sealed class WebAppHostingTests : IAsyncLifetime
{
    private readonly TempDirectory _webRoot = new();
    private InProcessServer? _server;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private HttpClient Client => _server!.Client;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_webRoot.Path, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_webRoot.Path, "index.html"), "<!doctype html><html><body><div id=\"root\"></div><script type=\"module\" src=\"/assets/index-Ab12Cd34.js\"></script></body></html>");
        await File.WriteAllTextAsync(Path.Combine(_webRoot.Path, "assets", "index-Ab12Cd34.js"), "console.log('app');");
        _server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_WEB_ROOT"] = _webRoot.Path });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _webRoot.Dispose();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/cases")]
    [InlineData("/cases/case_0193abc")]
    [InlineData("/knowledge")]
    [InlineData("/sign-in")]
    public async Task ClientRoutes_GetIndexHtml_NeverCached_WithTheAppPolicy(string path)
    {
        using var response = await Client.GetAsync(path, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(Token));
        Assert.True(response.Headers.CacheControl?.NoCache, $"{path}: Cache-Control is {response.Headers.CacheControl}");
        Assert.Equal(SecurityHeaders.WebAppPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task HashedAssets_AreImmutable_AndScriptsComeFromSelfOnly()
    {
        using var response = await Client.GetAsync("/assets/index-Ab12Cd34.js", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }

    [Fact]
    public async Task ApiAndDocs_AreUnchanged_AndUnknownApiRoutesAreNotTheApp()
    {
        using var cases = await Client.GetAsync("/api/v1/cases", Token);
        using var missing = await Client.GetAsync("/api/v1/no-such-route", Token);
        using var missingAsset = await Client.GetAsync("/assets/missing-00000000.js", Token);
        using var docs = await Client.GetAsync("/docs/", Token);

        Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
        Assert.Equal("application/json", cases.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", string.Join(";", cases.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingAsset.StatusCode);
        Assert.Equal(SecurityHeaders.DocsPolicy, string.Join(";", docs.Headers.GetValues("Content-Security-Policy")));

        // A client that accepts no JSON (an event stream, plain text) still gets problem details, not "Status Code: 404".
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/api/v1/no-such-route");
        plain.Headers.Accept.ParseAdd("text/event-stream");
        await ApiAssert.AssertProblemAsync(await Client.SendAsync(plain, Token), 404, ProblemTypes.NotFound);
    }
}
