using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Middleware;

public sealed class CorrelationIdTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GivenId_IsEchoedOnSuccessAndInProblems()
    {
        using var ok = await SendAsync("/api/v1/sessions", "incident-4711:req.1");
        using var notFound = await SendAsync("/api/v1/sessions/ses_missing", "incident-4711:req.2");

        Assert.Equal("incident-4711:req.1", ok.Headers.GetValues("X-Correlation-ID").Single());
        Assert.Equal("incident-4711:req.2", notFound.Headers.GetValues("X-Correlation-ID").Single());
        var problem = await ApiAssert.AssertProblemAsync(notFound, 404, ProblemTypes.NotFound);
        Assert.Equal("incident-4711:req.2", problem.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task MissingId_IsGenerated()
    {
        using var response = await SendAsync("/health/live", null);

        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues("X-Correlation-ID").Single());
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData("line\\nbreak")]
    public async Task UnsafeId_IsReplaced(string given)
    {
        using var response = await SendAsync("/health/live", given);

        Assert.NotEqual(given, response.Headers.GetValues("X-Correlation-ID").Single());
    }

    [Fact]
    public async Task OverlongId_IsReplaced()
    {
        var given = new string('a', 129);

        using var response = await SendAsync("/health/live", given);

        Assert.NotEqual(given, response.Headers.GetValues("X-Correlation-ID").Single());
    }

    private Task<HttpResponseMessage> SendAsync(string path, string? correlationId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (correlationId is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Correlation-ID", correlationId);
        }

        return _client.SendAsync(request, Token);
    }
}
