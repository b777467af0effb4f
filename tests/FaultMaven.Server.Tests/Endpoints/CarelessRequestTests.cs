using System.Net;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>Issue 18 (hostile pass, B1): a request too long in its target or headers is answered with problem details and a stable
/// type (Kestrel's own refusal has an empty body), and a knowledge search's <c>kind</c> takes a comma list or says what is wrong.</summary>
public sealed class CarelessRequestTests : IAsyncLifetime
{
    private InProcessServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await InProcessServer.StartAsync(cancellationToken: Token);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Issue18_ATargetPastTheLimit_Is414ProblemDetails()
    {
        using var response = await _server.Client.GetAsync("/api/v1/cases?search=" + new string('a', 20_000), Token);

        var problem = await ApiAssert.AssertProblemAsync(response, 414, ProblemTypes.UriTooLong);
        Assert.Contains("8,192", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue18_HeadersPastTheLimit_Are431ProblemDetails()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
        request.Headers.Add("X-Padding", new string('h', 40_000));

        using var response = await _server.Client.SendAsync(request, Token);

        await ApiAssert.AssertProblemAsync(response, 431, ProblemTypes.HeadersTooLarge);
    }

    [Fact]
    public async Task ATargetAndHeadersUnderTheLimits_AreServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live?pad=" + new string('a', 7_000));
        request.Headers.Add("X-Padding", new string('h', 20_000));

        using var response = await _server.Client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Issue18_KnowledgeSearch_KindTakesACommaList_AndRefusesWhatIsNoKind()
    {
        foreach (var (id, kind) in new[] { ("rb-disk", "runbook"), ("faq-disk", "faq"), ("pm-disk", "postmortem") })
        {
            using var created = await _server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id, kind, title = $"Disk full ({kind})", text = $"# Disk full ({kind})\n\nRun `df -h` and find the mount that is full." }, Token);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        async Task<string[]> Found(string kind)
        {
            using var response = await _server.Client.GetAsync($"/api/v1/knowledge/search?q=df+mount+full&limit=10&kind={kind}", Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return [.. (await response.ReadJsonAsync(Token)).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("documentId").GetString()!).Order()];
        }

        Assert.Equal(["faq-disk", "rb-disk"], await Found("runbook,faq"));
        Assert.Equal(["faq-disk", "rb-disk"], await Found("runbook,%20FAQ"));
        Assert.Equal(["rb-disk"], await Found("runbook"));
        foreach (var bad in new[] { "nope", "runbook,nope", "1", ",", "runbook;faq" })
        {
            using var refused = await _server.Client.GetAsync($"/api/v1/knowledge/search?q=df&kind={bad}", Token);
            await ApiAssert.AssertProblemAsync(refused, 400, ProblemTypes.Validation);
        }
    }
}
