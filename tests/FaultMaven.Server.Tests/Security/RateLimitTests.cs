using System.Net;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>Each client (the credential authentication accepted, else the IP address) has a budget per minute; a stricter one covers creations, uploads and
/// agent turns; beyond it: 429 with Retry-After.</summary>
public sealed class RateLimitTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reads_BeyondTheBudget_Get429WithRetryAfter()
    {
        await using var server = await StartAsync(perMinute: 3, createPerMinute: 100);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/v1/cases", Token)).StatusCode);
        }

        using var refused = await server.Client.GetAsync("/api/v1/cases", Token);

        var problem = await ApiAssert.AssertProblemAsync(refused, 429, ProblemTypes.RateLimited);
        Assert.Contains("FM_RATE_LIMIT_PER_MINUTE", problem.GetProperty("detail").GetString());
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("nosniff", string.Join(",", refused.Headers.GetValues("X-Content-Type-Options")));
        // Probes and scrapes are never limited.
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health/live", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/metrics", Token)).StatusCode);
    }

    [Fact]
    public async Task A_client_that_accepts_only_text_is_refused_with_a_429_problem_too()
    {
        await using var server = await StartAsync(perMinute: 1, createPerMinute: 100);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/v1/cases", Token)).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
        request.Headers.Accept.ParseAdd("text/plain");
        using var refused = await server.Client.SendAsync(request, Token);

        await ApiAssert.AssertProblemAsync(refused, 429, ProblemTypes.RateLimited);
    }

    [Fact]
    public async Task Creations_HaveTheirOwnStricterBudget_ReadsGoOn()
    {
        await using var server = await StartAsync(perMinute: 100, createPerMinute: 2);

        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostJsonAsync("/api/v1/cases", new { title = "one" }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli" }, Token)).StatusCode);
        using var refused = await server.Client.PostJsonAsync("/api/v1/cases", new { title = "three" }, Token);

        var problem = await ApiAssert.AssertProblemAsync(refused, 429, ProblemTypes.RateLimited);
        Assert.Contains("FM_RATE_LIMIT_CREATE_PER_MINUTE", problem.GetProperty("detail").GetString());
        Assert.True(refused.Headers.Contains("Retry-After"));
        var cases = await (await server.Client.GetAsync("/api/v1/cases", Token)).ReadJsonAsync(Token);
        Assert.Equal(1, cases.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Budgets_ArePerAcceptedCredential_ThenPerAddress()
    {
        await using var secured = await SecuredServer.StartAsync(Limits(perMinute: 3, createPerMinute: 100), cancellationToken: Token);
        var (_, aliceKey) = await secured.CreateKeyAsync("alice", "engineer", "a", Token); // the bootstrap admin's first request

        async Task<HttpStatusCode> GetAsync(params (string Header, string Value)[] headers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
            foreach (var (header, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(header, value);
            }

            using var response = await secured.Server.Client.SendAsync(request, Token);
            return response.StatusCode;
        }

        var alice = ("X-API-Key", aliceKey);
        Assert.Equal(HttpStatusCode.OK, await GetAsync(alice));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(alice));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(alice));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync(alice));
        // An extra made-up credential beside a real one is refused, not a fresh budget.
        Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(alice, ("Authorization", "Bearer fm_madeup0123456789")));

        // Made-up credentials count against their address (the refused pair above was its first): a new one each time buys nothing.
        Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(("Authorization", "Bearer fm_madeup1")));
        Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(("Authorization", "Bearer fm_madeup2")));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync(("Authorization", "Bearer fm_madeup3")));
        Assert.Equal(HttpStatusCode.OK, (await secured.Admin.GetAsync("/api/v1/cases", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secured.Admin.GetAsync("/api/v1/cases", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await secured.Admin.GetAsync("/api/v1/cases", Token)).StatusCode);
    }

    [Fact]
    public async Task WithAuthOff_EveryCallerIsCountedByAddress()
    {
        await using var server = await StartAsync(perMinute: 2, createPerMinute: 100);

        async Task<HttpStatusCode> GetAsync(string token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            using var response = await server.Client.SendAsync(request, Token);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await GetAsync("one"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("two"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync("three"));
    }

    [Fact]
    public async Task Zero_TurnsTheLimitOff()
    {
        await using var server = await StartAsync(perMinute: 0, createPerMinute: 0);

        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/v1/sessions", Token)).StatusCode);
        }
    }

    [Fact]
    public async Task Defaults_LetAnEngineersBurstThrough()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => server.Client.GetAsync("/api/v1/cases", Token)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    private static Task<InProcessServer> StartAsync(int perMinute, int createPerMinute) =>
        InProcessServer.StartAsync(Limits(perMinute, createPerMinute), cancellationToken: Token);

    private static Dictionary<string, string?> Limits(int perMinute, int createPerMinute) => new()
    {
        ["FM_RATE_LIMIT_PER_MINUTE"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FM_RATE_LIMIT_CREATE_PER_MINUTE"] = createPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
