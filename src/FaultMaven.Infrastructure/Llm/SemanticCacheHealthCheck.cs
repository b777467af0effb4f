using FaultMaven.Core.Agent.SemanticCache;
using FaultMaven.Core.Agent.Tools;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaultMaven.Infrastructure.Llm;

/// <summary>Says at <c>/health/ready</c> whether model answers are given again from the semantic cache, and why not: the flag is off,
/// embeddings are (questions cannot be compared by meaning without them), or live sources are offered to the model (its answers are
/// then of their moment, so the cache is unused). Always healthy: the cache only saves model calls.</summary>
internal sealed class SemanticCacheHealthCheck(SemanticAnswerCache cache, LiveSourceTools liveSources) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthCheckResult.Healthy(await cache.DescribeAsync(await liveSources.OfferedAsync(cancellationToken), cancellationToken));
}
