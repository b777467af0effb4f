using FaultMaven.Core.Agent.SemanticCache;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaultMaven.Infrastructure.Llm;

/// <summary>Says at <c>/health/ready</c> whether model answers are given again from the semantic cache, and why not: the flag is off,
/// or embeddings are (questions cannot be compared by meaning without them). Always healthy: the cache only saves model calls.</summary>
internal sealed class SemanticCacheHealthCheck(SemanticAnswerCache cache) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthCheckResult.Healthy(await cache.DescribeAsync(cancellationToken));
}
