using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaultMaven.Core.Knowledge;

/// <summary>Registers the knowledge feature.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Adds <see cref="KnowledgeService"/>, its in-memory index and the loader that fills it at start. A store must be added separately.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new KnowledgeBase());
        services.AddSingleton<KnowledgeService>();
        services.AddHostedService<KnowledgeLoader>();
        return services;
    }
}
