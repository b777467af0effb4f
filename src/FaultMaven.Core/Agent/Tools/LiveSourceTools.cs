using FaultMaven.Core.Common;
using FaultMaven.Core.Sources;
using FaultMaven.Core.Sources.Kubernetes;
using Microsoft.Extensions.AI;

namespace FaultMaven.Core.Agent.Tools;

/// <summary>The tools that read live sources (Prometheus, Loki, Elasticsearch, Splunk, Kubernetes), offered to the model when the
/// <see cref="FeatureFlags.ModelTools"/> flag is on and the source is configured and enabled. One place decides whether a turn reads
/// live sources, for the turn (<see cref="ForTurnAsync"/>) and for <c>/health/ready</c> (<see cref="OfferedAsync"/>): an answer
/// read from them is of its moment, so the semantic cache neither gives nor keeps one.</summary>
public sealed class LiveSourceTools(IFeatureFlags flags, LiveSourceService sources, LogSourceService? logSources = null, KubernetesSourceService? kubernetes = null)
{
    /// <summary>Gets the names of the live sources the model is offered now (none when model tools are off).</summary>
    public async Task<IReadOnlyList<string>> OfferedAsync(CancellationToken cancellationToken = default)
    {
        var offered = new List<string>();
        if (!await flags.IsEnabledAsync(FeatureFlags.ModelTools, cancellationToken))
        {
            return offered;
        }

        if (await sources.PrometheusEnabledAsync(cancellationToken))
        {
            offered.Add("prometheus");
        }

        if (logSources is not null)
        {
            foreach (var name in LogSourceService.Names)
            {
                if (await logSources.EnabledAsync(name, cancellationToken))
                {
                    offered.Add(name);
                }
            }
        }

        if (kubernetes is not null && await kubernetes.EnabledAsync(cancellationToken))
        {
            offered.Add("kubernetes");
        }

        return offered;
    }

    /// <summary>Gets the live-source tools for this turn's case; empty when the turn reads no live source.</summary>
    public async Task<IReadOnlyList<AIFunction>> ForTurnAsync(InvestigationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var offered = await OfferedAsync(cancellationToken);
        var tools = new List<AIFunction>();
        if (offered.Contains("prometheus"))
        {
            tools.Add(PrometheusTools.QueryPrometheus(sources, request));
        }

        if (logSources is not null && offered.Any(LogSourceService.Names.Contains))
        {
            tools.AddRange(await LogSourceTools.CreateAsync(logSources, request, cancellationToken));
        }

        if (kubernetes is not null && offered.Contains("kubernetes"))
        {
            tools.AddRange(KubernetesTools.Create(kubernetes, request));
        }

        return tools;
    }
}
