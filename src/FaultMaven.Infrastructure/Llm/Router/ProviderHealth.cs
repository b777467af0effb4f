using System.Collections.Concurrent;

namespace FaultMaven.Infrastructure.Llm.Router;

/// <summary>Where a provider's circuit breaker stands.</summary>
public enum CircuitState
{
    /// <summary>Calls go through.</summary>
    Closed,
    /// <summary>Calls fail fast; the router goes straight to the next provider.</summary>
    Open,
    /// <summary>One trial call is let through to see whether the provider is back.</summary>
    HalfOpen,
}

/// <summary>The state of one provider as health reports it.</summary>
public sealed record ProviderStatus(string Name, string Model, CircuitState Circuit, DateTimeOffset? Since, string? LastError, DateTimeOffset? LastSuccess);

/// <summary>Every provider's circuit and last outcome, written by the router and read by <c>/health/ready</c>.</summary>
public sealed class ProviderHealth
{
    private readonly ConcurrentDictionary<string, ProviderStatus> _providers = new(StringComparer.Ordinal);

    /// <summary>Gets every provider, in no particular order.</summary>
    public IReadOnlyCollection<ProviderStatus> Providers => [.. _providers.Values];

    /// <summary>Gets one provider's status.</summary>
    public ProviderStatus? this[string name] => _providers.GetValueOrDefault(name);

    internal void Register(string name, string model) => _providers[name] = new ProviderStatus(name, model, CircuitState.Closed, null, null, null);

    internal void Circuit(string name, CircuitState state, DateTimeOffset at) =>
        _providers.AddOrUpdate(name, _ => new ProviderStatus(name, "", state, at, null, null), (_, s) => s with { Circuit = state, Since = at });

    internal void Failed(string name, string error) =>
        _providers.AddOrUpdate(name, _ => new ProviderStatus(name, "", CircuitState.Closed, null, error, null), (_, s) => s with { LastError = error });

    internal void Succeeded(string name, DateTimeOffset at) =>
        _providers.AddOrUpdate(name, _ => new ProviderStatus(name, "", CircuitState.Closed, null, null, at), (_, s) => s with { LastSuccess = at });
}
