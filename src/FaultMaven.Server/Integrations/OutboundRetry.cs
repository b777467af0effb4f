using System.Net;
using Polly;
using Polly.Retry;

namespace FaultMaven.Server.Integrations;

/// <summary>How FaultMaven retries what it posts to other services (chat webhooks, Slack's Web API): 429, 408, 5xx and network
/// errors, three more tries with jittered exponential backoff from one second, a <c>Retry-After</c> of up to a minute honoured,
/// each try limited to the given timeout.</summary>
internal static class OutboundRetry
{
    public static ResiliencePipeline<HttpResponseMessage> Create(TimeProvider timeProvider, TimeSpan timeout) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<Polly.Timeout.TimeoutRejectedException>()
                    .HandleResult(r => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)r.StatusCode >= 500),
                DelayGenerator = static args => ValueTask.FromResult(
                    args.Outcome.Result?.Headers.RetryAfter?.Delta is { } wait && wait <= TimeSpan.FromMinutes(1) ? wait : (TimeSpan?)null),
            })
            .AddTimeout(timeout)
            .Build();
}
