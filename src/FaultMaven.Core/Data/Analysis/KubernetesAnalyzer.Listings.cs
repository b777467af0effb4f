using System.Globalization;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Data.Analysis;

/// <summary>kubectl listings other than pods and events, and the conditions of describe output.</summary>
public static partial class KubernetesAnalyzer
{
    /// <summary>A condition is bad when True if its name is a fault (MemoryPressure, NetworkUnavailable, Failed), else when False or Unknown
    /// (Ready, Available, Initialized).</summary>
    internal static bool IsBadCondition(string type, string status)
    {
        var fault = FaultCondition().IsMatch(type);
        return fault ? status == "True" : status is "False" or "Unknown";
    }

    /// <summary>Rows of kubectl get nodes, deployments, jobs and top: nodes not Ready or under pressure, deployments short of replicas,
    /// failed jobs, pods or nodes near their CPU or memory.</summary>
    private static void ReadRow(List<string> columns, Func<string, string> cell, string name, long line, List<(string, FindingSeverity, string, EvidenceRange)> findings)
    {
        var before = findings.Count;
        var status = columns.Contains("STATUS") ? cell("STATUS") : "";
        if (columns.Contains("ROLES") || columns.Contains("VERSION") || columns.Any(c => c.EndsWith("PRESSURE", StringComparison.Ordinal)))
        {
            if (status.Split(',').Any(s => s is "NotReady" or "Unknown" or "SchedulingDisabled"))
            {
                findings.Add(("node-not-ready", status.Contains("SchedulingDisabled", StringComparison.Ordinal) && !status.Contains("Not", StringComparison.Ordinal) ? FindingSeverity.Warning : FindingSeverity.Error, $"Node {name} is {status}", EvidenceRange.Line(line)));
            }

            foreach (var pressure in columns.Where(c => c.EndsWith("PRESSURE", StringComparison.Ordinal) && cell(c) == "True"))
            {
                findings.Add(("node-pressure", FindingSeverity.Warning, $"Node {name} reports {pressure.ToLowerInvariant()}", EvidenceRange.Line(line)));
            }
        }

        if (columns.Contains("READY") && (columns.Contains("AVAILABLE") || columns.Contains("UP-TO-DATE")) && Fraction().Match(cell("READY")) is { Success: true } ready)
        {
            var (have, want) = (int.Parse(ready.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(ready.Groups[2].Value, CultureInfo.InvariantCulture));
            var unavailable = columns.Contains("UNAVAILABLE") && int.TryParse(cell("UNAVAILABLE"), out var u) ? u : 0;
            if (have < want || unavailable > 0)
            {
                findings.Add(("deployment-unavailable", have == 0 ? FindingSeverity.Error : FindingSeverity.Warning, $"Deployment {name} has {have} of {want} replicas ready{(unavailable > 0 ? $", {unavailable} unavailable" : "")}", EvidenceRange.Line(line)));
            }
        }

        if (columns.Contains("COMPLETIONS") || columns.Contains("DURATION"))
        {
            var completions = columns.Contains("COMPLETIONS") ? Fraction().Match(cell("COMPLETIONS")) : Match.Empty;
            if (status is "Failed" or "FailureTarget" || status.Length == 0 && completions.Success && completions.Groups[1].Value == "0" && cell("DURATION").Length == 0)
            {
                findings.Add(("job-failed", FindingSeverity.Error, $"Job {name} is {(status.Length > 0 ? status : "not completing")} ({cell("COMPLETIONS")} completions)", EvidenceRange.Line(line)));
            }
        }

        // Any other listing (argocd app list, custom resources): a status, health or phase column in an unhealthy state.
        foreach (var column in columns.Where(c => c is "STATUS" or "HEALTH" or "PHASE" or "STATE" or "SYNC STATUS" or "HEALTH STATUS"))
        {
            var value = cell(column);
            if (findings.Count == before && DocumentSignalReader.IsUnhealthy(new DocumentField(column.ToLowerInvariant().Replace(' ', '_'), value, line)))
            {
                findings.Add(("unhealthy-status", FindingSeverity.Warning, $"{name}: {column.ToLowerInvariant()} {value}", EvidenceRange.Line(line)));
            }
        }

        foreach (var percent in columns.Where(c => c.EndsWith('%')))
        {
            if (int.TryParse(cell(percent).TrimEnd('%'), out var used) && used >= 90)
            {
                findings.Add(("resource-saturated", FindingSeverity.Warning, $"{name} uses {used}% {percent.TrimEnd('%').ToLowerInvariant()}", EvidenceRange.Line(line)));
            }
        }
    }

    [GeneratedRegex(@"^\s+(?<type>[A-Za-z]+)\s+(?<status>True|False|Unknown)\b(?<rest>.*)$")]
    private static partial Regex ConditionRow();

    [GeneratedRegex(@"Pressure|Unavailable|Fail|Deadlock|Readonly|ReadOnly|Problem|Corrupt|Degraded|OutOf|Exceeded")]
    private static partial Regex FaultCondition();

    [GeneratedRegex(@"^\s+(?<resource>[\w./-]+)\s+\S+\s+\((?<requests>[0-9]{1,4})%\)")]
    private static partial Regex AllocatedRow();

    [GeneratedRegex(@"^([0-9]{1,6})/([0-9]{1,6})$")]
    private static partial Regex Fraction();
}
