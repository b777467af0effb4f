using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>One alert as the evidence gives it: its name, severity, state, where it fires (labels), its own words (annotations), when
/// it started and ended, and the expression that fired it.</summary>
internal sealed record AlertFacts(
    string Name,
    string? Severity,
    bool Firing,
    IReadOnlyDictionary<string, string> Labels,
    string? Summary,
    string? Description,
    string? RunbookUrl,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? Expression,
    CaseEvidence Item,
    int? Line)
{
    /// <summary>The service, job or workload the alert is about, by the labels SREs put on alerts, most specific owner first.</summary>
    public string? Component => Label("service", "app", "job", "deployment", "workload_name", "statefulset", "daemonset", "container", "pod", "db_instance_identifier", "db_instance");

    /// <summary>The instance or node it fires on.</summary>
    public string? Instance => Label("instance", "node", "host", "pod");

    public string? Label(params string[] names) =>
        names.Select(n => Labels.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null).FirstOrDefault(v => v is not null);
}

/// <summary>Alerts in the evidence, whatever sent them: Alertmanager's webhook (version 4) and its API (<c>/api/v2/alerts</c>),
/// Prometheus's <c>/api/v1/alerts</c>, and exports that follow the same label/annotation convention (<c>commonLabels</c>,
/// <c>commonAnnotations</c>, <c>state</c>). An alert says what is affected (labels), since when (startsAt) and, in its annotations, what
/// its author thought it means: the evidence of a symptom, read as such — its own words may name a cause.</summary>
internal static partial class AlertReading
{
    private const int MaxAlerts = 50;
    private const long MaxJson = 1_000_000;

    /// <summary>The alerts of every JSON upload that holds them.</summary>
    public static List<AlertFacts> Read(IReadOnlyList<EvidenceText> texts)
    {
        var alerts = new List<AlertFacts>();
        foreach (var text in texts.Where(t => t.Item.Upload.Characters <= MaxJson && t.Lines.Count > 0 && LooksLikeJson(t.Lines)))
        {
            var json = string.Join('\n', text.Lines);
            if (!json.Contains("alert", StringComparison.OrdinalIgnoreCase) || !json.Contains("labels", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                Collect(document.RootElement, text, alerts);
            }
            catch (JsonException)
            {
                // Not one JSON document: nothing here reads as alerts.
            }

            if (alerts.Count >= MaxAlerts)
            {
                break;
            }
        }

        return alerts;
    }

    /// <summary>Each alert as a signal: firing ones are live symptoms (a cause when their own words name one), resolved ones history.</summary>
    public static List<Signal> Signals(List<AlertFacts> alerts) =>
        alerts.GroupBy(a => (a.Name, a.Component, a.Firing)).Select(g =>
        {
            var alert = g.OrderBy(a => a.StartsAt ?? DateTimeOffset.MaxValue).First();
            var words = string.Join(" — ", new[] { alert.Summary, alert.Description }.OfType<string>().Distinct());
            var where = Where(alert);
            var quote = $"Alert {alert.Name} {(alert.Firing ? "firing" : "resolved")}{(where.Length > 0 ? $" ({where})" : "")}{(words.Length > 0 ? $": {words}" : "")}";
            var reading = FailureVocabulary.Read(words.Length > 0 ? words : Words(alert.Name));
            var evidence = new EvidenceRef(EvidenceKind.Upload, alert.Item.Upload.Id, alert.Line, alert.Line);
            return new Signal
            {
                Quote = quote.Length > 240 ? quote[..240] + "…" : quote,
                Source = alert.Item.Name,
                Evidence = evidence,
                // The alert's author named a cause: it reads as one, a little below the same words in a log line (an alert is a
                // rule's guess, a log line the system's account). Whatever its words, a firing alert is at least the symptom that
                // something is wrong.
                Category = reading?.Category ?? CauseCategory.Unknown,
                Strength = reading is { } r ? Math.Clamp(r.Strength, 0.6, 0.8) : 0.6,
                Label = reading is { } l ? $"the alert says {l.Label}" : "an alert fires",
                Level = Loudness(alert.Severity),
                Count = g.Count(),
                FirstSeen = alert.StartsAt,
                LastSeen = alert.Firing ? null : alert.EndsAt,
                Component = alert.Component,
                Past = !alert.Firing,
            };
        }).ToList();

    /// <summary>"service=checkout, namespace=shop, instance=checkout-1:8080": where an alert fires, by the labels that say so.</summary>
    public static string Where(AlertFacts alert) =>
        string.Join(", ", WhereLabels.Select(k => alert.Labels.TryGetValue(k, out var v) && !string.IsNullOrWhiteSpace(v) ? $"{k}={v}" : null).OfType<string>().Take(4));

    /// <summary>How loud a severity label is: critical or page 1, error 0.9, warning 0.8, info 0.5; no severity 0.8.</summary>
    public static double Loudness(string? severity) => severity?.ToLowerInvariant() switch
    {
        "critical" or "page" or "p1" or "sev1" or "emergency" or "fatal" or "high" => 1.0,
        "error" or "major" or "p2" or "sev2" => 0.9,
        "info" or "informational" or "none" or "low" => 0.5,
        _ => 0.8,
    };

    /// <summary>The case's severity by the alerts that fire: the highest the alerts themselves claim.</summary>
    public static Severity? ClaimedSeverity(List<AlertFacts> alerts) =>
        alerts.Where(a => a.Firing).Select(a => Loudness(a.Severity)).DefaultIfEmpty(0).Max() switch
        {
            >= 1.0 => Cases.Investigation.Severity.Critical,
            >= 0.8 => Cases.Investigation.Severity.High,
            > 0 => Cases.Investigation.Severity.Medium,
            _ => null,
        };

    /// <summary>An alert name as the words a runbook uses: <c>KubePodCrashLooping</c> → "KubePodCrashLooping Kube Pod Crash Looping".</summary>
    public static string Words(string name)
    {
        var split = CamelBoundary().Replace(name.Replace('_', ' ').Replace('-', ' '), " ");
        return split == name ? name : $"{name} {split}";
    }

    private static readonly string[] WhereLabels = ["service", "job", "namespace", "deployment", "pod", "instance", "node", "cluster"];

    private static bool LooksLikeJson(IReadOnlyList<string> lines) =>
        lines.FirstOrDefault(l => l.Trim().Length > 0)?.TrimStart() is { Length: > 0 } first && (first[0] == '{' || first[0] == '[');

    private static void Collect(JsonElement root, EvidenceText text, List<AlertFacts> alerts)
    {
        switch (root.ValueKind)
        {
            // Alertmanager's /api/v2/alerts, or a list of alerts.
            case JsonValueKind.Array:
                foreach (var element in root.EnumerateArray().Take(MaxAlerts))
                {
                    if (Alert(element, null, null, text) is { } alert)
                    {
                        alerts.Add(alert);
                    }
                }

                break;
            case JsonValueKind.Object:
                var common = Strings(root, "commonLabels");
                var annotations = Strings(root, "commonAnnotations");
                var list = Property(root, "alerts") ?? (Property(root, "data") is { ValueKind: JsonValueKind.Object } data ? Property(data, "alerts") : null);
                if (list is { ValueKind: JsonValueKind.Array } items)
                {
                    foreach (var element in items.EnumerateArray().Take(MaxAlerts - alerts.Count))
                    {
                        if (Alert(element, common, annotations, text) is { } alert)
                        {
                            alerts.Add(alert);
                        }
                    }
                }
                else if (Alert(root, common, annotations, text) is { } single)
                {
                    // One alert, or an export that carries only the group's common labels and annotations.
                    alerts.Add(single);
                }

                break;
        }
    }

    private static AlertFacts? Alert(JsonElement element, Dictionary<string, string>? commonLabels, Dictionary<string, string>? commonAnnotations, EvidenceText text)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var labels = commonLabels is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(commonLabels, StringComparer.Ordinal);
        foreach (var (k, v) in Strings(element, "labels") ?? new Dictionary<string, string>())
        {
            labels[k] = v;
        }

        var annotations = commonAnnotations is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(commonAnnotations, StringComparer.Ordinal);
        foreach (var (k, v) in Strings(element, "annotations") ?? new Dictionary<string, string>())
        {
            annotations[k] = v;
        }

        if (!labels.TryGetValue("alertname", out var name) || string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // firing/resolved (webhook), {state: active|suppressed} (Alertmanager API), firing/pending (Prometheus), alerting/ok (exports).
        var state = (String(element, "status") ?? (Property(element, "status") is { ValueKind: JsonValueKind.Object } s ? String(s, "state") : null) ?? String(element, "state") ?? "firing").ToLowerInvariant();
        var ends = Time(element, "endsAt");
        // A suppressed (silenced, inhibited) alert still fires; it is only not notified.
        var firing = state is not ("resolved" or "ok" or "inactive" or "normal" or "closed");
        var generator = String(element, "generatorURL");
        var needle = $"\"{name}\"";
        var line = text.Lines.Select((l, i) => (l, i)).FirstOrDefault(p => p.l.Contains(needle, StringComparison.Ordinal)).i;
        return new AlertFacts(
            name,
            labels.GetValueOrDefault("severity") ?? labels.GetValueOrDefault("priority"),
            firing,
            labels,
            Annotation(annotations, "summary", "message", "title"),
            Annotation(annotations, "description", "error", "suspected_symptom"),
            Annotation(annotations, "runbook_url", "runbook"),
            Time(element, "startsAt") ?? Time(element, "activeAt"),
            firing || ends is null || ends.Value.Year <= 1 ? null : ends,
            generator is null ? null : Expression(generator),
            text.Item,
            text.Lines.Count > 0 && text.Lines[line].Contains(needle, StringComparison.Ordinal) ? line + 1 : null);
    }

    /// <summary>The PromQL expression of a Prometheus graph link (<c>/graph?g0.expr=…</c>), as Prometheus puts it in generatorURL.</summary>
    public static string? Expression(string generatorUrl)
    {
        var query = generatorUrl.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? generatorUrl[(q + 1)..] : "";
        foreach (var part in query.Split('&'))
        {
            if (part.StartsWith("g0.expr=", StringComparison.Ordinal))
            {
                var expr = Uri.UnescapeDataString(part["g0.expr=".Length..].Replace('+', ' ')).Trim();
                return expr.Length is > 0 and <= 2000 ? expr : null;
            }
        }

        return null;
    }

    private static string? Annotation(Dictionary<string, string> annotations, params string[] names) =>
        names.Select(n => annotations.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null).FirstOrDefault(v => v is not null);

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        String(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at.Year > 1 ? at : null;

    private static Dictionary<string, string>? Strings(JsonElement element, string name)
    {
        if (Property(element, name) is not { ValueKind: JsonValueKind.Object } map)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject().Take(64))
        {
            if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                values[property.Name] = property.Value.ToString();
            }
        }

        return values;
    }

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex CamelBoundary();
}
