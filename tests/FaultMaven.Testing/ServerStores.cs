namespace FaultMaven.Testing;

/// <summary>One PostgreSQL cluster for a whole test assembly (each test takes a fresh database on it), and fresh Redis servers on
/// demand (they start in milliseconds, so each test gets its own and sees no other test's keys).</summary>
public sealed class ServerStores : IAsyncLifetime
{
    private readonly List<RedisServer> _redis = [];

    public PostgresServer Postgres { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Postgres = await PostgresServer.StartNewAsync();

    /// <summary>Settings for an instance on a fresh database and a fresh Redis.</summary>
    public async Task<Dictionary<string, string?>> NewSettingsAsync()
    {
        var redis = await RedisServer.StartNewAsync();
        lock (_redis)
        {
            _redis.Add(redis);
        }

        return new Dictionary<string, string?>
        {
            ["FM_POSTGRES"] = await Postgres.CreateDatabaseAsync(),
            ["FM_REDIS"] = redis.Configuration,
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var redis in _redis)
        {
            await redis.DisposeAsync();
        }

        await Postgres.DisposeAsync();
    }
}
