using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FaultMaven.Infrastructure.Integrations.Logs;

/// <summary>The resilience of one log source, as Prometheus's client has it: a circuit breaker that opens for
/// <see cref="LogSourceHttpClient.BreakSeconds"/> s after the source failed half of at least three calls in 30 s, around a per-call timeout.</summary>
internal static class LogSourcePipeline
{
    public static ResiliencePipeline Create(int timeoutSeconds, TimeProvider timeProvider, Action<TimeSpan> opened) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TimeoutRejectedException>(),
                FailureRatio = 0.5,
                MinimumThroughput = 3,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(LogSourceHttpClient.BreakSeconds),
                OnOpened = args => { opened(args.BreakDuration); return ValueTask.CompletedTask; },
            })
            .AddTimeout(TimeSpan.FromSeconds(timeoutSeconds))
            .Build();
}
