using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Infrastructure.Storage.Redis;

/// <summary>Budgets counted in Redis (<c>FM_REDIS</c>), shared by every instance: a fixed one-minute window per client and kind of
/// request. While Redis is away requests are let through (a warning says so once), as the cache does: a rate limit is not worth an
/// outage.</summary>
internal sealed class RedisRateLimitStore(RedisConnection redis, TimeProvider timeProvider, ILogger<RedisRateLimitStore> logger) : IRateLimitStore
{
    /// <summary>The prefix of the counters' keys.</summary>
    public const string KeyPrefix = RedisConnection.Prefix + "ratelimit:";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private int _failing;

    public RateLimiter Create(string partition, int permitsPerMinute) =>
        new RedisWindowRateLimiter(this, KeyPrefix + partition, permitsPerMinute, Window, timeProvider);

    internal StackExchange.Redis.IDatabase Database => redis.Database;

    /// <summary>Logs the first failure of an outage, and the recovery, once each.</summary>
    internal void ReportFailure(Exception exception)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            logger.RateLimitStoreUnavailable(exception, redis.Endpoint);
        }
    }

    internal void ReportSuccess()
    {
        if (Volatile.Read(ref _failing) == 1 && Interlocked.Exchange(ref _failing, 0) == 1)
        {
            logger.RateLimitStoreRestored(redis.Endpoint);
        }
    }
}
