namespace FaultMaven.Core.Data.Analysis;

/// <summary>An alert as its payload states it.</summary>
/// <param name="Name">The alert's name (alertname, AlarmName, monitor name, title).</param>
/// <param name="State">firing, resolved, alerting, ALARM, Alert… as written; null when the payload does not say.</param>
/// <param name="StartsAt">When it started, as written.</param>
/// <param name="Texts">The summary, description and reason texts, each with its line.</param>
/// <param name="Labels">The labels (severity, service, namespace…), as written.</param>
public sealed record AlertSummary(string? Name, string? State, string? StartsAt, IReadOnlyList<DocumentField> Texts, IReadOnlyDictionary<string, string> Labels);
