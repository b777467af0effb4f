using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Knowledge;

/// <summary>Registers the knowledge feature.</summary>
public static partial class KnowledgeServiceCollectionExtensions
{
    /// <summary>Adds <see cref="KnowledgeService"/>, its in-memory index and the loader that fills it at start. A store must be added separately.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<KnowledgeOptions, KnowledgeOptionsValidator>().BindConfiguration(string.Empty);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var knowledge = new KnowledgeBase(
                sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Chunking,
                sp.GetService<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>(),
                sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Fusion);
            var logger = sp.GetRequiredService<ILogger<KnowledgeBase>>();
            knowledge.QueryEmbeddingFailed = ex => Log.QueryEmbeddingFailed(logger, ex);
            return knowledge;
        });
        services.AddSingleton<Indexing.SemanticIndexer>();
        services.AddSingleton<KnowledgeService>();
        services.TryAddSingleton<IKnowledgeChanges, SingleInstanceKnowledgeChanges>();
        services.AddHostedService<KnowledgeLoader>();
        services.AddHostedService(sp => sp.GetRequiredService<Indexing.SemanticIndexer>());
        return services;
    }

    private static partial class Log
    {
        [LoggerMessage(Diagnostics.LogEvents.QueryEmbeddingFailed, LogLevel.Warning, "A knowledge query could not be embedded; this search is lexical")]
        public static partial void QueryEmbeddingFailed(ILogger logger, Exception exception);
    }
}
