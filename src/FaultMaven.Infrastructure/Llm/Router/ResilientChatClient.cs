using System.Runtime.CompilerServices;
using FaultMaven.Infrastructure.Llm.Providers;
using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace FaultMaven.Infrastructure.Llm.Router;

/// <summary>How hard the router tries one provider. The defaults suit hosted APIs; tests shorten them.</summary>
public sealed record ResilienceTuning
{
    /// <summary>Gets the first retry's delay (then exponential, with jitter), unless the provider says Retry-After.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the longest wait the router accepts from a Retry-After before it fails over instead.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the share of failed calls in the sampling window that opens the circuit.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>Gets how many calls the window needs before the ratio counts.</summary>
    public int MinimumThroughput { get; init; } = 4;

    /// <summary>Gets the sampling window.</summary>
    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets how long an open circuit stays open before a trial call.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the clock (tests move it).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>One provider behind retry (jittered exponential backoff, Retry-After honoured), a circuit breaker and a per-attempt
/// timeout (Polly). A stream is retried only until its first update arrives; after that a failure is the caller's.</summary>
internal sealed class ResilientChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline _pipeline;

    public ResilientChatClient(IChatClient inner, LlmProvider provider, LlmSettings settings, ResilienceTuning tuning, ProviderHealth health)
        : base(inner)
    {
        var transient = new PredicateBuilder().Handle<ProviderUnavailableException>().Handle<TimeoutRejectedException>();
        health.Register(provider.Name, provider.Model);
        var builder = new ResiliencePipelineBuilder { TimeProvider = tuning.TimeProvider };
        if (settings.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                // A Retry-After longer than we are willing to wait is a reason to fail over, not to wait.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is ProviderUnavailableException { RetryAfter: var wait } && (wait is null || wait <= tuning.MaxRetryAfter)
                    || args.Outcome.Exception is TimeoutRejectedException),
                MaxRetryAttempts = settings.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = tuning.BaseDelay,
                MaxDelay = tuning.MaxRetryAfter,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is ProviderUnavailableException { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
            });
        }

        _pipeline = builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = tuning.FailureRatio,
                MinimumThroughput = tuning.MinimumThroughput,
                SamplingDuration = tuning.SamplingDuration,
                BreakDuration = tuning.BreakDuration,
                OnOpened = _ => Changed(CircuitState.Open),
                OnHalfOpened = _ => Changed(CircuitState.HalfOpen),
                OnClosed = _ => Changed(CircuitState.Closed),
            })
            .AddTimeout(settings.Timeout)
            .Build();

        ValueTask Changed(CircuitState state)
        {
            health.Circuit(provider.Name, state, tuning.TimeProvider.GetUtcNow());
            return ValueTask.CompletedTask;
        }
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? [.. messages];
        return await _pipeline.ExecuteAsync(async token => await base.GetResponseAsync(list, options, token), cancellationToken);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? [.. messages];
        var (enumerator, first) = await _pipeline.ExecuteAsync(async token =>
        {
            var attempt = base.GetStreamingResponseAsync(list, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                return (attempt, await attempt.MoveNextAsync() ? attempt.Current : null);
            }
            catch
            {
                await attempt.DisposeAsync();
                throw;
            }
        }, cancellationToken);

        await using (enumerator)
        {
            if (first is null)
            {
                yield break;
            }

            yield return first;
            while (await enumerator.MoveNextAsync())
            {
                yield return enumerator.Current;
            }
        }
    }
}
