using System.Text.Json.Serialization;

namespace FaultMaven.Core.Alerts;

/// <summary>A notification of Prometheus Alertmanager's webhook receiver (payload version 4).</summary>
/// <param name="Version">The payload version; only <c>4</c> is accepted.</param>
/// <param name="GroupKey">Identifies the alert group; later notifications of the same group carry the same key.</param>
/// <param name="Status"><c>firing</c> while at least one alert of the group fires, else <c>resolved</c>.</param>
/// <param name="Receiver">The receiver's name in Alertmanager's configuration.</param>
/// <param name="GroupLabels">The labels the group is grouped by.</param>
/// <param name="CommonLabels">Labels every alert of the notification has.</param>
/// <param name="CommonAnnotations">Annotations every alert of the notification has.</param>
/// <param name="ExternalUrl">Alertmanager's own URL.</param>
/// <param name="Alerts">The alerts of the group.</param>
public sealed record AlertmanagerNotification(
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("groupKey")] string? GroupKey,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("receiver")] string? Receiver,
    [property: JsonPropertyName("groupLabels")] Dictionary<string, string>? GroupLabels,
    [property: JsonPropertyName("commonLabels")] Dictionary<string, string>? CommonLabels,
    [property: JsonPropertyName("commonAnnotations")] Dictionary<string, string>? CommonAnnotations,
    [property: JsonPropertyName("externalURL")] string? ExternalUrl,
    [property: JsonPropertyName("alerts")] List<AlertmanagerAlert>? Alerts);

/// <summary>One alert of an Alertmanager notification.</summary>
/// <param name="Status"><c>firing</c> or <c>resolved</c>.</param>
/// <param name="Labels">The alert's labels (alertname, service, severity…).</param>
/// <param name="Annotations">The alert's annotations (summary, description, runbook_url…).</param>
/// <param name="StartsAt">When the alert started firing.</param>
/// <param name="EndsAt">When it resolved; Alertmanager sends a zero time for a firing alert.</param>
/// <param name="GeneratorUrl">The link to the expression that fired it.</param>
/// <param name="Fingerprint">Identifies the alert by its labels.</param>
public sealed record AlertmanagerAlert(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("labels")] Dictionary<string, string>? Labels,
    [property: JsonPropertyName("annotations")] Dictionary<string, string>? Annotations,
    [property: JsonPropertyName("startsAt")] DateTimeOffset? StartsAt,
    [property: JsonPropertyName("endsAt")] DateTimeOffset? EndsAt,
    [property: JsonPropertyName("generatorURL")] string? GeneratorUrl,
    [property: JsonPropertyName("fingerprint")] string? Fingerprint);
