using System.Diagnostics.Metrics;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Alerts;
using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Options;
using Polly;

namespace FaultMaven.Server.Integrations;

/// <summary>Posts the answer of an alert's investigation to a Slack-compatible incoming webhook: the root cause first, the next
/// steps, and a link to the case. The text is redacted with the case's pseudonyms first — answers show people their own values,
/// a chat channel is another service. Retries 429, 5xx and network errors with backoff, then gives up with a log line.</summary>
internal sealed partial class ChatWebhookNotifier : IInvestigationNotifier
{
    private static readonly Counter<long> Sent = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.integrations.notifications", description: "Answers of alert investigations posted to the chat webhook, by outcome");

    private readonly HttpClient _http;
    private readonly NotifyOptions _options;
    private readonly ChatAnswer _answer;
    private readonly ILogger<ChatWebhookNotifier> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ChatWebhookNotifier(
        HttpClient http, IOptions<NotifyOptions> options, ChatAnswer answer, TimeProvider timeProvider, ILogger<ChatWebhookNotifier> logger)
    {
        (_http, _options, _answer, _logger) = (http, options.Value, answer, logger);
        _pipeline = OutboundRetry.Create(timeProvider, TimeSpan.FromSeconds(10));
    }

    public async Task InvestigationFinishedAsync(string caseId, AgentReply reply, CancellationToken cancellationToken)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("integration.notify");
        activity?.SetTag("faultmaven.case.id", caseId);
        try
        {
            var message = await _answer.WriteAsync(caseId, reply, _options.PublicUrl, cancellationToken);
            using var content = JsonContent.Create(new { text = message.Text, blocks = message.Blocks });
            using var response = await _pipeline.ExecuteAsync(
                async token => await _http.PostAsync(_options.WebhookUrl, content, token), cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                Sent.Add(1, new KeyValuePair<string, object?>("outcome", "sent"));
                LogNotified(caseId);
                return;
            }

            Sent.Add(1, new KeyValuePair<string, object?>("outcome", "refused"));
            LogNotifyFailed(caseId, $"the webhook answered {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            Sent.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            // The exception's message may hold the webhook's address, which is a secret: only its type is logged.
            LogNotifyFailed(caseId, ex.GetType().Name);
        }
    }

    [LoggerMessage(LogEvents.AlertNotified, LogLevel.Information, "Posted the answer to alert case {CaseId} to the chat webhook")]
    private partial void LogNotified(string caseId);

    [LoggerMessage(LogEvents.AlertNotifyFailed, LogLevel.Warning, "Could not post the answer to alert case {CaseId} to the chat webhook: {Reason}")]
    private partial void LogNotifyFailed(string caseId, string reason);
}
