using Microsoft.Extensions.Configuration;

namespace FaultMaven.Infrastructure.Llm;

/// <summary>The embedding provider of the knowledge base: any OpenAI-compatible <c>/embeddings</c> endpoint (OpenAI, Ollama's
/// <c>/v1</c>, vLLM, LM Studio, llama.cpp server). None by default: search is then lexical only.</summary>
public sealed class EmbeddingOptions
{
    /// <summary>The base URL of the API (…/v1); empty turns dense search off.</summary>
    [ConfigurationKeyName("FM_EMBEDDINGS_URL")]
    public string? Url { get; set; }

    /// <summary>The embedding model.</summary>
    [ConfigurationKeyName("FM_EMBEDDINGS_MODEL")]
    public string Model { get; set; } = "text-embedding-3-small";

    /// <summary>The API key (never logged); providers without keys accept any value.</summary>
    [ConfigurationKeyName("FM_EMBEDDINGS_API_KEY")]
    public string? ApiKey { get; set; }
}
