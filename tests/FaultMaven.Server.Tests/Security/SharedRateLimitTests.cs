using System.Net;
using FaultMaven.Testing;
using StackExchange.Redis;

namespace FaultMaven.Server.Tests.Security;

/// <summary>With FM_REDIS the budgets are counted in Redis: instances behind one load balancer share them, and a Redis outage lets
/// requests through instead of failing them.</summary>
public sealed class SharedRateLimitTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoInstances_SharingRedis_ShareOneBudget()
    {
        await using var redis = await RedisServer.StartNewAsync();
        var settings = Settings(redis.Configuration, perMinute: 4);
        var started = await Task.WhenAll(InProcessServer.StartAsync(settings, cancellationToken: Token), InProcessServer.StartAsync(settings, cancellationToken: Token));
        await using var a = started[0];
        await using var b = started[1];

        Assert.Equal(HttpStatusCode.OK, await GetAsync(a));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(b));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(a));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(b));
        using var refused = await a.Client.GetAsync("/api/v1/cases", Token);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync(b));
    }

    [Fact]
    public async Task Credentials_AreKeptInRedis_OnlyAsHashes()
    {
        await using var redis = await RedisServer.StartNewAsync();
        await using var secured = await SecuredServer.StartAsync(Settings(redis.Configuration, perMinute: 10), cancellationToken: Token);
        Assert.Equal(HttpStatusCode.OK, (await secured.Admin.GetAsync("/api/v1/cases", Token)).StatusCode);

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var keys = connection.GetServer(connection.GetEndPoints()[0]).Keys(pattern: "faultmaven:ratelimit:*").Select(k => k.ToString()).ToList();

        Assert.Contains(keys, k => k.Contains("caller:", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.Contains(SecuredServer.BootstrapKey, StringComparison.Ordinal) || k.Contains("bootstrap-admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RedisDown_RequestsPassUnlimited()
    {
        await using var redis = await RedisServer.StartNewAsync();
        await using var server = await InProcessServer.StartAsync(Settings(redis.Configuration, perMinute: 2), cancellationToken: Token);
        Assert.Equal(HttpStatusCode.OK, await GetAsync(server));

        await redis.StopAsync(kill: true);

        // Cases live in SQLite here (no FM_POSTGRES): only the rate limit needs Redis, and it fails open.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await GetAsync(server));
        }
    }

    private static Dictionary<string, string?> Settings(string redis, int perMinute) => new()
    {
        ["FM_REDIS"] = redis,
        ["FM_RATE_LIMIT_PER_MINUTE"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<HttpStatusCode> GetAsync(InProcessServer server)
    {
        using var response = await server.Client.GetAsync("/api/v1/cases", Token);
        return response.StatusCode;
    }
}
