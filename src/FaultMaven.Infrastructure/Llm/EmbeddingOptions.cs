using Microsoft.Extensions.Configuration;

namespace FaultMaven.Infrastructure.Llm;

/// <summary>The embedding model of the knowledge base: one shipped with FaultMaven and run in-process (the default), any
/// OpenAI-compatible <c>/embeddings</c> endpoint (OpenAI, Ollama's <c>/v1</c>, vLLM, LM Studio, llama.cpp server), or none.</summary>
public sealed class EmbeddingOptions
{
    /// <summary>Which embedder: <c>local</c>, <c>remote</c> (<see cref="Url"/>) or <c>off</c> (lexical search only).</summary>
    /// <value>Default: <c>remote</c> when <see cref="Url"/> is set, else <c>local</c>.</value>
    [ConfigurationKeyName("FM_EMBEDDINGS")]
    public string? Mode { get; set; }

    /// <summary>The base URL of the API (…/v1) for <c>remote</c>.</summary>
    [ConfigurationKeyName("FM_EMBEDDINGS_URL")]
    public string? Url { get; set; }

    /// <summary>The embedding model: for <c>remote</c> the name the API knows; for <c>local</c> one of <see cref="LocalEmbeddingModel.Names"/>.</summary>
    /// <value>Default: <c>text-embedding-3-small</c> remote, <see cref="LocalEmbeddingModel.Default"/> local.</value>
    [ConfigurationKeyName("FM_EMBEDDINGS_MODEL")]
    public string? Model { get; set; }

    /// <summary>The API key (never logged); providers without keys accept any value.</summary>
    [ConfigurationKeyName("FM_EMBEDDINGS_API_KEY")]
    public string? ApiKey { get; set; }

    /// <summary>Gets the mode in effect.</summary>
    public string EffectiveMode => string.IsNullOrWhiteSpace(Mode)
        ? string.IsNullOrWhiteSpace(Url) ? "local" : "remote"
        : Mode.Trim().ToLowerInvariant();
}
