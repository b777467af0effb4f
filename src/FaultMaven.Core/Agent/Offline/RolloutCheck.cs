using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Data.Analysis;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>A failing pod that is only the leftover of a rollout: it is terminating, and pods of the same workload from a newer
/// ReplicaSet are running and ready. Alerts on such a pod are stale; the workload is fine.</summary>
internal sealed record StalePod(string Pod, string Workload, string OldReplicaSet, string NewReplicaSet, int ReadyPods, IReadOnlyList<EvidenceRef> Evidence);

/// <summary>Finds rollout leftovers among the pods every Kubernetes upload of a case describes (merged by name).</summary>
internal static class RolloutCheck
{
    public static List<StalePod> Find(IReadOnlyList<CaseEvidence> evidence)
    {
        var pods = evidence
            .Where(e => e.Analysis.Kubernetes is not null)
            .SelectMany(e => e.Analysis.Kubernetes!.Pods.Select(p => (Pod: p, Evidence: new EvidenceRef(EvidenceKind.Upload, e.Upload.Id, (int)p.Line, (int)p.Line))))
            .GroupBy(p => p.Pod.Name, StringComparer.Ordinal)
            .Select(g => new
            {
                Name = g.Key,
                Terminating = g.Any(p => Is(p.Pod.Phase, "Terminating") || Is(p.Pod.Reason, "Terminating")),
                Failing = g.Any(p => p.Pod.Reason is { } r && !Is(r, "Terminating") || p.Pod.Restarts > 0 && !IsReady(p.Pod.Ready)),
                Ready = g.Any(p => IsReady(p.Pod.Ready)) && !g.Any(p => p.Pod.Reason is { } r && !Is(r, "Terminating")),
                Running = g.Any(p => Is(p.Pod.Phase, "Running")),
                Evidence = g.Select(p => p.Evidence).ToList(),
            })
            .ToList();

        var stale = new List<StalePod>();
        foreach (var pod in pods.Where(p => p.Terminating && p.Failing))
        {
            if (Split(pod.Name) is not var (workload, replicaSet))
            {
                continue;
            }

            var current = pods.Where(p => p.Ready && p.Running && !p.Terminating && Split(p.Name) is var (w, rs) && w == workload && rs != replicaSet).ToList();
            if (current.Count > 0)
            {
                stale.Add(new StalePod(pod.Name, workload, replicaSet, Split(current[0].Name)!.Value.ReplicaSet, current.Count, [.. pod.Evidence, .. current.SelectMany(c => c.Evidence).Take(3)]));
            }
        }

        return stale;
    }

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>"1/1", "3/3": every container ready.</summary>
    private static bool IsReady(string? ready) => ready?.Split('/') is [var a, var b] && a == b && a != "0";

    /// <summary>A Deployment's pod is named workload-replicaSetHash-suffix.</summary>
    private static (string Workload, string ReplicaSet)? Split(string pod)
    {
        var parts = pod.Split('-');
        return parts.Length >= 3 ? (string.Join('-', parts[..^2]), parts[^2]) : null;
    }
}
