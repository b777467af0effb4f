using System.Net;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Health;

public sealed class HealthEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_ChecksNoStore()
    {
        var live = await (await _client.GetAsync("/health/live", Token)).ReadJsonAsync(Token);

        Assert.Equal("healthy", live.GetProperty("status").GetString());
        Assert.False(live.GetProperty("components").TryGetProperty("sqlite", out _));
    }

    [Fact]
    public async Task Ready_ReportsEachStoreWithLatency()
    {
        var ready = await (await _client.GetAsync("/health/ready", Token)).ReadJsonAsync(Token);

        var sqlite = ready.GetProperty("components").GetProperty("sqlite");
        Assert.Equal("healthy", sqlite.GetProperty("status").GetString());
        Assert.True(sqlite.GetProperty("latencyMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task Health_CombinesLiveAndReady()
    {
        var health = await (await _client.GetAsync("/health", Token)).ReadJsonAsync(Token);

        var components = health.GetProperty("components");
        Assert.True(components.TryGetProperty("sqlite", out _));
        Assert.True(components.TryGetProperty("process", out _));
    }

    [Fact]
    public async Task Ready_WhenDatabaseIsUnusable_Is503AndNamesIt()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        (await server.Client.GetAsync("/health/ready", Token)).EnsureSuccessStatusCode();

        // Replace the database with a directory: every new connection fails to open it.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var path = Path.Combine(server.DataDirectory, "faultmaven.db");
        foreach (var file in Directory.GetFiles(server.DataDirectory, "faultmaven.db*"))
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(path);

        using var ready = await server.Client.GetAsync("/health/ready", Token);
        var body = await ready.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("\"sqlite\":{\"status\":\"unhealthy\"", body);
        await ApiAssert.AssertProblemAsync(await server.Client.GetAsync("/api/v1/sessions", Token), 503, FaultMaven.Server.Problems.ProblemTypes.ServiceUnavailable);
    }
}
