using System.Diagnostics;
using System.Diagnostics.Metrics;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Infrastructure.Llm.Providers;
using Microsoft.Extensions.AI;

namespace FaultMaven.Infrastructure.Llm.Router;

/// <summary>Estimates each request's cost from its token usage and the model's price, and records tokens and cost as metrics and
/// on the current span; the cost is also put on the response (<c>AdditionalProperties["faultmaven.cost_usd"]</c>) for the agent to
/// add up per turn and per case.</summary>
internal sealed class UsageCostChatClient(IChatClient inner, LlmSettings settings) : DelegatingChatClient(inner)
{
    public const string CostProperty = "faultmaven.cost_usd";

    private static readonly Counter<long> Tokens = FaultMavenTelemetry.Meter.CreateCounter<long>("faultmaven.llm.tokens", "{token}", "Tokens sent to and received from language models, by provider and direction.");
    private static readonly Counter<double> Cost = FaultMavenTelemetry.Meter.CreateCounter<double>("faultmaven.llm.cost", "USD", "Estimated cost of language-model requests, by provider and model.");

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        Record(response.Usage, response.ModelId, response.AdditionalProperties, out var cost);
        (response.AdditionalProperties ??= [])[CostProperty] = cost;
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? provider = null;
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            provider ??= update.AdditionalProperties?.TryGetValue(ProviderFailoverChatClient.ProviderProperty, out var p) == true ? p as string : null;
            foreach (var usage in update.Contents.OfType<UsageContent>())
            {
                Record(usage.Details, update.ModelId, new AdditionalPropertiesDictionary { [ProviderFailoverChatClient.ProviderProperty] = provider }, out var cost);
                (update.AdditionalProperties ??= [])[CostProperty] = cost;
            }

            yield return update;
        }
    }

    /// <summary>The price of a model: an exact entry, else the longest entry its id starts with (<c>gpt-4o-mini-2024-07-18</c>).</summary>
    internal static (decimal Input, decimal Output)? Price(IReadOnlyDictionary<string, (decimal Input, decimal Output)> prices, string? model)
    {
        if (model is null)
        {
            return null;
        }

        if (prices.TryGetValue(model, out var exact))
        {
            return exact;
        }

        var prefix = prices.Keys.Where(k => model.StartsWith(k, StringComparison.OrdinalIgnoreCase)).MaxBy(k => k.Length);
        return prefix is null ? null : prices[prefix];
    }

    private void Record(UsageDetails? usage, string? model, AdditionalPropertiesDictionary? properties, out double cost)
    {
        cost = 0;
        if (usage is null)
        {
            return;
        }

        var provider = properties?.TryGetValue(ProviderFailoverChatClient.ProviderProperty, out var p) == true ? p as string ?? "unknown" : "unknown";
        var input = usage.InputTokenCount ?? 0;
        var output = usage.OutputTokenCount ?? 0;
        Tokens.Add(input, new("faultmaven.llm.provider", provider), new("faultmaven.llm.direction", "input"));
        Tokens.Add(output, new("faultmaven.llm.provider", provider), new("faultmaven.llm.direction", "output"));
        if (Price(settings.Prices, model) is { } price)
        {
            cost = (double)((input * price.Input + output * price.Output) / 1_000_000m);
            Cost.Add(cost, new("faultmaven.llm.provider", provider), new("faultmaven.llm.model", model));
        }

        Activity.Current?.SetTag("faultmaven.llm.cost_usd", cost);
        Activity.Current?.SetTag("faultmaven.llm.provider", provider);
    }
}
