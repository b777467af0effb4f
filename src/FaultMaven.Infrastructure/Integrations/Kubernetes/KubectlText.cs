using System.Globalization;
using System.Text;
using k8s.Models;

namespace FaultMaven.Infrastructure.Integrations.Kubernetes;

/// <summary>Kubernetes objects written as kubectl writes them (get tables, get events, the pod status column), so that what is
/// fetched reads — for a person, the classifier, the analysers and the model — exactly like a pasted kubectl output.</summary>
internal static partial class KubectlText
{
    /// <summary>Text and how many objects, events or lines it holds.</summary>
    internal sealed record Rendered(string Text, int Items);

    public static Rendered Pods(IList<V1Pod>? pods, DateTimeOffset now) =>
        Table(["NAME", "READY", "STATUS", "RESTARTS", "AGE"], (pods ?? []).Select(p =>
        {
            var statuses = p.Status?.ContainerStatuses ?? [];
            var containers = p.Spec?.Containers?.Count ?? statuses.Count;
            return (IReadOnlyList<string>)[p.Metadata.Name, $"{statuses.Count(c => c.Ready)}/{containers}", PodStatus(p), statuses.Sum(c => c.RestartCount).ToString(CultureInfo.InvariantCulture), Age(p.Metadata.CreationTimestamp, now)];
        }));

    public static Rendered Deployments(IList<V1Deployment>? deployments, DateTimeOffset now) =>
        Table(["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"], (deployments ?? []).Select(d => (IReadOnlyList<string>)
            [d.Metadata.Name, $"{d.Status?.ReadyReplicas ?? 0}/{d.Spec?.Replicas ?? 1}", Number(d.Status?.UpdatedReplicas), Number(d.Status?.AvailableReplicas), Age(d.Metadata.CreationTimestamp, now)]));

    public static Rendered ReplicaSets(IList<V1ReplicaSet>? sets, DateTimeOffset now) =>
        Table(["NAME", "DESIRED", "CURRENT", "READY", "AGE"], (sets ?? []).Select(r => (IReadOnlyList<string>)
            [r.Metadata.Name, Number(r.Spec?.Replicas), Number(r.Status?.Replicas), Number(r.Status?.ReadyReplicas), Age(r.Metadata.CreationTimestamp, now)]));

    public static Rendered Services(IList<V1Service>? services, DateTimeOffset now) =>
        Table(["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"], (services ?? []).Select(s => (IReadOnlyList<string>)
            [s.Metadata.Name, s.Spec?.Type ?? "ClusterIP", s.Spec?.ClusterIP ?? "<none>", ExternalIp(s), Ports(s), Age(s.Metadata.CreationTimestamp, now)]));

    public static Rendered Nodes(IList<V1Node>? nodes, DateTimeOffset now) =>
        Table(["NAME", "STATUS", "ROLES", "AGE", "VERSION"], (nodes ?? []).Select(n => (IReadOnlyList<string>)
            [n.Metadata.Name, NodeStatus(n), Roles(n), Age(n.Metadata.CreationTimestamp, now), n.Status?.NodeInfo?.KubeletVersion ?? "<unknown>"]));

    /// <summary>A kubectl get events table, newest first.</summary>
    public static Rendered Events(IList<Corev1Event> events, DateTimeOffset now) =>
        Table(["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"], events.Select(e => (IReadOnlyList<string>)
            [Age(LastSeen(e), now), e.Type ?? "Normal", e.Reason ?? "", $"{e.InvolvedObject?.Kind?.ToLowerInvariant()}/{e.InvolvedObject?.Name}", OneLine(e.Message)]));

    /// <summary>When an event was last seen, whichever of its times the API filled.</summary>
    public static DateTime? LastSeen(Corev1Event e) =>
        e.Series?.LastObservedTime ?? e.LastTimestamp ?? e.EventTime ?? e.FirstTimestamp ?? e.Metadata?.CreationTimestamp;

    /// <summary>The deployment a pod belongs to: its ReplicaSet's name without the pod-template hash.</summary>
    public static string? DeploymentOf(V1Pod pod)
    {
        var owner = pod.Metadata.OwnerReferences?.FirstOrDefault(o => o.Kind == "ReplicaSet")?.Name;
        var hash = pod.Metadata.Labels?.TryGetValue("pod-template-hash", out var h) == true ? h : null;
        return owner is not null && hash is not null && owner.EndsWith("-" + hash, StringComparison.Ordinal) ? owner[..^(hash.Length + 1)] : null;
    }

    /// <summary>The STATUS column of kubectl get pods: a container's waiting or terminated reason wins over the pod's phase.</summary>
    public static string PodStatus(V1Pod pod)
    {
        if (pod.Metadata.DeletionTimestamp is not null)
        {
            return "Terminating";
        }

        var reason = pod.Status?.Reason ?? pod.Status?.Phase ?? "Unknown";
        foreach (var status in pod.Status?.ContainerStatuses ?? [])
        {
            if (status.State?.Waiting?.Reason is { Length: > 0 } waiting)
            {
                reason = waiting;
            }
            else if (status.State?.Terminated is { } terminated)
            {
                reason = terminated.Reason ?? (terminated.Signal is { } signal ? $"Signal:{signal}" : $"ExitCode:{terminated.ExitCode}");
            }
        }

        return reason;
    }

    private static Rendered Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        if (all.Count == 0)
        {
            return new Rendered("", 0);
        }

        var widths = header.Select((h, i) => Math.Min(60, Math.Max(h.Length, all.Max(r => r[i].Length)))).ToArray();
        var text = new StringBuilder();
        foreach (var row in all.Prepend(header))
        {
            for (var i = 0; i < row.Count; i++)
            {
                text.Append(i == row.Count - 1 ? row[i] : row[i].PadRight(widths[i] + 3));
            }

            text.Append('\n');
        }

        return new Rendered(text.ToString(), all.Count);
    }

    private static string Number(int? value) => (value ?? 0).ToString(CultureInfo.InvariantCulture);

    private static string OneLine(string? text) => string.IsNullOrEmpty(text) ? "" : text.ReplaceLineEndings(" ").Trim();

    private static string ExternalIp(V1Service service)
    {
        var ingress = service.Status?.LoadBalancer?.Ingress?.Select(i => i.Ip ?? i.Hostname).Where(i => i is not null).ToList();
        return ingress is { Count: > 0 } ? string.Join(',', ingress) : service.Spec?.ExternalIPs is { Count: > 0 } ips ? string.Join(',', ips) : service.Spec?.Type == "LoadBalancer" ? "<pending>" : "<none>";
    }

    private static string Ports(V1Service service) =>
        service.Spec?.Ports is { Count: > 0 } ports ? string.Join(',', ports.Select(p => $"{p.Port}{(p.NodePort is { } node ? $":{node}" : "")}/{p.Protocol ?? "TCP"}")) : "<none>";

    private static string NodeStatus(V1Node node)
    {
        var ready = node.Status?.Conditions?.FirstOrDefault(c => c.Type == "Ready");
        var status = ready?.Status == "True" ? "Ready" : ready is null ? "Unknown" : "NotReady";
        return node.Spec?.Unschedulable == true ? status + ",SchedulingDisabled" : status;
    }

    private static string Roles(V1Node node)
    {
        const string Prefix = "node-role.kubernetes.io/";
        var roles = (node.Metadata.Labels ?? new Dictionary<string, string>()).Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).Select(k => k[Prefix.Length..]).ToList();
        return roles.Count > 0 ? string.Join(',', roles) : "<none>";
    }

    /// <summary>kubectl's short ages: 45s, 12m, 5h, 3d.</summary>
    private static string Age(DateTime? time, DateTimeOffset now)
    {
        if (time is not { } t)
        {
            return "<unknown>";
        }

        var span = now - new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc));
        return span.TotalSeconds < 120 ? $"{Math.Max(0, (int)span.TotalSeconds)}s"
            : span.TotalMinutes < 180 ? $"{(int)span.TotalMinutes}m"
            : span.TotalHours < 48 ? $"{(int)span.TotalHours}h"
            : $"{(int)span.TotalDays}d";
    }
}
