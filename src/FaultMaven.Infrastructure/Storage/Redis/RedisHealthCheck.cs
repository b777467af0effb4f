using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaultMaven.Infrastructure.Storage.Redis;

/// <summary>Reports whether Redis answers a PING, with its round trip.</summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.RunAsync(database => database.PingAsync());
            return HealthCheckResult.Healthy($"Redis {redis.Endpoint} answers ({latency.TotalMilliseconds:0.0} ms).");
        }
        catch (StorageUnavailableException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis {redis.Endpoint} does not answer: {ex.InnerException?.Message.Split(';')[0]}");
        }
    }
}
