using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using OpenAI;

namespace FaultMaven.Infrastructure.Llm.Providers;

/// <summary>Creates the <see cref="IChatClient"/> of a provider through its own SDK (OpenAI's for OpenAI and every OpenAI-compatible
/// API, Anthropic's for Anthropic), with the SDK's own retries off: the router does that, the same way for all.</summary>
internal static class ChatClientFactory
{
    public static IChatClient Create(LlmProvider provider, TimeSpan timeout, TimeProvider time)
    {
        // The SDK gets a generous overall timeout; the router's per-attempt timeout is the one that bites.
        var http = new HttpClient(new ProviderHttpHandler(provider, time)) { Timeout = timeout + TimeSpan.FromSeconds(30) };
        if (provider.Kind == LlmProviderKind.Anthropic)
        {
            var anthropic = new AnthropicClient
            {
                ApiKey = provider.ApiKey,
                BaseUrl = provider.Endpoint.ToString().TrimEnd('/'),
                HttpClient = http,
                MaxRetries = 0,
            };
            return anthropic.AsIChatClient(provider.Model);
        }

        var options = new OpenAIClientOptions
        {
            Endpoint = provider.Endpoint,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = timeout + TimeSpan.FromSeconds(30),
        };
        return new OpenAIClient(new ApiKeyCredential(provider.ApiKey ?? "none"), options).GetChatClient(provider.Model).AsIChatClient();
    }
}
