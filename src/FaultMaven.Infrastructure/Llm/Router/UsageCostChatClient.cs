using System.Diagnostics;
using System.Diagnostics.Metrics;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Infrastructure.Llm.Providers;
using Microsoft.Extensions.AI;

namespace FaultMaven.Infrastructure.Llm.Router;

/// <summary>Records each request's tokens and estimated cost (from <see cref="LlmSettings.Cost"/>) as metrics and on the current
/// span. The agent works out a turn's cost from the usage summed over its tool loop, the same way.</summary>
internal sealed class UsageCostChatClient(IChatClient inner, LlmSettings settings) : DelegatingChatClient(inner)
{
    private static readonly Counter<long> Tokens = FaultMavenTelemetry.Meter.CreateCounter<long>("faultmaven.llm.tokens", "{token}", "Tokens sent to and received from language models, by provider and direction.");
    private static readonly Counter<double> Cost = FaultMavenTelemetry.Meter.CreateCounter<double>("faultmaven.llm.cost", "USD", "Estimated cost of language-model requests, by provider and model.");

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        Record(response.Usage, response.ModelId, Provider(response.AdditionalProperties));
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? provider = null;
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            provider ??= Provider(update.AdditionalProperties);
            foreach (var usage in update.Contents.OfType<UsageContent>())
            {
                Record(usage.Details, update.ModelId, provider);
            }

            yield return update;
        }
    }

    private static string? Provider(AdditionalPropertiesDictionary? properties) =>
        properties?.TryGetValue(LlmRouter.ProviderProperty, out var p) == true ? p as string : null;

    private void Record(UsageDetails? usage, string? model, string? provider)
    {
        if (usage is null)
        {
            return;
        }

        provider ??= "unknown";
        var input = usage.InputTokenCount ?? 0;
        var output = usage.OutputTokenCount ?? 0;
        Tokens.Add(input, new("faultmaven.llm.provider", provider), new("faultmaven.llm.direction", "input"));
        Tokens.Add(output, new("faultmaven.llm.provider", provider), new("faultmaven.llm.direction", "output"));
        var cost = settings.Cost(model, input, output);
        if (cost > 0)
        {
            Cost.Add(cost, new("faultmaven.llm.provider", provider), new("faultmaven.llm.model", model));
        }

        Activity.Current?.SetTag("faultmaven.llm.cost_usd", cost);
        Activity.Current?.SetTag("faultmaven.llm.provider", provider);
    }
}
