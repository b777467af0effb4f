using System.Globalization;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Data.Analysis;

/// <summary>A pod as kubectl showed it.</summary>
public sealed record PodState(string Name, string? Phase, string? Reason, int Restarts, string? Ready, long Line);

/// <summary>Events with one reason on one object.</summary>
public sealed record EventGroup(string Reason, string InvolvedObject, string Type, int Count, string Message, EvidenceRange Evidence);

/// <summary>The workload state in Kubernetes output.</summary>
public sealed record KubernetesAnalysis(string Format, IReadOnlyList<PodState> Pods, IReadOnlyList<EventGroup> Events, IReadOnlyDictionary<string, int> Phases);

/// <summary>Reads <c>kubectl get pods</c>, <c>kubectl get events</c> and <c>kubectl describe</c> output, and manifests, for what
/// stops workloads: CrashLoopBackOff, OOMKilled, ImagePullBackOff, failed scheduling, failing probes, restarts; events are grouped
/// by reason and object.</summary>
public static partial class KubernetesAnalyzer
{
    private static readonly string[] Troubles = ["CrashLoopBackOff", "OOMKilled", "ImagePullBackOff", "ErrImagePull", "CreateContainerConfigError", "Error", "Evicted", "Pending", "Unknown"];

    /// <summary>Analyses Kubernetes text in the given <paramref name="format"/> (as the classifier named it).</summary>
    public static (KubernetesAnalysis Result, IReadOnlyList<DataFinding> Findings, string Summary) Analyze(string text, string? format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var pods = new List<PodState>();
        var events = new List<(string Type, string Reason, string Object, int Count, string Message, long Line)>();
        var findings = new List<(string Kind, FindingSeverity Severity, string Title, EvidenceRange Evidence)>();

        ReadTables(lines, pods, events, findings);
        ReadDescribe(lines, pods, events, findings);
        ReadManifests(lines, findings);

        foreach (var pod in pods)
        {
            var trouble = pod.Reason ?? pod.Phase;
            if (trouble is not null && Troubles.Contains(trouble))
            {
                var severity = trouble is "Pending" or "Unknown" ? FindingSeverity.Warning : FindingSeverity.Error;
                findings.Add((Kind(trouble), severity, $"Pod {pod.Name} is {trouble}{(pod.Restarts > 0 ? $" after {pod.Restarts} restarts" : "")}", EvidenceRange.Line(pod.Line)));
            }
            else if (pod.Restarts >= 3)
            {
                findings.Add(("restarts", FindingSeverity.Warning, $"Pod {pod.Name} has restarted {pod.Restarts} times", EvidenceRange.Line(pod.Line)));
            }
        }

        var groups = events
            .GroupBy(e => (e.Reason, e.Object))
            .Select(g => new EventGroup(g.Key.Reason, g.Key.Object, g.First().Type, g.Sum(e => e.Count), g.First().Message, EvidenceRange.Lines(g.Min(e => e.Line), g.Max(e => e.Line))))
            .OrderByDescending(g => g.Type == "Warning").ThenByDescending(g => g.Count)
            .ToList();
        foreach (var group in groups.Where(g => g.Type == "Warning"))
        {
            var kind = group.Reason switch
            {
                "FailedScheduling" => "failed-scheduling",
                "Unhealthy" when group.Message.Contains("probe failed", StringComparison.OrdinalIgnoreCase) => "probe-failing",
                "BackOff" => "back-off",
                "Failed" or "FailedMount" or "FailedCreate" or "FailedAttachVolume" => "failed",
                "OOMKilling" => "oom-killed",
                _ => "warning-event",
            };
            findings.Add((kind, FindingSeverity.Warning, $"{group.Reason} on {group.InvolvedObject} (×{group.Count}): {Shorten(group.Message)}", group.Evidence));
        }

        var phases = pods.GroupBy(p => p.Reason ?? p.Phase ?? "unknown").ToDictionary(g => g.Key, g => g.Count());
        var result = findings
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Evidence.First)
            .Select((f, n) => new DataFinding($"k8s-{n + 1}", f.Kind, f.Severity, f.Title, f.Evidence))
            .DistinctBy(f => f.Title)
            .ToList();
        var parts = new List<string>();
        if (pods.Count > 0)
        {
            parts.Add($"{pods.Count} pods ({string.Join(", ", phases.Select(p => $"{p.Value} {p.Key}"))})");
        }

        if (events.Count > 0)
        {
            var warnings = groups.Where(g => g.Type == "Warning").ToList();
            parts.Add(warnings.Count == 0
                ? $"{events.Count} events, none of type Warning"
                : $"{events.Count} events; Warning on {warnings.Select(g => g.InvolvedObject).Distinct().Count()} objects ({string.Join(", ", warnings.Take(4).Select(g => $"{g.Reason} on {g.InvolvedObject} ×{g.Count}"))})");
        }

        if (parts.Count == 0)
        {
            parts.Add($"{lines.Length} lines of {format ?? "Kubernetes"} output");
        }

        var summary = string.Join("; ", parts) + (result.Count == 0 ? "; nothing unhealthy found." : $"; {result.Count} findings, first: {result[0].Title}.");
        return (new KubernetesAnalysis(format ?? "kubernetes", pods, groups, phases), result, summary);
    }

    private static string Kind(string trouble) => trouble switch
    {
        "CrashLoopBackOff" => "crash-loop",
        "OOMKilled" => "oom-killed",
        "ImagePullBackOff" or "ErrImagePull" => "image-pull",
        "Pending" => "pending",
        _ => "pod-failing",
    };

    private static string Shorten(string message) => message.Length > 160 ? message[..160] + "…" : message;

    /// <summary>kubectl tables (get pods, get events): the header gives each column's start, values are read by position.</summary>
    private static void ReadTables(string[] lines, List<PodState> pods, List<(string, string, string, int, string, long)> events, List<(string, FindingSeverity, string, EvidenceRange)> findings)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var header = lines[i];
            var columns = HeaderColumn().Matches(header).Select(m => (Name: m.Value.Trim(), Start: m.Index)).ToList();
            if (columns.Count < 3 || !columns.Any(c => c.Name is "NAME" or "REASON") || columns.Any(c => !HeaderName().IsMatch(c.Name)))
            {
                continue;
            }

            var isEvents = columns.Any(c => c.Name == "REASON") && columns.Any(c => c.Name == "OBJECT" || c.Name == "INVOLVED OBJECT");
            var isPods = columns.Any(c => c.Name == "STATUS") && (columns.Any(c => c.Name == "READY") || columns.Any(c => c.Name == "RESTARTS")) && columns.Any(c => c.Name == "RESTARTS" || c.Name == "AGE" && !columns.Any(x => x.Name is "ROLES" or "VERSION"));
            var names = columns.Select(c => c.Name).ToList();
            for (i++; i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]); i++)
            {
                var row = lines[i];
                string Cell(string name)
                {
                    var index = columns.FindIndex(c => c.Name == name);
                    if (index < 0 || columns[index].Start >= row.Length)
                    {
                        return "";
                    }

                    var end = index + 1 < columns.Count ? Math.Min(row.Length, columns[index + 1].Start) : row.Length;
                    return row[columns[index].Start..end].Trim();
                }

                if (isEvents)
                {
                    var count = int.TryParse(Cell("COUNT"), out var n) ? n : CountInAge().Match(Cell("LAST SEEN")) is { Success: true } x ? int.Parse(x.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
                    events.Add((Cell("TYPE"), Cell("REASON"), Cell("OBJECT") is { Length: > 0 } o ? o : Cell("INVOLVED OBJECT"), count, Cell("MESSAGE"), i + 1));
                }
                else if (!isPods && Cell("NAME") is { Length: > 0 } other)
                {
                    ReadRow(names, Cell, other, i + 1, findings);
                }
                else if (isPods && Cell("NAME") is { Length: > 0 } name)
                {
                    var status = Cell("STATUS");
                    var restarts = RestartCount().Match(Cell("RESTARTS")) is { Success: true } r ? int.Parse(r.Value, CultureInfo.InvariantCulture) : 0;
                    pods.Add(new PodState(name, Phase(status), status is "Running" or "Succeeded" or "Completed" or "Pending" ? null : status, restarts, Cell("READY"), i + 1));
                }
            }
        }

        // Rows without a header (kubectl get pods --no-headers): name, ready, status, restarts.
        if (pods.Count == 0)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (HeaderlessPod().Match(lines[i]) is { Success: true } m)
                {
                    var status = m.Groups["status"].Value;
                    pods.Add(new PodState(m.Groups["name"].Value, Phase(status), status is "Running" or "Completed" or "Pending" ? null : status, int.Parse(m.Groups["restarts"].Value, CultureInfo.InvariantCulture), m.Groups["ready"].Value, i + 1));
                }
            }
        }
    }

    private static string Phase(string status) => status switch
    {
        "Running" or "Pending" or "Succeeded" or "Failed" or "Unknown" => status,
        "Completed" => "Succeeded",
        "CrashLoopBackOff" or "OOMKilled" or "Error" or "ImagePullBackOff" or "ErrImagePull" or "CreateContainerConfigError" or "Terminating" => status is "Terminating" ? "Running" : "Failed",
        _ => "Pending",
    };

    /// <summary>kubectl describe pod: name, status, container states and reasons, exit codes, restart counts and the Events table.</summary>
    private static void ReadDescribe(string[] lines, List<PodState> pods, List<(string, string, string, int, string, long)> events, List<(string, FindingSeverity, string, EvidenceRange)> findings)
    {
        string? name = null;
        long nameLine = 0;
        string? status = null;
        string? reason = null;
        var restarts = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("Name:", StringComparison.Ordinal))
            {
                Flush();
                name = line["Name:".Length..].Trim();
                nameLine = i + 1;
            }
            else if (name is null)
            {
                continue;
            }
            else if (line.StartsWith("Status:", StringComparison.Ordinal))
            {
                status = line["Status:".Length..].Trim();
            }
            else if (DescribeField().Match(line) is { Success: true } field)
            {
                var value = field.Groups["value"].Value.Trim();
                switch (field.Groups["key"].Value)
                {
                    case "Reason" when value is "CrashLoopBackOff" or "OOMKilled" or "ImagePullBackOff" or "ErrImagePull" or "CreateContainerConfigError" or "Error":
                        // A waiting reason (CrashLoopBackOff) says more than the last termination's (Error), but OOMKilled explains both.
                        reason = reason is null || value == "OOMKilled" ? value : reason;
                        if (value == "OOMKilled")
                        {
                            findings.Add(("oom-killed", FindingSeverity.Error, $"A container of {name} was OOMKilled (memory limit reached)", EvidenceRange.Line(i + 1)));
                        }

                        break;
                    case "Restart Count" when int.TryParse(value, out var n):
                        restarts = Math.Max(restarts, n);
                        break;
                    case "Exit Code" when value is not "0":
                        findings.Add(("exit-code", FindingSeverity.Warning, $"A container of {name} exited with code {value}{(value == "137" ? " (killed: SIGKILL, often the OOM killer)" : "")}", EvidenceRange.Line(i + 1)));
                        break;
                }
            }
            else if (line.StartsWith("Conditions:", StringComparison.Ordinal))
            {
                for (i++; i < lines.Length && (lines[i].StartsWith(' ') || lines[i].StartsWith('\t')); i++)
                {
                    if (ConditionRow().Match(lines[i]) is { Success: true } c && IsBadCondition(c.Groups["type"].Value, c.Groups["status"].Value))
                    {
                        var why = c.Groups["rest"].Value.Trim();
                        findings.Add(("unhealthy-condition", c.Groups["type"].Value is "Ready" ? FindingSeverity.Error : FindingSeverity.Warning, $"{name}: condition {c.Groups["type"].Value} is {c.Groups["status"].Value}{(why.Length > 0 ? $" ({Shorten(why)})" : "")}", EvidenceRange.Line(i + 1)));
                    }
                }

                i--;
            }
            else if (line.StartsWith("Allocated resources:", StringComparison.Ordinal))
            {
                for (i++; i < lines.Length && (lines[i].StartsWith(' ') || lines[i].StartsWith('\t')); i++)
                {
                    if (AllocatedRow().Match(lines[i]) is { Success: true } a && int.Parse(a.Groups["requests"].Value, CultureInfo.InvariantCulture) is var requested and >= 90)
                    {
                        findings.Add(("resources-allocated", FindingSeverity.Warning, $"{name}: {a.Groups["resource"].Value} requests are {requested}% of what the node can allocate", EvidenceRange.Line(i + 1)));
                    }
                }

                i--;
            }
            else if (line.StartsWith("Events:", StringComparison.Ordinal))
            {
                for (i++; i < lines.Length && (lines[i].StartsWith(' ') || lines[i].StartsWith('\t')); i++)
                {
                    if (DescribeEvent().Match(lines[i]) is { Success: true } e)
                    {
                        var count = CountInAge().Match(e.Groups["age"].Value) is { Success: true } x ? int.Parse(x.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
                        events.Add((e.Groups["type"].Value, e.Groups["reason"].Value, $"pod/{name}", count, e.Groups["message"].Value.Trim(), i + 1));
                    }
                }

                i--;
            }
        }

        Flush();

        void Flush()
        {
            if (name is not null && (status is not null || reason is not null || restarts > 0))
            {
                pods.Add(new PodState(name, status, reason, restarts, null, nameLine));
            }

            (name, status, reason, restarts) = (null, null, null, 0);
        }
    }

    /// <summary>Manifests: containers without memory limits and images without a pinned tag.</summary>
    private static void ReadManifests(string[] lines, List<(string, FindingSeverity, string, EvidenceRange)> findings)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (ImageLine().Match(lines[i]) is { Success: true } image && (image.Groups["tag"].Value is "" or "latest") && !image.Groups["image"].Value.Contains('@'))
            {
                findings.Add(("unpinned-image", FindingSeverity.Info, $"Image {image.Groups["image"].Value}{(image.Groups["tag"].Value.Length > 0 ? ":latest" : "")} is not pinned to a version", EvidenceRange.Line(i + 1)));
            }
        }
    }

    [GeneratedRegex(@"[A-Z][A-Z0-9_%/.-]*(?:\([a-z]+\))?(?: [A-Z][A-Z0-9_%/.-]*)?(?=\s{2,}|\s*$)")]
    private static partial Regex HeaderColumn();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_%/.-]*(?:\([a-z]+\))?(?: [A-Z][A-Z0-9_%/.-]*)?$")]
    private static partial Regex HeaderName();

    // Counts are ASCII digits, at most nine: they are parsed as int (\\d would also take other scripts' digits).
    [GeneratedRegex(@"^[0-9]{1,9}")]
    private static partial Regex RestartCount();

    [GeneratedRegex(@"\(x([0-9]{1,9}) over")]
    private static partial Regex CountInAge();

    [GeneratedRegex(@"^(?:[a-z0-9][a-z0-9-]{0,62}\s+)?(?<name>[a-z0-9][a-z0-9.-]+)\s+(?<ready>[0-9]{1,9}/[0-9]{1,9})\s+(?<status>[A-Za-z:]+)\s+(?<restarts>[0-9]{1,9})")]
    private static partial Regex HeaderlessPod();

    [GeneratedRegex(@"^\s+(?<key>Reason|Restart Count|Exit Code):\s+(?<value>.+)$")]
    private static partial Regex DescribeField();

    [GeneratedRegex(@"^\s+(?<type>Normal|Warning)\s+(?<reason>\w+)\s+(?<age>.+?)\s{2,}(?<from>\S+(?:, \S+)?)\s{2,}(?<message>.*)$")]
    private static partial Regex DescribeEvent();

    [GeneratedRegex(@"^\s*-?\s*image:\s*[""']?(?<image>[^\s""':@]+(?::[0-9]{1,9}/[^\s""':@]+)?(?:@\S+)?)(?::(?<tag>[^\s""']+))?[""']?\s*$")]
    private static partial Regex ImageLine();
}
