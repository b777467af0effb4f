using System.Threading.RateLimiting;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Where request budgets are counted: in this process, or shared by every instance (Redis), so a client's budget is the same
/// whichever instance it reaches.</summary>
public interface IRateLimitStore
{
    /// <summary>Creates the limiter of one budget: <paramref name="permitsPerMinute"/> requests a minute for the client and kind of
    /// request named by <paramref name="partition"/>.</summary>
    RateLimiter Create(string partition, int permitsPerMinute);
}
