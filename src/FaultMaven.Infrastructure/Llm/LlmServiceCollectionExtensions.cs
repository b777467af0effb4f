using FaultMaven.Core.Agent;
using FaultMaven.Core.Agent.Model;
using FaultMaven.Core.Agent.Offline;
using FaultMaven.Core.Agent.SemanticCache;
using FaultMaven.Core.Agent.Tools;
using FaultMaven.Core.Common;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Infrastructure.Llm.Middleware;
using FaultMaven.Infrastructure.Llm.Providers;
using FaultMaven.Infrastructure.Llm.Router;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Llm;

/// <summary>Registers the language-model router and the agent that uses it, when a provider is configured.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>Reads the providers (<see cref="LlmSettings"/>); with any configured, adds the router as the <see cref="IChatClient"/>,
    /// the <see cref="LlmInvestigator"/> as the agent's investigator and each provider's health to <c>/health/ready</c>. With none,
    /// adds nothing and the agent stays offline. Call before the agent is added.</summary>
    public static IHostApplicationBuilder AddFaultMavenLlm(this IHostApplicationBuilder builder, ResilienceTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = LlmSettings.Load(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return builder;
        }

        services.AddSingleton<ProviderHealth>();
        services.AddDistributedMemoryCache();
        services.AddSingleton(sp => LlmRouter.Create(settings, tuning ?? new ResilienceTuning(), sp.GetRequiredService<ProviderHealth>(), sp));
        services.AddSingleton<OfflineInvestigator>();
        services.AddSingleton<IModelPricing>(settings);
        services.AddSingleton(new ContextBudget(settings.ContextTokens));
        services.AddSingleton<ContextBuilder>();
        // Keyed on the providers and models in their order: another model's answer is not this one's.
        var modelSignature = string.Join(",", settings.Providers.Select(p => $"{p.Name}:{p.Model}"));
        services.AddSingleton(sp => new SemanticAnswerCache(
            sp.GetRequiredService<ISemanticAnswerStore>(), sp.GetRequiredService<IFeatureFlags>(), sp.GetRequiredService<IOptions<SemanticCacheOptions>>(),
            sp.GetRequiredService<Redactor>(), sp.GetRequiredService<IPseudonymScopes>(), sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<SemanticAnswerCache>>(), modelSignature, sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()));
        services.AddSingleton<IInvestigator, LlmInvestigator>();
        var checks = services.AddHealthChecks();
        checks.Add(new HealthCheckRegistration("semantic-cache", sp => new SemanticCacheHealthCheck(sp.GetRequiredService<SemanticAnswerCache>(), sp.GetRequiredService<LiveSourceTools>()), HealthStatus.Degraded, ["llm"]));
        foreach (var provider in settings.Providers)
        {
            checks.Add(new HealthCheckRegistration($"llm:{provider.Name}", sp => new LlmHealthCheck(sp.GetRequiredService<ProviderHealth>(), provider.Name), HealthStatus.Degraded, ["llm"]));
        }

        return builder;
    }
}

/// <summary>Builds the chat pipeline, outermost first: function invocation (the tool loop) → privacy redaction (inside the loop, so
/// every round's tool results are redacted too) → cache (exact, keyed on the redacted request) → telemetry (OpenTelemetry GenAI
/// spans and metrics, then tokens and estimated cost) → ordered failover over the providers, each behind retry, circuit breaker and
/// timeout.</summary>
public static class LlmRouter
{
    /// <summary>The <see cref="ChatResponse.AdditionalProperties"/> key naming the provider that answered.</summary>
    public const string ProviderProperty = ModelPropertyKeys.Provider;

    /// <summary>Creates the router over <paramref name="settings"/>' providers.</summary>
    public static IChatClient Create(LlmSettings settings, ResilienceTuning tuning, ProviderHealth health, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(tuning);
        ArgumentNullException.ThrowIfNull(services);
        var loggers = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        var providers = settings.Providers
            .Select(p => (p, (IChatClient)new ResilientChatClient(ChatClientFactory.Create(p, settings.Timeout, tuning.TimeProvider), p, settings, tuning, health)))
            .ToList();
        var builder = new ChatClientBuilder(new ProviderFailoverChatClient(providers, health, tuning.TimeProvider, loggers.CreateLogger<ProviderFailoverChatClient>()))
            .UseFunctionInvocation(loggers, invocation => invocation.MaximumIterationsPerRequest = 8)
            .UsePiiRedaction();
        if (settings.Cache && services.GetService<IDistributedCache>() is { } cache)
        {
            builder.UseDistributedCache(cache);
        }

        return builder
            .UseOpenTelemetry(loggers, FaultMavenTelemetry.Name, telemetry => telemetry.EnableSensitiveData = settings.TraceContent)
            .Use(inner => new UsageCostChatClient(inner, settings))
            .Build(services);
    }
}
