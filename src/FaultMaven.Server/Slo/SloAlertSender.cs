using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Threading.Channels;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Server.Contracts;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FaultMaven.Server.Slo;

/// <summary>Delivers SLO alerts in the order they happen, off the evaluation loop: Slack-compatible webhooks get <c>{"text": …}</c> on
/// each change of state, Alertmanagers get <c>POST /api/v2/alerts</c> (firing, resolved, and re-sent while firing). Each delivery is
/// retried with jittered exponential backoff on network errors, timeouts, 408, 429 and 5xx.</summary>
internal sealed class SloAlertSender : BackgroundService
{
    /// <summary>The Alertmanager alert name; its labels <c>objective</c> and <c>severity</c> say which objective and how badly.</summary>
    public const string AlertName = "FaultMavenSloBurnRate";

    /// <summary>The name of the HTTP client alerts go through.</summary>
    public const string HttpClientName = "slo-alerts";

    private static readonly ActivitySource Source = FaultMavenTelemetry.ActivitySource;

    // Alerts wait here while receivers are slow; past 256 the oldest go (and say so in the log), so a dead receiver costs bounded memory.
    private readonly Channel<SloAlert> _queue;
    private readonly SloSettings _settings;
    private readonly IHttpClientFactory _clients;
    private readonly ILogger<SloAlertSender> _logger;
    private readonly ResiliencePipeline _retry;
    private readonly Counter<long> _deliveries;

    public SloAlertSender(SloSettings settings, IHttpClientFactory clients, IMeterFactory meters, TimeProvider time, ILogger<SloAlertSender> logger)
    {
        _settings = settings;
        _clients = clients;
        _logger = logger;
        _queue = Channel.CreateBounded<SloAlert>(
            new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            dropped => logger.SloAlertDropped(dropped.Objective.Name));
        _deliveries = meters.Create(FaultMavenTelemetry.Name).CreateCounter<long>("faultmaven.slo.alerts", "{alert}", "SLO alert deliveries, by receiver kind and outcome.");
        _retry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TimeoutRejectedException>(),
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
            })
            .AddTimeout(TimeSpan.FromSeconds(10))
            .Build();
    }

    /// <summary>Gets the name of this instance in alerts (the host name: the pod's name on Kubernetes).</summary>
    public string Instance { get; } = Environment.MachineName;

    /// <summary>Queues an alert; never blocks.</summary>
    public void Enqueue(SloAlert alert)
    {
        if (_settings.Webhooks.Count + _settings.Alertmanagers.Count > 0)
        {
            _queue.Writer.TryWrite(alert);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var alert in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                var deliveries = new List<Task>();
                if (!alert.RefreshOnly)
                {
                    deliveries.AddRange(_settings.Webhooks.Select(url => DeliverAsync(alert, "webhook", url, SlackBody(alert), stoppingToken)));
                }

                deliveries.AddRange(_settings.Alertmanagers.Select(url => DeliverAsync(alert, "alertmanager", AlertsEndpoint(url), AlertmanagerBody(alert), stoppingToken)));
                await Task.WhenAll(deliveries);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task DeliverAsync(SloAlert alert, string kind, Uri url, object body, CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity("slo.alert " + kind, ActivityKind.Client);
        activity?.SetTag("faultmaven.slo.objective", alert.Objective.Name);
        activity?.SetTag("faultmaven.slo.state", System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(alert.Objective.State.ToString()));
        // The URL may hold a token (a Slack webhook's path, an Alertmanager's user:password): only its scheme, host and port are shown.
        var shown = url.GetLeftPart(UriPartial.Authority).Replace(url.UserInfo + "@", "", StringComparison.Ordinal);
        var attempts = 0;
        try
        {
            var client = _clients.CreateClient(HttpClientName);
            await _retry.ExecuteAsync(async token =>
            {
                attempts++;
                using var request = new HttpRequestMessage(HttpMethod.Post, WithoutUserInfo(url)) { Content = JsonContent.Create(body) };
                if (url.UserInfo.Length > 0)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(url.UserInfo))));
                }

                using var response = await client.SendAsync(request, token);
                if (response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
                {
                    throw new HttpRequestException($"answered {(int)response.StatusCode}", null, response.StatusCode);
                }

                response.EnsureSuccessStatusCode();
            }, cancellationToken);
            _deliveries.Add(1, new("receiver", kind), new("outcome", "delivered"));
            _logger.SloAlertDelivered(alert.Objective.Name, alert.Objective.State, kind, shown, attempts);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            _deliveries.Add(1, new("receiver", kind), new("outcome", "failed"));
            _logger.SloAlertFailed(alert.Objective.Name, alert.Objective.State, kind, shown, attempts, ex.Message);
        }
    }

    private static Uri AlertsEndpoint(Uri alertmanager) => new(alertmanager.AbsoluteUri.TrimEnd('/') + "/api/v2/alerts");

    private static Uri WithoutUserInfo(Uri url) => url.UserInfo.Length == 0 ? url : new UriBuilder(url) { UserName = "", Password = "" }.Uri;

    private Dictionary<string, string> SlackBody(SloAlert alert) => new() { ["text"] = SlackText(alert) };

    private string SlackText(SloAlert alert)
    {
        var o = alert.Objective;
        var text = new StringBuilder();
        text.Append(o.State switch
        {
            SloState.Breached => ":rotating_light: ",
            SloState.Warning => ":warning: ",
            _ => ":white_check_mark: ",
        });
        text.Append(CultureInfo.InvariantCulture, $"FaultMaven SLO *{o.Name}* is {Name(o.State)} on {Instance} (was {Name(alert.Previous)})");
        if (o.State.IsFiring())
        {
            var holding = o.Conditions.Where(c => c.Holds).Select(c =>
                $"burn rate {Rate(o, c.LongWindow)}× over {c.LongWindow} and {Rate(o, c.ShortWindow)}× over {c.ShortWindow} (≥ {c.Factor.ToString(CultureInfo.InvariantCulture)}× is {c.Severity})");
            text.Append(": ").AppendJoin("; ", holding);
        }

        text.Append(CultureInfo.InvariantCulture, $". Error budget left over {o.Window}: {(o.ErrorBudgetRemaining * 100).ToString("0.#", CultureInfo.InvariantCulture)}%. Objective: {o.Description}.");
        return text.ToString();
    }

    private List<Dictionary<string, object>> AlertmanagerBody(SloAlert alert)
    {
        var alerts = new List<Dictionary<string, object>>();
        var o = alert.Objective;
        // A change of severity is another alert to Alertmanager (severity is a label): the old one is resolved as the new one fires.
        if (alert.Previous.IsFiring() && alert.Previous != o.State)
        {
            alerts.Add(AlertmanagerAlert(o, alert.Previous, alert.PreviousSince, endsAt: alert.At));
        }

        if (o.State.IsFiring())
        {
            alerts.Add(AlertmanagerAlert(o, o.State, o.StateSince, endsAt: alert.At + (4 * SloMonitor.AlertmanagerResend)));
        }

        return alerts;
    }

    private Dictionary<string, object> AlertmanagerAlert(SloObjectiveReport o, SloState state, DateTimeOffset startsAt, DateTimeOffset endsAt) => new Dictionary<string, object>
    {
        ["labels"] = new Dictionary<string, string>
        {
            ["alertname"] = AlertName,
            ["objective"] = o.Name,
            ["severity"] = state == SloState.Breached ? "critical" : "warning",
            ["service"] = "faultmaven",
            ["instance"] = Instance,
        },
        ["annotations"] = new Dictionary<string, string>
        {
            ["summary"] = $"FaultMaven SLO {o.Name} is {Name(state)}",
            ["description"] = $"{o.Description}. Error budget left over {o.Window}: {(o.ErrorBudgetRemaining * 100).ToString("0.#", CultureInfo.InvariantCulture)}%. Burn rates: "
                + string.Join(", ", o.BurnRates.Select(r => $"{r.Window} {r.Rate.ToString("0.##", CultureInfo.InvariantCulture)}×")) + ".",
        },
        ["startsAt"] = startsAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ["endsAt"] = endsAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
    };

    private static string Rate(SloObjectiveReport o, string window) =>
        (o.BurnRates.FirstOrDefault(r => r.Window == window)?.Rate ?? 0).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Name(SloState state) => state switch
    {
        SloState.Breached => "breached",
        SloState.Warning => "warning",
        SloState.InsufficientTraffic => "ok (too few requests to judge)",
        _ => "ok",
    };
}
