using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Knowledge;

/// <summary>Registers the knowledge feature.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Adds <see cref="KnowledgeService"/>, its in-memory index and the loader that fills it at start. A store must be added separately.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<KnowledgeOptions, KnowledgeOptionsValidator>().BindConfiguration(string.Empty);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new KnowledgeBase(
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Chunking,
            sp.GetService<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>()));
        services.AddSingleton<KnowledgeService>();
        services.TryAddSingleton<IKnowledgeChanges, SingleInstanceKnowledgeChanges>();
        services.AddHostedService<KnowledgeLoader>();
        return services;
    }
}
