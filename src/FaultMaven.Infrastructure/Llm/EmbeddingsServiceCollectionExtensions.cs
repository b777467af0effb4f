using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenAI;

namespace FaultMaven.Infrastructure.Llm;

/// <summary>Registers the embedding generator when one is configured.</summary>
public static class EmbeddingsServiceCollectionExtensions
{
    /// <summary>Adds an <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over the OpenAI-compatible endpoint in <c>FM_EMBEDDINGS_URL</c>, if set.</summary>
    public static IHostApplicationBuilder AddFaultMavenEmbeddings(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.Get<EmbeddingOptions>() ?? new EmbeddingOptions();
        if (string.IsNullOrWhiteSpace(options.Url))
        {
            return builder;
        }

        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new OptionsValidationException("FM_EMBEDDINGS_URL", typeof(EmbeddingOptions), [$"FM_EMBEDDINGS_URL '{options.Url}' is not valid: expected an http:// or https:// URL."]);
        }

        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ =>
            new OpenAIClient(new ApiKeyCredential(options.ApiKey ?? "none"), new OpenAIClientOptions { Endpoint = endpoint })
                .GetEmbeddingClient(options.Model)
                .AsIEmbeddingGenerator());
        return builder;
    }
}
