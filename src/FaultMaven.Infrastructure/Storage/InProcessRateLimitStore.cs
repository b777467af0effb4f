using System.Threading.RateLimiting;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Budgets counted in this process: a token bucket per client that holds a minute's permits and refills evenly, so a burst up
/// to the budget passes and a steady client is never refused.</summary>
internal sealed class InProcessRateLimitStore : IRateLimitStore
{
    // The partitioned limiter replenishes its buckets on a 100 ms timer; a shorter period would not refill faster.
    private static readonly TimeSpan ShortestPeriod = TimeSpan.FromMilliseconds(100);

    public RateLimiter Create(string partition, int permitsPerMinute)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permitsPerMinute);
        var period = TimeSpan.FromTicks(Math.Max(ShortestPeriod.Ticks, TimeSpan.FromMinutes(1).Ticks / permitsPerMinute));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = permitsPerMinute,
            ReplenishmentPeriod = period,
            TokensPerPeriod = Math.Max(1, (int)Math.Round(permitsPerMinute * period.TotalMinutes)),
            QueueLimit = 0,
            AutoReplenishment = false,
        });
    }
}
