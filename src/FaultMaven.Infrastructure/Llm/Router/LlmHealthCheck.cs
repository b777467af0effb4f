using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaultMaven.Infrastructure.Llm.Router;

/// <summary>One provider in <c>/health/ready</c>: healthy while its circuit is closed, degraded while it is open or on trial (the
/// router fails over, and with every provider down the agent answers offline, so the server stays ready).</summary>
internal sealed class LlmHealthCheck(ProviderHealth health, string provider) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = health[provider];
        var result = status switch
        {
            null => HealthCheckResult.Degraded($"{provider}: not registered"),
            { Circuit: CircuitState.Closed } s => HealthCheckResult.Healthy($"{s.Model}: circuit closed{(s.LastSuccess is { } ok ? $", last answer {ok:O}" : ", no request yet")}{(s.LastError is { } e ? $", last error: {e}" : "")}"),
            { Circuit: CircuitState.HalfOpen } s => HealthCheckResult.Degraded($"{s.Model}: circuit half-open (trial call), last error: {s.LastError}"),
            var s => HealthCheckResult.Degraded($"{s.Model}: circuit open since {s.Since:O}, requests fail over; last error: {s.LastError}"),
        };
        return Task.FromResult(result);
    }
}
