using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sources;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Alerts;

/// <summary>Turns Alertmanager notifications into cases: a firing group with no open case opens one, attaches the notification as
/// evidence and investigates it in the background; later notifications of the group append to that case; a resolved one is recorded
/// as a turn. The case is found again by its owner, <c>alertmanager:&lt;hash of the group key&gt;</c>, the caller every notification
/// of the group acts as.</summary>
public sealed class AlertIntakeService(
    CaseService cases, AgentService agent, CaseTextRedactor names, IIdempotencyGate gate, IInvestigationNotifier notifier, TimeProvider timeProvider, ILogger<AlertIntakeService> logger) : IDisposable
{
    /// <summary>The prefix of the owner of cases opened by an alert group.</summary>
    public const string OwnerPrefix = "alertmanager:";

    /// <summary>Owner prefix of the cases other tools' webhooks open (<see cref="WebhookMapping"/>).</summary>
    public const string WebhookOwnerPrefix = "webhook:";

    private const int MaxQuestion = 2000;
    private const int MaxListed = 10;
    private const int MaxInHand = 64;

    private readonly SemaphoreSlim _running = new(2);
    private int _inHand;

    /// <inheritdoc/>
    public void Dispose() => _running.Dispose();

    /// <summary>Receives one notification as posted (its bytes are the evidence), acting for the team <paramref name="team"/>.</summary>
    public async Task<Outcome<AlertIntake>> ReceiveAsync(byte[] body, string? team, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Parse(body) is { } parsed
            ? await ReceiveAsync(parsed, team, viaWebhook: false, cancellationToken)
            : new Failure(FailureKind.Invalid, "The body is not an Alertmanager notification: expected a JSON object with version, groupKey, status and alerts.");
    }

    /// <summary>Receives one notification, Alertmanager's own or another tool's written in its shape (<see cref="WebhookMapping"/>),
    /// acting for the team <paramref name="team"/>. Its <c>receiver</c> names the tool that sent it.</summary>
    public Task<Outcome<AlertIntake>> ReceiveAsync(AlertmanagerNotification parsed, string? team, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return ReceiveAsync(parsed, team, parsed.Receiver?.StartsWith(WebhookSource, StringComparison.Ordinal) == true, cancellationToken);
    }

    private async Task<Outcome<AlertIntake>> ReceiveAsync(AlertmanagerNotification parsed, string? team, bool viaWebhook, CancellationToken cancellationToken)
    {
        if (Validate(parsed) is { } invalid)
        {
            return invalid;
        }

        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("alert.receive");
        // Each credential has its own owners: Alertmanager may send any group key, "grafana:…" included, and must not reach
        // the cases another tool's webhook opened (nor they its).
        var owner = (viaWebhook ? WebhookOwnerPrefix : OwnerPrefix) + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parsed.GroupKey!)))[..32];
        // Alertmanager retries a notification it thinks failed, and each replica of an HA pair sends its own (differing only in
        // externalURL): the same alerts in the same states are the same turn and the same upload.
        var idempotencyKey = "alertmanager:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Identity(parsed))));
        // The evidence is the notification as JSON with its strings written out (Go's encoder sends < > & as \u003c…): an escaped
        // character must not hide a secret or an address from the redactor, and the same bytes every time for the same alerts.
        var body = Normalised(parsed);
        var origin = CallerContext.Current;
        CallerContext.Set(new RequestOrigin(new Caller(owner, Source(parsed), CallerRole.Engineer, team), origin.ClientIp, origin.CorrelationId));

        // One notification of a group at a time, on every instance: two retries racing must not open two cases.
        await using var held = await gate.EnterAsync(owner, cancellationToken);
        var open = await cases.FindOpenOwnedByAsync(owner, cancellationToken);
        var status = parsed.Status!;
        if (status == "resolved")
        {
            if (open is null)
            {
                logger.AlertReceived(status, parsed.Alerts!.Count, null, false);
                return new AlertIntake(null, status, Opened: false, Investigating: false);
            }

            var recorded = await cases.AppendTurnAsync(open.Id, new AppendTurnCommand(TurnRole.User, Resolved(parsed), [], idempotencyKey), cancellationToken);
            if (!recorded.Succeeded)
            {
                return recorded.Failure;
            }

            logger.AlertReceived(status, parsed.Alerts!.Count, open.Id, false);
            return new AlertIntake(open.Id, status, Opened: false, Investigating: false);
        }

        // Investigations run two at a time; with MaxInHand taken in hand (running or waiting) a flood of alerts is refused (503)
        // before anything is stored, and Alertmanager sends the notification again later. Each holds its payload: memory stays bounded.
        if (Interlocked.Increment(ref _inHand) > MaxInHand)
        {
            Interlocked.Decrement(ref _inHand);
            return new Failure(FailureKind.Busy, $"{MaxInHand} alert investigations are already running or waiting; Alertmanager will send this notification again.");
        }

        var opened = open is null;
        if (open is null)
        {
            var created = await cases.CreateAsync(new CreateCaseCommand(Title(parsed), null), cancellationToken);
            if (!created.Succeeded)
            {
                Interlocked.Decrement(ref _inHand);
                return created.Failure;
            }

            open = created.Value;
        }

        var caseId = open.Id;
        // The names are the sender's text, redacted before they are made a file name: the '_' that stands in for '@', '.' and spaces
        // would otherwise hide a key or an address in an alert name from the redaction the upload runs on its name.
        var sourceName = await names.RedactAsync(caseId, Source(parsed).ToLowerInvariant(), CancellationToken.None);
        var alertName = await names.RedactAsync(caseId, AlertName(parsed), CancellationToken.None);
        var fileName = $"{FileNamePart(sourceName)}-{FileNamePart(alertName)}-{timeProvider.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}.json";
        var question = Question(parsed);
        // The webhook answers now; the upload and the investigation run after, as this caller. A retry of the same bytes finds the
        // same upload and replays the same turn (AgentService waits for the first attempt under the same key).
        var live = Live(parsed);
        _ = Task.Run(() => InvestigateAsync(caseId, question, body, fileName, idempotencyKey, live), CancellationToken.None);
        logger.AlertReceived(status, parsed.Alerts!.Count, caseId, opened);
        return new AlertIntake(caseId, status, opened, Investigating: true);
    }

    private async Task InvestigateAsync(string caseId, string question, byte[] body, string fileName, string idempotencyKey, LiveQuery live)
    {
        // One investigation of a case at a time (notifications of one group answer in turn, each question beside its answer), and
        // two at a time in all; a case waiting for its turn holds no slot another case could use.
        var turn = await gate.EnterAsync("alert-case:" + caseId, CancellationToken.None);
        await _running.WaitAsync();
        AgentReply? answered = null;
        try
        {
            using var content = new MemoryStream(body, writable: false);
            var reply = await agent.AskAsync(caseId, question, [new TurnAttachment(content, new DataSource(fileName))], idempotencyKey, live, null, CancellationToken.None);
            if (reply.Succeeded)
            {
                answered = reply.Value;
            }
            else
            {
                logger.AlertInvestigationFailed(caseId, reply.Failure.Kind.ToString(), reply.Failure.Detail);
            }
        }
        catch (Exception ex)
        {
            logger.AlertInvestigationCrashed(ex, caseId);
        }
        finally
        {
            _running.Release();
            await turn.DisposeAsync();
            Interlocked.Decrement(ref _inHand);
        }

        // Told after the slot is free: a slow chat webhook never holds up the next investigation.
        if (answered is not null)
        {
            await notifier.InvestigationFinishedAsync(caseId, answered, CancellationToken.None);
        }
    }

    /// <summary>The expressions of the firing alerts (Prometheus puts each in its generatorURL), fetched from the earliest start, when
    /// Prometheus is a live source.</summary>
    private static LiveQuery Live(AlertmanagerNotification n)
    {
        var firing = n.Alerts!.Where(a => a.Status != "resolved").ToList();
        var expressions = firing.Select(a => a.GeneratorUrl is { } url ? Agent.Offline.Readings.AlertReading.Expression(url) : null).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new LiveQuery(null, null, expressions, firing.Select(a => a.StartsAt).Where(s => s is { Year: > 1 }).Min());
    }

    /// <summary>What makes two notifications the same: the group, the status and each alert's identity and state, not who sent it.</summary>
    private static string Identity(AlertmanagerNotification n) =>
        string.Join('\n', new[] { n.GroupKey, n.Status }.Concat(n.Alerts!
            .Select(a => string.Join('|', a.Fingerprint ?? string.Join(',', (a.Labels ?? []).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")),
                a.Status, a.StartsAt?.ToUnixTimeMilliseconds(), a.EndsAt?.ToUnixTimeMilliseconds()))
            .Order(StringComparer.Ordinal)));

    private static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static byte[] Normalised(AlertmanagerNotification n) => JsonSerializer.SerializeToUtf8Bytes(n with { ExternalUrl = null }, Written);

    private static AlertmanagerNotification? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<AlertmanagerNotification>(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Failure? Validate(AlertmanagerNotification notification)
    {
        if (notification.Version != "4")
        {
            return new Failure(FailureKind.Invalid, $"Only version 4 of Alertmanager's webhook payload is accepted (got '{PrintableText.Of(notification.Version ?? "(none)")}').");
        }

        if (string.IsNullOrEmpty(notification.GroupKey))
        {
            return new Failure(FailureKind.Invalid, "groupKey is required.");
        }

        if (notification.Status is not ("firing" or "resolved"))
        {
            return new Failure(FailureKind.Invalid, "status must be firing or resolved.");
        }

        return notification.Alerts is not { Count: > 0 } ? new Failure(FailureKind.Invalid, "alerts must hold at least one alert.")
            : notification.Alerts.Any(a => a is null) ? new Failure(FailureKind.Invalid, "alerts must hold alert objects, not null.")
            : null;
    }

    /// <summary>The tool that sent the notification: Alertmanager unless a webhook mapping named another.</summary>
    private static string Source(AlertmanagerNotification n) => n.Receiver is { } r && r.StartsWith(WebhookSource, StringComparison.Ordinal)
        ? r[WebhookSource.Length..] : "Alertmanager";

    /// <summary>Marks a notification written from another tool's webhook by <see cref="WebhookMapping"/>; the tool's name follows.</summary>
    internal const string WebhookSource = "webhook:";

    private static string AlertName(AlertmanagerNotification n) =>
        Label(n.CommonLabels, "alertname") ?? Label(n.Alerts![0].Labels, "alertname") ?? "alert";

    private static string? Label(Dictionary<string, string>? labels, string name) =>
        labels is not null && labels.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string Where(AlertmanagerNotification n)
    {
        var labels = n.CommonLabels ?? n.Alerts![0].Labels;
        var parts = ((string[])["service", "job", "namespace", "severity"]).Select(k => Label(labels, k) is { } v ? $"{k}={v}" : null).OfType<string>().ToList();
        return string.Join(", ", parts);
    }

    private static string Title(AlertmanagerNotification n)
    {
        var where = Where(n);
        var title = where.Length > 0 ? $"{AlertName(n)} ({where})" : AlertName(n);
        return Trim(title, Case.MaxTitleLength);
    }

    private static string Question(AlertmanagerNotification n)
    {
        var firing = n.Alerts!.Where(a => a.Status != "resolved").ToList();
        var where = Where(n);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Alert {AlertName(n)} is firing{(where.Length > 0 ? $" for {where}" : "")}");
        text.Append(CultureInfo.InvariantCulture, $" ({firing.Count} firing of {n.Alerts!.Count} in group {n.GroupKey}).");
        if (Label(n.CommonAnnotations, "summary") is { } summary)
        {
            text.Append(' ').Append(summary.TrimEnd('.')).Append('.');
        }

        if (Label(n.CommonAnnotations, "description") is { } description)
        {
            text.Append(' ').Append(description.TrimEnd('.')).Append('.');
        }

        foreach (var alert in firing.Take(MaxListed))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {Labels(alert.Labels)} since {alert.StartsAt:u}");
        }

        text.Append("\nWhat is going on?");
        // Names, labels and annotations are the alerting tool's text: no escape sequence or bidirectional override reaches the turn
        // a person reads or the model is asked.
        return Trim(PrintableText.Of(text.ToString(), keepLineBreaks: true), MaxQuestion);
    }

    private static string Resolved(AlertmanagerNotification n)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Source(n)}: {AlertName(n)} resolved ({n.Alerts!.Count} alerts in group {n.GroupKey}).");
        foreach (var alert in n.Alerts.Take(MaxListed))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {Labels(alert.Labels)} resolved at {alert.EndsAt:u} (firing since {alert.StartsAt:u})");
        }

        return Trim(PrintableText.Of(text.ToString(), keepLineBreaks: true), MaxQuestion);
    }

    private static string Labels(Dictionary<string, string>? labels) =>
        labels is null or { Count: 0 } ? "(no labels)" : string.Join(", ", labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));

    private static string FileNamePart(string value)
    {
        var cleaned = new string([.. value.Take(60).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return cleaned.Length > 0 ? cleaned : "alert";
    }

    private static string Trim(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
