namespace FaultMaven.Infrastructure.Llm.Providers;

/// <summary>The kinds of language-model API FaultMaven speaks.</summary>
public enum LlmProviderKind
{
    /// <summary>OpenAI's API.</summary>
    OpenAI,
    /// <summary>Anthropic's Messages API, through the official SDK.</summary>
    Anthropic,
    /// <summary>Azure OpenAI (its OpenAI-compatible v1 API, key in the <c>api-key</c> header).</summary>
    AzureOpenAI,
    /// <summary>Fireworks (OpenAI-compatible).</summary>
    Fireworks,
    /// <summary>Ollama (its OpenAI-compatible <c>/v1</c>).</summary>
    Ollama,
    /// <summary>Any OpenAI-compatible server: vLLM, LM Studio, llama.cpp server.</summary>
    OpenAICompatible,
}

/// <summary>One configured provider, in the router's priority order.</summary>
/// <param name="Name">How it is named in logs, health and replies (<c>openai</c>, <c>anthropic</c>…).</param>
/// <param name="Kind">Which API it speaks.</param>
/// <param name="Endpoint">The API's base URL.</param>
/// <param name="ApiKey">The key; never logged.</param>
/// <param name="Model">The model (the deployment, for Azure).</param>
public sealed record LlmProvider(string Name, LlmProviderKind Kind, Uri Endpoint, string? ApiKey, string Model)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Model} at {Endpoint.GetLeftPart(UriPartial.Authority)})";
}
