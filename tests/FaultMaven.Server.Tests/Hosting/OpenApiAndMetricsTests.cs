using System.Net;
using System.Text.Json;

namespace FaultMaven.Server.Tests.Hosting;

public sealed class OpenApiAndMetricsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApiDocument_DescribesEveryApiRoute()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json", Token)).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/v1/sessions", paths);
        Assert.Contains("/api/v1/sessions/{id}/heartbeat", paths);
        Assert.Contains("/api/v1/cases/{id}", paths);
        Assert.Contains("/api/v1/cases/{id}/turns", paths);
    }

    [Theory]
    [InlineData("/api/v1/knowledge/documents")]
    [InlineData("/api/v1/knowledge/documents/bulk")]
    public async Task A_knowledge_import_documents_its_refusals_busy_and_rate_limited(string path)
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json", Token)).RootElement;
        var responses = document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("responses");

        foreach (var status in new[] { "429", "503" })
        {
            Assert.True(responses.TryGetProperty(status, out var response), $"POST {path} does not document {status}");
            Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{status} of POST {path} is not a problem");
        }
    }

    [Fact]
    public async Task Docs_ServesTheInteractiveApiPage()
    {
        using var response = await _client.GetAsync("/docs/v1", Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("openapi/v1.json", html);
    }

    [Fact]
    public async Task Metrics_ExposeLatencyPerRouteTemplate()
    {
        (await _client.GetAsync("/api/v1/cases/case_missing", Token)).Dispose();

        var metrics = await _client.GetStringAsync("/metrics", Token);

        Assert.Contains("http_server_request_duration_seconds_bucket", metrics);
        Assert.Contains("http_route=\"/api/v1/cases/{id}\"", metrics);
    }
}
