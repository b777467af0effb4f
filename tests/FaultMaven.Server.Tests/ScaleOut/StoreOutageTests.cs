using System.Diagnostics;
using System.Net;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.ScaleOut;

/// <summary>Redis or PostgreSQL stopped under a running instance: requests that need it fail at once with 503 problem details,
/// readiness names the store, and when it is back the instance recovers by itself (no restart) with every acknowledged write kept.
/// Each test owns its servers, since it stops them.</summary>
public sealed class StoreOutageTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private PostgresServer _postgres = null!;
    private InProcessServer _server = null!;
    private Dictionary<string, string?> _settings = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _redis = await RedisServer.StartNewAsync();
        _postgres = await PostgresServer.StartNewAsync();
        _settings = new Dictionary<string, string?>
        {
            ["FM_REDIS"] = _redis.Configuration,
            ["FM_POSTGRES"] = await _postgres.CreateDatabaseAsync(),
        };
        _server = await InProcessServer.StartAsync(_settings, cancellationToken: Token);
        _server.Client.Timeout = TimeSpan.FromSeconds(15);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Fact]
    public async Task Redis_killed_fails_session_requests_fast_and_the_instance_recovers_with_the_sessions_kept()
    {
        var id = (await (await _server.Client.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString();

        await _redis.StopAsync(kill: true); // a crash: only what Redis had fsynced survives
        var clock = Stopwatch.StartNew();
        var problem = await ApiAssert.AssertProblemAsync(await _server.Client.GetAsync($"/api/v1/sessions/{id}", Token), 503, ProblemTypes.ServiceUnavailable);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the request took {clock.Elapsed.TotalSeconds:0.0} s to fail");
        Assert.Contains("redis", problem.GetProperty("detail").GetString());
        await AssertReadinessAsync(unhealthy: "redis", healthy: "postgresql");
        // The cache reads as a miss and skips writes instead of failing the answer with it.
        var cache = (Microsoft.Extensions.Caching.Distributed.IDistributedCache)_server.Services.GetService(typeof(Microsoft.Extensions.Caching.Distributed.IDistributedCache))!;
        await cache.SetAsync("answer", [1], new(), Token);
        Assert.Null(await cache.GetAsync("answer", Token));
        // The other store still serves.
        Assert.Equal(HttpStatusCode.Created, (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = "during the outage" }, Token)).StatusCode);

        await _redis.StartAsync();
        await WaitUntilOkAsync($"/api/v1/sessions/{id}");
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("/health/ready", Token)).StatusCode);
    }

    [Fact]
    public async Task PostgreSQL_stopped_fails_case_requests_fast_and_the_instance_recovers_with_the_cases_kept()
    {
        var caseId = (await (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = "kept" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Created, (await _server.Client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { role = "user", content = "acknowledged before the outage" }, Token)).StatusCode);

        await _postgres.StopAsync();
        var clock = Stopwatch.StartNew();
        var problem = await ApiAssert.AssertProblemAsync(await _server.Client.GetAsync($"/api/v1/cases/{caseId}", Token), 503, ProblemTypes.ServiceUnavailable);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the request took {clock.Elapsed.TotalSeconds:0.0} s to fail");
        Assert.Contains("postgresql", problem.GetProperty("detail").GetString());
        await ApiAssert.AssertProblemAsync(await _server.Client.PostJsonAsync("/api/v1/cases", new { title = "refused" }, Token), 503, ProblemTypes.ServiceUnavailable);
        await AssertReadinessAsync(unhealthy: "postgresql", healthy: "redis");

        await _postgres.StartAsync();
        await WaitUntilOkAsync($"/api/v1/cases/{caseId}");
        var turns = await (await _server.Client.GetAsync($"/api/v1/cases/{caseId}/turns", Token)).ReadJsonAsync(Token);
        Assert.Equal("acknowledged before the outage", turns.GetProperty("items")[0].GetProperty("content").GetString());
        Assert.Equal(HttpStatusCode.Created, (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = "after" }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("/health/ready", Token)).StatusCode);
    }

    [Fact]
    public async Task A_knowledge_change_made_while_Redis_was_down_reaches_the_other_instance_when_it_is_back()
    {
        await using var other = await InProcessServer.StartAsync(_settings, cancellationToken: Token);

        await _redis.StopAsync(kill: true);
        // The document is stored (PostgreSQL is up); only the announcement to the other instance is lost.
        Assert.Equal(HttpStatusCode.Created, (await _server.Client.PostJsonAsync("/api/v1/knowledge/documents", new
        {
            id = "rb-etcd",
            title = "etcd leader elections",
            text = "# etcd leader changed\n\nFrequent `etcdserver: leader changed` means slow disks: check fsync latency.",
        }, Token)).StatusCode);
        await _redis.StartAsync();

        // When its subscription reconnects, the other instance compares its whole index with the store.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var results = (await (await other.Client.GetAsync("/api/v1/knowledge/search?q=etcd%20leader%20changed", Token)).ReadJsonAsync(Token)).GetProperty("results");
            if (results.GetArrayLength() > 0)
            {
                Assert.Equal("rb-etcd", results[0].GetProperty("documentId").GetString());
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the other instance never caught up after Redis came back");
            await Task.Delay(200, Token);
        }
    }

    private async Task AssertReadinessAsync(string unhealthy, string healthy)
    {
        using var ready = await _server.Client.GetAsync("/health/ready", Token);
        using var body = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync(Token));
        var components = body.RootElement.GetProperty("components");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("unhealthy", components.GetProperty(unhealthy).GetProperty("status").GetString());
        Assert.Equal("healthy", components.GetProperty(healthy).GetProperty("status").GetString());
    }

    /// <summary>Asks again until the instance answers 200 by itself (it is never restarted).</summary>
    private async Task WaitUntilOkAsync(string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        HttpStatusCode status;
        do
        {
            using var response = await _server.Client.GetAsync(path, Token);
            status = response.StatusCode;
            if (status == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(200, Token);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"{path} still answered {status} a minute after the store came back");
    }
}
