namespace FaultMaven.Core.Data.Analysis;

/// <summary>Finds the alert in a flattened payload, whatever sent it: its name (<c>alertname</c>, <c>AlarmName</c>, a monitor's
/// <c>name</c>, a <c>title</c>), its state (<c>status</c> firing/resolved, <c>state</c>, <c>NewStateValue</c>, <c>overall_state</c>),
/// when it started, its labels and its summary, description and reason texts.</summary>
internal static class AlertReader
{
    private static readonly string[] NameKeys = ["alertname", "alertName", "alert_name", "AlarmName", "monitor_name", "ruleName", "title", "name", "Alert", "Alarm", "Monitor"];
    private static readonly string[] StateKeys = ["status", "state", "NewStateValue", "overall_state", "State", "Status"];
    private static readonly string[] StartKeys = ["startsAt", "StateChangeTime", "triggered_at", "last_triggered_ts", "activeAt", "started_at"];
    private static readonly string[] TextKeys = ["summary", "description", "NewStateReason", "AlarmDescription", "message", "error", "Description", "Summary", "Message", "suspected_symptom"];
    private static readonly string[] AlertMarkers = ["alertname", "alertName", "AlarmName", "NewStateValue", "overall_state", "startsAt", "commonLabels", "commonAnnotations", "monitor_id", "Alert", "Alarm", "Monitor"];

    public static AlertSummary? Read(List<DocumentField> fields)
    {
        if (!fields.Any(f => AlertMarkers.Contains(f.Key) || f.Path.Contains("labels.", StringComparison.OrdinalIgnoreCase) && f.Path.Contains("alert", StringComparison.OrdinalIgnoreCase)
            || StateKeys.Contains(f.Key) && f.Value is "firing" or "alerting" or "ALARM"))
        {
            return null;
        }

        string? First(string[] keys, Func<DocumentField, bool>? where = null) =>
            keys.Select(k => fields.FirstOrDefault(f => f.Key == k && f.Value.Length > 0 && (where?.Invoke(f) ?? true))).FirstOrDefault(f => f is not null)?.Value;

        // A payload's own name beats a nested object's "name" (a monitor's tags, a label set): prefer the shallowest.
        var name = First(NameKeys[..7]) ?? fields.Where(f => NameKeys.Contains(f.Key)).OrderBy(f => f.Path.Count(c => c is '.' or '[')).FirstOrDefault()?.Value;
        var state = First(StateKeys, f => !f.Path.Contains("labels", StringComparison.OrdinalIgnoreCase));
        var texts = fields.Where(f => TextKeys.Contains(f.Key) && f.Value.Length >= 8).DistinctBy(f => f.Value).Take(10).ToList();
        var labels = fields.Where(f => f.Path.Contains("abels.", StringComparison.Ordinal) || f.Path.Contains("tags", StringComparison.Ordinal))
            .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value);
        return new AlertSummary(name, state, First(StartKeys), texts, labels);
    }
}
