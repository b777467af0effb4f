using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace FaultMaven.Infrastructure.Storage.Redis;

/// <summary>The one multiplexed connection to Redis (<c>FM_REDIS</c>) that sessions, the cache, idempotency keys and change
/// notifications share. It never gives up: while Redis is away commands fail at once (no backlog) as
/// <see cref="StorageUnavailableException"/> (503), and the multiplexer reconnects by itself when Redis is back.</summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    public const string StoreName = "redis";

    /// <summary>Every key FaultMaven writes starts with this, so a shared Redis can be inspected and cleaned.</summary>
    public const string Prefix = "faultmaven:";

    private readonly ILogger<RedisConnection> _logger;

    public RedisConnection(string configuration, ILogger<RedisConnection> logger)
    {
        _logger = logger;
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName ??= "faultmaven";
        if (!configuration.Contains("connectTimeout", StringComparison.OrdinalIgnoreCase))
        {
            options.ConnectTimeout = 3000;
        }

        if (!configuration.Contains("asyncTimeout", StringComparison.OrdinalIgnoreCase))
        {
            options.AsyncTimeout = 3000;
        }

        Endpoint = string.Join(",", options.EndPoints.Select(e => e.ToString()));
        Multiplexer = ConnectionMultiplexer.Connect(options);
        Multiplexer.ConnectionFailed += (_, e) => _logger.RedisConnection(Endpoint, "lost", e.FailureType.ToString());
        Multiplexer.ConnectionRestored += (_, e) => _logger.RedisConnection(Endpoint, "restored", e.ConnectionType.ToString());
    }

    /// <summary>Gets the server(s), for logs and health.</summary>
    public string Endpoint { get; }

    public IConnectionMultiplexer Multiplexer { get; }

    public IDatabase Database => Multiplexer.GetDatabase();

    /// <summary>Runs <paramref name="work"/>, turning a lost or unreachable server into <see cref="StorageUnavailableException"/>.</summary>
    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> work)
    {
        try
        {
            return await work(Database);
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException || ex is RedisServerException { Message: var m } && m.StartsWith("LOADING", StringComparison.Ordinal))
        {
            _logger.StorageFailed(ex, StoreName);
            throw new StorageUnavailableException(StoreName, ex, Endpoint);
        }
    }

    public async ValueTask DisposeAsync() => await Multiplexer.DisposeAsync();
}
