using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace FaultMaven.Infrastructure.Llm;

/// <summary>Registers the embedding generator chosen by <c>FM_EMBEDDINGS</c>.</summary>
public static class EmbeddingsServiceCollectionExtensions
{
    /// <summary>Adds the <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> the knowledge base, similar incidents and any other
    /// feature embed with: the packaged model run in-process (<c>local</c>, the default; loaded on first use), the OpenAI-compatible
    /// endpoint in <c>FM_EMBEDDINGS_URL</c> (<c>remote</c>), or none (<c>off</c>).</summary>
    /// <exception cref="OptionsValidationException">A variable has a bad value.</exception>
    public static IHostApplicationBuilder AddFaultMavenEmbeddings(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.Get<EmbeddingOptions>() ?? new EmbeddingOptions();
        switch (options.EffectiveMode)
        {
            case "off":
                return builder;
            case "local":
                var model = LocalEmbeddingModel.Find(options.Model)
                    ?? throw Invalid("FM_EMBEDDINGS_MODEL", $"FM_EMBEDDINGS_MODEL '{options.Model}' is not a local model: expected one of {string.Join(", ", LocalEmbeddingModel.Names)} (or FM_EMBEDDINGS=remote).");
                builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
                    new LocalEmbeddingGenerator(model, sp.GetRequiredService<ILogger<LocalEmbeddingGenerator>>()));
                return builder;
            case "remote":
                if (string.IsNullOrWhiteSpace(options.Url))
                {
                    throw Invalid("FM_EMBEDDINGS_URL", "FM_EMBEDDINGS=remote needs FM_EMBEDDINGS_URL (an OpenAI-compatible …/v1 URL).");
                }

                if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
                {
                    throw Invalid("FM_EMBEDDINGS_URL", $"FM_EMBEDDINGS_URL '{options.Url}' is not valid: expected an http:// or https:// URL.");
                }

                builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ =>
                    new OpenAIClient(new ApiKeyCredential(options.ApiKey ?? "none"), new OpenAIClientOptions { Endpoint = endpoint })
                        .GetEmbeddingClient(options.Model ?? "text-embedding-3-small")
                        .AsIEmbeddingGenerator());
                return builder;
            default:
                throw Invalid("FM_EMBEDDINGS", $"FM_EMBEDDINGS '{options.Mode}' is not valid: expected local, remote or off.");
        }
    }

    private static OptionsValidationException Invalid(string name, string message) => new(name, typeof(EmbeddingOptions), [message]);
}
