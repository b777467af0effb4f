using System.Globalization;
using System.Text.RegularExpressions;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>Current state as status tables print it (<c>kubectl get pods|nodes|deployments|jobs</c>, Argo CD app lists, monitor
/// lists): rows whose status, readiness or conditions are unhealthy become signals, and objects that are healthy now are listed so
/// that an earlier failure of theirs reads as history. Node rows are read by the Kubernetes node conditions: Ready=Unknown means the
/// node controller stopped hearing the kubelet's heartbeats; MemoryPressure/DiskPressure/PIDPressure True mean the kubelet is
/// short of that resource.</summary>
internal static partial class StateReading
{
    private static readonly string[] StatusColumns = ["STATUS", "STATE", "HEALTH", "PHASE", "SYNC STATUS"];

    /// <summary>Signals for unhealthy rows, and the names of objects whose row says they are healthy now.</summary>
    public static (List<Signal> Signals, HashSet<string> HealthyNow) Read(IReadOnlyList<EvidenceText> texts)
    {
        var signals = new List<Signal>();
        var healthy = new HashSet<string>(StringComparer.Ordinal);
        var unhealthy = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var table in text.Tables)
            {
                var isEvents = table.Columns.Contains("REASON") && table.Columns.Contains("MESSAGE");
                var isNodes = table.Columns.Any(c => c.EndsWith("PRESSURE", StringComparison.Ordinal)) || table.Columns.Contains("ROLES") || table.Columns.Contains("KERNEL-VERSION");
                if (isEvents)
                {
                    continue;
                }

                foreach (var row in table.Rows)
                {
                    if (row.Any("NAME", "MONITOR") is not { } name)
                    {
                        continue;
                    }

                    // Every status-like column counts: an Argo CD row is "Synced" and "Degraded" at once.
                    var states = StatusColumns.Select(c => row[c]).OfType<string>().ToList();
                    var status = states.FirstOrDefault(s => Bad().IsMatch(s)) ?? states.FirstOrDefault();
                    var ready = Fraction().Match(row["READY"] ?? "");
                    // A finished job's pod is 0/1 ready by design.
                    var done = status is not null && Finished().IsMatch(status);
                    var notReady = ready.Success && !done && int.Parse(ready.Groups[1].ValueSpan, CultureInfo.InvariantCulture) < int.Parse(ready.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
                    var restarts = int.TryParse(Leading().Match(row["RESTARTS"] ?? "").Value, out var r) ? r : 0;
                    var pressure = table.Columns.Where(c => c.EndsWith("PRESSURE", StringComparison.Ordinal) && string.Equals(row[c], "True", StringComparison.OrdinalIgnoreCase)).ToList();
                    var bad = status is not null && Bad().IsMatch(status);
                    if (!bad && !notReady && pressure.Count == 0)
                    {
                        if (status is null || Good().IsMatch(status))
                        {
                            if (restarts == 0 && !unhealthy.Contains(name))
                            {
                                healthy.Add(name);
                            }
                        }

                        continue;
                    }

                    unhealthy.Add(name);
                    healthy.Remove(name);
                    var cells = new List<string>();
                    if (status is not null)
                    {
                        cells.Add($"status {status}");
                    }

                    if (ready.Success)
                    {
                        cells.Add($"ready {ready.Value}");
                    }

                    cells.AddRange(pressure.Select(p => $"{p} True"));
                    var quote = $"{name}: {string.Join(", ", cells)}";
                    var evidence = new EvidenceRef(EvidenceKind.Upload, text.Item.Upload.Id, row.Line, row.Line);
                    signals.Add(isNodes ? Node(text, name, status, pressure, quote, evidence) : Other(text, name, status, quote, evidence));
                }
            }
        }

        signals.AddRange(texts.SelectMany(NodeConditions));
        return (signals, healthy);
    }

    /// <summary><c>kubectl describe node</c>: a pressure condition True, or Ready False/Unknown, in the Conditions block of an object
    /// that is a node (it has Taints or Roles, which pods do not).</summary>
    private static IEnumerable<Signal> NodeConditions(EvidenceText text)
    {
        string? name = null;
        var node = false;
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i];
            if (DescribedName().Match(line) is { Success: true } described)
            {
                (name, node) = (described.Groups[1].Value, false);
            }
            else if (NodeField().IsMatch(line))
            {
                node = true;
            }
            else if (node && name is not null && Condition().Match(line) is { Success: true } condition)
            {
                var type = condition.Groups["type"].Value;
                var status = condition.Groups["status"].Value;
                var ready = type == "Ready";
                var pressure = ready ? [] : new List<string> { type.ToUpperInvariant() };
                var quote = $"{name}: condition {type} {status}{(condition.Groups["rest"].Value.Trim() is { Length: > 0 } rest ? $" ({OfflineInvestigator.Trim(rest, 120)})" : "")}";
                yield return Node(text, name, ready ? status : null, pressure, quote, new EvidenceRef(EvidenceKind.Upload, text.Item.Upload.Id, i + 1, i + 1));
            }
        }
    }

    private static Signal Node(EvidenceText text, string name, string? status, List<string> pressure, string quote, EvidenceRef evidence)
    {
        var lost = status is not null && status.Contains("Unknown", StringComparison.OrdinalIgnoreCase);
        var label = lost ? "the node stopped reporting: its kubelet no longer posts status heartbeats"
            : status is not null && (Bad().IsMatch(status) || status.Equals("False", StringComparison.OrdinalIgnoreCase)) ? "the node is not ready" : "the node is under resource pressure";
        if (pressure.Count > 0)
        {
            label += $" ({string.Join(", ", pressure.Select(p => p.Replace("PRESSURE", " pressure", StringComparison.Ordinal).ToLowerInvariant()))})";
        }

        return SignalExtractor.FromText(text.Item, quote, evidence, 1.0, 1) with
        {
            Category = CauseCategory.Infrastructure,
            Strength = lost || pressure.Count > 0 ? 0.9 : 0.8,
            Label = label,
            Component = name,
        };
    }

    private static Signal Other(EvidenceText text, string name, string? status, string quote, EvidenceRef evidence)
    {
        var signal = SignalExtractor.FromText(text.Item, quote, evidence, 1.0, 1) with { Component = name };
        if (status is not null && status.StartsWith("Unknown", StringComparison.OrdinalIgnoreCase))
        {
            // Kubernetes: a pod is Unknown when its state cannot be obtained from its node — the node's failure, seen from the pod.
            return signal with { Category = CauseCategory.Infrastructure, Strength = 0.45, Label = "its node stopped reporting its state" };
        }

        // A status word says how the object is failing ("CrashLoopBackOff", "Error"), rarely why: a symptom, unless it names a cause
        // outright — but a failure now all the same, never "healthy".
        return signal.Category == CauseCategory.Unknown ? signal with { Strength = 0.5, Label = "it is failing now, and the evidence shown does not say why" } : signal;
    }

    [GeneratedRegex(@"^Name:\s+(\S+)\s*$")]
    internal static partial Regex DescribedName();

    [GeneratedRegex(@"^(?:Roles|Taints|Unschedulable|Addresses):")]
    private static partial Regex NodeField();

    [GeneratedRegex(@"^\s+(?:(?<type>MemoryPressure|DiskPressure|PIDPressure|NetworkUnavailable)\s+(?<status>True)|(?<type>Ready)\s+(?<status>False|Unknown))\b(?<rest>.{0,400})")]
    private static partial Regex Condition();

    [GeneratedRegex(@"^(?:completed|succeeded|complete)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Finished();

    [GeneratedRegex(@"^(\d{1,9})/(\d{1,9})$")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex Leading();

    [GeneratedRegex(@"notready|unknown|error|fail|crashloop|backoff|pending|evicted|oom|degraded|missing|outofsync|\balert\b|\bwarn|no data|lost|unhealthy|terminat|errimage|invalid|unavailable", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bad();

    [GeneratedRegex(@"^(?:running|completed|succeeded|ready|active|bound|synced|healthy|ok|true|available|complete)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Good();
}
