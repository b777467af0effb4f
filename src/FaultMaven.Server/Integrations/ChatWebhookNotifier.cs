using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Alerts;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace FaultMaven.Server.Integrations;

/// <summary>Posts the answer of an alert's investigation to a Slack-compatible incoming webhook: the root cause first, the next
/// steps, and a link to the case. The text is redacted with the case's pseudonyms first — answers show people their own values,
/// a chat channel is another service. Retries 429, 5xx and network errors with backoff, then gives up with a log line.</summary>
internal sealed partial class ChatWebhookNotifier : IInvestigationNotifier
{
    private const int MaxNextSteps = 3;
    private const int MaxField = 2900; // Slack refuses a section's text past 3000 characters

    private static readonly Counter<long> Sent = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.integrations.notifications", description: "Answers of alert investigations posted to the chat webhook, by outcome");

    private readonly HttpClient _http;
    private readonly NotifyOptions _options;
    private readonly CaseService _cases;
    private readonly CaseTextRedactor _redactor;
    private readonly ILogger<ChatWebhookNotifier> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ChatWebhookNotifier(
        HttpClient http, IOptions<NotifyOptions> options, CaseService cases, CaseTextRedactor redactor, TimeProvider timeProvider, ILogger<ChatWebhookNotifier> logger)
    {
        (_http, _options, _cases, _redactor, _logger) = (http, options.Value, cases, redactor, logger);
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TaskCanceledException>()
                    .HandleResult(r => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)r.StatusCode >= 500),
                DelayGenerator = static args => ValueTask.FromResult(args.Outcome.Result?.Headers.RetryAfter?.Delta is { } wait && wait <= TimeSpan.FromMinutes(1) ? wait : (TimeSpan?)null),
            })
            .AddTimeout(TimeSpan.FromSeconds(10))
            .Build();
    }

    public async Task InvestigationFinishedAsync(string caseId, AgentReply reply, CancellationToken cancellationToken)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("integration.notify");
        activity?.SetTag("faultmaven.case.id", caseId);
        try
        {
            using var content = JsonContent.Create(await MessageAsync(caseId, reply, cancellationToken));
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

    private async Task<object> MessageAsync(string caseId, AgentReply reply, CancellationToken cancellationToken)
    {
        var title = (await _cases.GetAsync(caseId, cancellationToken))?.Title ?? caseId;
        var rootCause = await _redactor.RedactAsync(caseId, reply.RootCause, cancellationToken);
        var steps = new List<string>();
        foreach (var step in reply.NextActions.Take(MaxNextSteps))
        {
            steps.Add(await _redactor.RedactAsync(caseId, step, cancellationToken));
        }

        var link = _options.PublicUrl.Length > 0 ? $"{_options.PublicUrl.TrimEnd('/')}/cases/{Uri.EscapeDataString(caseId)}" : null;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"*{Escape(title)}*\nRoot cause: {Escape(rootCause)}");
        if (link is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n<{link}|Open case {caseId}>");
        }

        var blocks = new List<object>
        {
            Section($"*{Escape(title)}*\n*Root cause:* {Escape(rootCause)}"),
        };
        if (steps.Count > 0)
        {
            blocks.Add(Section("*Next:*\n" + string.Join('\n', steps.Select(s => "• " + Escape(s)))));
        }

        blocks.Add(new
        {
            type = "context",
            elements = new object[] { new { type = "mrkdwn", text = Escape($"{reply.Engine} · case {caseId}") + (link is null ? "" : $" · <{link}|open>") } },
        });
        return new { text = Trim(text.ToString()), blocks };
    }

    private static object Section(string markdown) => new { type = "section", text = new { type = "mrkdwn", text = Trim(markdown) } };

    /// <summary>Escapes what Slack's markup reads as links and mentions (&lt;, &gt;, &amp;), so text from a case cannot ping a channel.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Trim(string text) => text.Length <= MaxField ? text : text[..(MaxField - 1)] + "…";

    [LoggerMessage(LogEvents.AlertNotified, LogLevel.Information, "Posted the answer to alert case {CaseId} to the chat webhook")]
    private partial void LogNotified(string caseId);

    [LoggerMessage(LogEvents.AlertNotifyFailed, LogLevel.Warning, "Could not post the answer to alert case {CaseId} to the chat webhook: {Reason}")]
    private partial void LogNotifyFailed(string caseId, string reason);
}
