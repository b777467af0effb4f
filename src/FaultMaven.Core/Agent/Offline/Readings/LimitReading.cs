using System.Globalization;
using System.Text.RegularExpressions;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>Resource limits against what the workload needs, from <c>kubectl describe pod</c> (a container's <c>Limits:</c> block)
/// and pod YAML. Kubernetes enforces a CPU limit with the CFS quota: a CPU-bound container under a limit of a tenth of a core or less
/// spends most of each period throttled. A JVM whose <c>-Xmx</c> exceeds the container's memory limit is killed by the kernel
/// before its own heap limit is reached.</summary>
internal static partial class LimitReading
{
    private const double TinyCpuCores = 0.1;

    /// <param name="texts">The case's small uploads.</param>
    /// <param name="throttled">The line of the evidence or question that speaks of CPU throttling, when any does.</param>
    public static List<Signal> Read(IReadOnlyList<EvidenceText> texts, string? throttled)
    {
        var signals = new List<Signal>();
        foreach (var text in texts)
        {
            // Read once per text (not per line); with several containers' limits in one file, whose -Xmx is whose is not known here.
            var memoryLimits = MemoryLimits(text.Lines);
            var memoryLimit = memoryLimits.Count == 1 ? memoryLimits[0] : (double?)null;
            string? pod = null;
            for (var i = 0; i < text.Lines.Count; i++)
            {
                var line = text.Lines[i];
                if (StateReading.DescribedName().Match(line) is { Success: true } name)
                {
                    pod = name.Groups[1].Value;
                }

                if (throttled is not null && CpuLimit().Match(line) is { Success: true } cpu && InLimits(text.Lines, i) && Cores(cpu.Groups[1].Value) is { } cores && cores <= TinyCpuCores)
                {
                    signals.Add(SignalExtractor.FromText(text.Item, $"CPU limit {cpu.Groups[1].Value} ({cores.ToString("0.###", CultureInfo.InvariantCulture)} of a core){(pod is null ? "" : $" on {pod}")}, while {OfflineInvestigator.Trim(throttled, 140)}: the limit is far below what the workload uses, so it is throttled",
                        new EvidenceRef(EvidenceKind.Upload, text.Item.Upload.Id, i + 1, i + 1), 1.0, 1) with
                    {
                        Category = CauseCategory.ResourceExhaustion,
                        Strength = 0.95,
                        Label = "the CPU limit is too low for the workload",
                        Component = pod,
                    });
                    break;
                }

                if (Heap().Match(line) is { Success: true } heap && memoryLimit is { } limit && Bytes(heap.Groups[1].Value, heap.Groups[2].Value) is { } xmx && xmx > limit)
                {
                    signals.Add(SignalExtractor.FromText(text.Item, $"-Xmx{heap.Groups[1].Value}{heap.Groups[2].Value} is larger than the container's memory limit: the JVM is OOM-killed before its heap is full",
                        new EvidenceRef(EvidenceKind.Upload, text.Item.Upload.Id, i + 1, i + 1), 1.0, 1) with
                    {
                        Category = CauseCategory.ConfigurationError,
                        Strength = 0.9,
                        Label = "the JVM heap is set above the container's memory limit",
                        Component = pod,
                    });
                    break;
                }
            }
        }

        return signals;
    }

    /// <summary>Whether line <paramref name="i"/> is inside a <c>Limits:</c> block (describe) or a <c>limits:</c> mapping (YAML), not requests.</summary>
    private static bool InLimits(IReadOnlyList<string> lines, int i)
    {
        if (lines[i].Contains("limits", StringComparison.OrdinalIgnoreCase))
        {
            return !lines[i].Contains("requests\":{\"cpu", StringComparison.OrdinalIgnoreCase) || lines[i].IndexOf("limits", StringComparison.OrdinalIgnoreCase) < lines[i].IndexOf("requests", StringComparison.OrdinalIgnoreCase);
        }

        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
        {
            var header = lines[j].Trim();
            if (header.StartsWith("limits", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (header.StartsWith("requests", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    private static List<double> MemoryLimits(IReadOnlyList<string> lines)
    {
        var limits = new List<double>();
        for (var i = 0; i < lines.Count && limits.Count < 2; i++)
        {
            if (MemoryQuantity().Match(lines[i]) is { Success: true } m && InLimits(lines, i) && Bytes(m.Groups[1].Value, m.Groups[2].Value) is { } bytes)
            {
                limits.Add(bytes);
            }
        }

        return limits;
    }

    private static double? Cores(string quantity) =>
        quantity.EndsWith('m') && double.TryParse(quantity[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var milli) ? milli / 1000
        : double.TryParse(quantity, NumberStyles.Float, CultureInfo.InvariantCulture, out var cores) ? cores : null;

    private static double? Bytes(string number, string unit) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value * (unit.ToUpperInvariant().TrimEnd('I', 'B') switch { "K" => 1024.0, "M" => 1024.0 * 1024, "G" => 1024.0 * 1024 * 1024, _ => 1 })
            : null;

    [GeneratedRegex(@"""?cpu""?\s*:\s*""?(\d+(?:\.\d+)?m?)""?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CpuLimit();

    [GeneratedRegex(@"^\s*""?memory""?\s*:\s*""?(\d+(?:\.\d+)?)([KMG]i?)""?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MemoryQuantity();

    [GeneratedRegex(@"-Xmx(\d+)([kKmMgG])\b", RegexOptions.CultureInvariant)]
    private static partial Regex Heap();
}
