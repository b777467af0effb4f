using System.Text.RegularExpressions;

namespace FaultMaven.Core.Data.Analysis;

/// <summary>Reads any JSON or YAML document (a service's <c>/status</c>, an Argo CD or Kubernetes status, an alert payload) for the
/// key/value pairs that read as unhealthy, by the words of the key and the value rather than by product: a true flag named like a
/// fault (<c>*error*</c>, <c>*partition*</c>, <c>*pressure*</c>), a false flag named like health (<c>*ready*</c>, <c>*healthy*</c>), a
/// state such as Degraded, OutOfSync or CrashLoopBackOff, a count of lag, errors or restarts above zero.</summary>
public static partial class DocumentSignalReader
{
    /// <summary>How many scalars are read from one document.</summary>
    public const int MaxFields = 20_000;

    private static readonly string[] FaultWords = ["error", "errors", "fail", "failed", "failure", "failing", "partition", "partitions", "partitioned", "degraded", "pressure", "unhealthy", "down", "outage", "crash", "crashed", "oom", "timeout", "timedout", "throttled", "throttling", "breach", "breached", "firing", "critical", "lost", "stale", "split", "brain", "unreachable", "corrupt", "corrupted", "exhausted", "overloaded", "saturated", "evicted", "deadlock", "unavailable", "disconnected", "expired", "panic", "alarm"];
    private static readonly string[] HealthWords = ["healthy", "ready", "available", "up", "ok", "synced", "connected", "reachable", "running", "alive", "live", "active", "leader", "success", "successful", "succeeded", "valid", "consistent", "enabled", "passing"];
    private static readonly string[] StateWords = ["status", "state", "phase", "health", "condition", "result", "sync", "outcome", "reason"];
    private static readonly string[] CountWords = ["lag", "error", "errors", "restart", "restarts", "restartcount", "failure", "failures", "failed", "dropped", "drops", "timeouts", "evictions", "oomkills", "throttled", "unavailable", "rejected", "retries", "backlog", "deadlocks", "conflicts", "panics", "crashes"];
    private static readonly string[] NotCounts = ["threshold", "limit", "max", "min", "budget", "target", "expected", "allowed", "tolerance", "window", "interval", "timeout", "period", "seconds_ago"];

    /// <summary>Reads <paramref name="text"/> as <paramref name="format"/> (<c>json</c>, <c>yaml</c> or <c>text</c> for Key: value lines).</summary>
    public static DocumentSignals Read(string text, string format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = new List<DocumentField>();
        var json = format is "json" || format is not ("yaml" or "text") && text.AsSpan().TrimStart() is [ '{' or '[', .. ];
        var truncated = json ? DocumentFlattener.FlattenJson(text, fields, MaxFields) : DocumentFlattener.FlattenYaml(text, fields, MaxFields);
        var unhealthy = new List<DocumentField>();
        for (var i = 0; i < fields.Count; i++)
        {
            if (IsUnhealthy(fields[i]) || IsUnhealthyCondition(fields, i))
            {
                unhealthy.Add(fields[i]);
            }
        }

        return new DocumentSignals(json ? "json" : format is "text" ? "text" : "yaml", fields.Count, unhealthy, AlertReader.Read(fields), truncated);
    }

    /// <summary>The signals as findings, each citing its line; the alert's texts first.</summary>
    public static List<DataFinding> Findings(DocumentSignals signals, string prefix)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var findings = new List<DataFinding>();
        if (signals.Alert is { } alert)
        {
            var name = alert.Name ?? "alert";
            var state = alert.State is null ? "" : $" ({alert.State}{(alert.StartsAt is null ? "" : $" since {alert.StartsAt}")})";
            // An alert states a symptom; the agent weighs its words (FailureVocabulary) like any other warning.
            var severity = alert.State is { } s && s.ToLowerInvariant() is "resolved" or "ok" ? FindingSeverity.Info : FindingSeverity.Warning;
            foreach (var text in alert.Texts.Take(6))
            {
                findings.Add(new DataFinding($"{prefix}-{findings.Count + 1}", "alert", severity, $"Alert {name}{state}: {Shorten(text.Value)}", EvidenceRange.Line(text.Line)));
            }

            if (alert.Texts.Count == 0)
            {
                findings.Add(new DataFinding($"{prefix}-{findings.Count + 1}", "alert", severity, $"Alert {name}{state}", EvidenceRange.Line(1)));
            }
        }

        foreach (var field in signals.Unhealthy.Take(50))
        {
            findings.Add(new DataFinding($"{prefix}-{findings.Count + 1}", "unhealthy-value", FindingSeverity.Warning, $"{field.Path} = {Shorten(field.Value)}", EvidenceRange.Line(field.Line)));
        }

        return findings;
    }

    /// <summary>Whether one key/value pair reads as unhealthy on its own.</summary>
    public static bool IsUnhealthy(DocumentField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var words = Words(field.Key);
        if (words.Count == 0)
        {
            return false;
        }

        var value = field.Value.Trim();
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return words.Any(w => FaultWords.Contains(w)) && !words.Any(w => w is "no" or "not" or "without" or "ignore" or "allow" or "enabled" or "on" or "policy");
        }

        if (value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return words.Any(w => HealthWords.Contains(w)) && !words.Any(w => w is "not" or "un" or "no");
        }

        if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number > 0 && words.Any(w => CountWords.Contains(w)) && !words.Any(w => NotCounts.Contains(w));
        }

        // "OutOfSync from HEAD (1a2b3c)", "Failed: 2 of 3": the state is the first word.
        var first = value.Split(' ', 2)[0].TrimEnd(':', ',', ';');
        return words.Any(w => StateWords.Contains(w)) && (UnhealthyState().IsMatch(value) || UnhealthyState().IsMatch(first));
    }

    /// <summary>A condition written as sibling <c>type</c> and <c>status</c> (Kubernetes and Argo conditions): <c>Ready</c> False or
    /// Unknown, or <c>MemoryPressure</c> True.</summary>
    private static bool IsUnhealthyCondition(List<DocumentField> fields, int i)
    {
        var field = fields[i];
        if (!field.Key.Equals("status", StringComparison.OrdinalIgnoreCase) || field.Value is not ("True" or "False" or "Unknown"))
        {
            return false;
        }

        var parent = field.Path[..^field.Key.Length];
        var type = fields.Skip(Math.Max(0, i - 8)).Take(16).FirstOrDefault(f => f.Path == parent + "type")?.Value;
        if (type is null)
        {
            return false;
        }

        var bad = Words(type).Any(w => FaultWords.Contains(w) || w is "pressure" or "unavailable" or "problem" or "readonly");
        return bad ? field.Value == "True" : field.Value is "False" or "Unknown";
    }

    /// <summary>The words of a key: <c>replication_lag_seconds</c>, <c>networkPartitionsDetected</c>, <c>is-ready</c> → lower case.</summary>
    internal static List<string> Words(string key)
    {
        var words = new List<string>();
        foreach (Match m in KeyWord().Matches(key))
        {
            words.Add(m.Value.ToLowerInvariant());
        }

        return words;
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;

    [GeneratedRegex(@"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]")]
    private static partial Regex KeyWord();

    [GeneratedRegex(@"^(?:Degraded|Failed|Failure|Failing|Error|Errored|OutOfSync|Missing|Unknown|firing|alerting|alarm|ALARM|Alert|CrashLoopBackOff|ImagePullBackOff|ErrImagePull|OOMKilled|NotReady|Not Ready|Unhealthy|Down|DOWN|Critical|CRITICAL|red|RED|Evicted|Unavailable|Unreachable|Timeout|TimedOut|Suspended|Lost|Stale|Partitioned|Fatal|FATAL|Terminated|BackOff|Offline|Disconnected|Broken|Warn|WARN|Warning|No Data|BackoffLimitExceeded|DeadlineExceeded)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnhealthyState();
}
