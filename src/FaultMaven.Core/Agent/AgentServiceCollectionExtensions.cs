using FaultMaven.Core.Agent.Offline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaultMaven.Core.Agent;

/// <summary>Registers the agent.</summary>
public static class AgentServiceCollectionExtensions
{
    /// <summary>Adds <see cref="AgentService"/> with the offline engine unless another <see cref="IInvestigator"/> was added first.
    /// Needs the cases, data and knowledge features.</summary>
    public static IServiceCollection AddAgent(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<SemanticCache.SemanticCacheOptions, SemanticCache.SemanticCacheOptionsValidator>().BindConfiguration(string.Empty);
        services.TryAddSingleton<IInvestigator, OfflineInvestigator>();
        services.TryAddSingleton<Common.IIdempotencyGate, Common.LocalIdempotencyGate>();
        services.TryAddSingleton<Sources.LogSourceService>();
        services.TryAddSingleton<Sources.LiveSourceService>();
        services.TryAddSingleton<Sources.Kubernetes.KubernetesSourceService>();
        services.TryAddSingleton<Tools.LiveSourceTools>();
        services.AddSingleton<AgentService>();
        return services;
    }
}
