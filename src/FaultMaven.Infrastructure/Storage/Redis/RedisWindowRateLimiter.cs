using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace FaultMaven.Infrastructure.Storage.Redis;

/// <summary>One client's budget counted in Redis: a counter that starts a window on its first request and expires with it (INCRBY and
/// PEXPIRE in one script, so instances never race). Permits are only granted asynchronously; the synchronous attempt says no, which
/// makes ASP.NET Core's rate-limiting middleware ask again through <see cref="AcquireAsyncCore"/>.</summary>
internal sealed class RedisWindowRateLimiter(RedisRateLimitStore store, string key, int permitLimit, TimeSpan window, TimeProvider timeProvider) : RateLimiter
{
    // Returns the count after this request and the milliseconds left in the window.
    private const string Script = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[2])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return { count, ttl }
        """;

    private static readonly RateLimitLease Granted = new Lease(true, null);
    private static readonly RateLimitLease NotSynchronously = new Lease(false, null);

    private readonly RedisKey[] _keys = [key];
    private long _lastUsed = timeProvider.GetTimestamp();

    public override TimeSpan? IdleDuration => timeProvider.GetElapsedTime(Volatile.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? Granted : NotSynchronously;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, permitLimit);
        Volatile.Write(ref _lastUsed, timeProvider.GetTimestamp());
        if (permitCount == 0)
        {
            return Granted;
        }

        try
        {
            var result = (RedisResult[])(await store.Database.ScriptEvaluateAsync(Script, _keys, [(long)window.TotalMilliseconds, permitCount]))!;
            store.ReportSuccess();
            var count = (long)result[0];
            return count <= permitLimit ? Granted : new Lease(false, TimeSpan.FromMilliseconds(Math.Max(1, (long)result[1])));
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException or RedisServerException)
        {
            store.ReportFailure(ex);
            return Granted;
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
