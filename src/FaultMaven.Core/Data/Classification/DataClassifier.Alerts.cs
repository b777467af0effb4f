using System.Text.RegularExpressions;

namespace FaultMaven.Core.Data.Classification;

/// <summary>Alerts: a notification payload in JSON (Alertmanager webhook or API, Grafana, Datadog monitor, CloudWatch alarm), an
/// alert as <c>Key: value</c> text, or a table of monitors with their states.</summary>
public sealed partial class DataClassifier
{
    private static Candidate Alert(Sample text)
    {
        var head = text.Text.AsSpan().TrimStart();
        if (head.StartsWith("{") || head.StartsWith("["))
        {
            var keys = AlertJsonKey().Matches(text.Text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
            var firing = AlertJsonState().IsMatch(text.Text);
            var labelled = text.Text.Contains("\"labels\"", StringComparison.Ordinal) && text.Text.Contains("\"annotations\"", StringComparison.Ordinal);
            var signals = keys.Count + (firing ? 1 : 0) + (labelled ? 1 : 0);
            if (signals >= 2)
            {
                var format = keys.Any(k => k is "AlarmName" or "NewStateValue" or "NewStateReason" or "AlarmArn") ? "cloudwatch"
                    : keys.Any(k => k is "overall_state" or "monitor_id" or "alert_type") ? "datadog"
                    : keys.Any(k => k is "alertname" or "startsAt" or "generatorURL" or "commonLabels") || labelled ? "alertmanager"
                    : "json";
                return new(DataType.Alert, format, 0.9, [$"content: an alert payload ({string.Join(", ", keys.Take(6))}{(firing ? ", a firing/alerting state" : "")}{(labelled ? ", labels and annotations" : "")})"]);
            }

            return Candidate.None(DataType.Alert);
        }

        var monitorHeader = text.Lines.Take(3).Select(l => TableColumns().Split(l.Trim())).FirstOrDefault(c => c.Length >= 2 && c.Any(h => MonitorColumn().IsMatch(h)) && c.Any(h => h is "STATE" or "STATUS" or "State" or "Status"));
        if (monitorHeader is not null)
        {
            var states = text.Lines.Count(l => MonitorState().IsMatch(l));
            if (states >= Math.Max(1, (text.Lines.Count - 1) * 0.6))
            {
                return new(DataType.Alert, "monitor-table", 0.9, [$"content: a table of monitors ({string.Join(' ', monitorHeader)}) with {states} rows in OK/Alert/Warn/No Data states"]);
            }
        }

        if (text.Lines.Count <= 60 && text.Lines.Take(3).Any(l => AlertTextKey().IsMatch(l)))
        {
            var fields = text.Lines.Count(l => TextField().IsMatch(l));
            if (fields >= 3 && fields >= text.Lines.Count * 0.6)
            {
                return new(DataType.Alert, "text", 0.85, [$"content: an alert as text ({fields} Key: value lines, opening with the alert's name)"]);
            }
        }

        return Candidate.None(DataType.Alert);
    }

    [GeneratedRegex(@"""(alertname|alertName|alert_name|AlarmName|AlarmArn|NewStateValue|NewStateReason|commonLabels|commonAnnotations|groupLabels|startsAt|endsAt|generatorURL|fingerprint|overall_state|monitor_id|alert_type|ruleName|alertRule)""\s*:")]
    private static partial Regex AlertJsonKey();

    [GeneratedRegex(@"""(?:status|state|NewStateValue|overall_state)""\s*:\s*""(?:firing|resolved|alerting|ALARM|Alert|Triggered|triggered|Warn|No Data)""")]
    private static partial Regex AlertJsonState();

    [GeneratedRegex(@"^(?:MONITOR|ALERT|ALARM|Monitor|Alert|Alarm)(?:[ _-]?(?:NAME|Name))?$")]
    private static partial Regex MonitorColumn();

    [GeneratedRegex(@"\S\s{2,}(?:OK|Alert|ALERT|Warn|WARN|Warning|No Data|NO DATA|Ignored|Skipped|Triggered|ALARM|INSUFFICIENT_DATA)(?:\s{2,}|$)")]
    private static partial Regex MonitorState();

    [GeneratedRegex(@"^(?:Alert|Alert ?name|Alertname|Alarm|Alarm ?name|Monitor|Incident):\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex AlertTextKey();

    [GeneratedRegex(@"^[A-Za-z][\w .-]{0,40}:\s+\S")]
    private static partial Regex TextField();
}
