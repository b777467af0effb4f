namespace FaultMaven.Server.Tests.Middleware;

public sealed class CorsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Preflight_FromAllowedExtensionOrigin_IsAllowed()
    {
        using var response = await PreflightAsync(ServerFixture.AllowedOrigin, "POST", "content-type,idempotency-key");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(ServerFixture.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.Contains("idempotency-key", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preflight_FromUnknownOrigin_GetsNoAllowHeader()
    {
        using var response = await PreflightAsync("https://evil.example.net", "POST", "content-type");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task SimpleRequest_FromAllowedOrigin_ExposesCorrelationId()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sessions");
        request.Headers.Add("Origin", "https://ops.example.com");

        using var response = await _client.SendAsync(request, Token);

        Assert.Equal("https://ops.example.com", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("X-Correlation-ID", string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    private Task<HttpResponseMessage> PreflightAsync(string origin, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/sessions");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return _client.SendAsync(request, Token);
    }
}
