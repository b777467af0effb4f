using System.Globalization;
using System.Text;
using k8s.Models;

namespace FaultMaven.Infrastructure.Integrations.Kubernetes;

/// <summary>kubectl describe: the object's status, conditions and containers, then its events. Environment values, annotations and
/// volumes' sources are left out: they hold settings and sometimes credentials, and say little about why something fails.</summary>
internal static partial class KubectlText
{
    public static Rendered DescribePod(V1Pod pod, IList<Corev1Event> events, DateTimeOffset now)
    {
        var text = new Describe();
        text.Field("Name", pod.Metadata.Name).Field("Namespace", pod.Metadata.NamespaceProperty).Field("Priority", Number(pod.Spec?.Priority));
        text.Field("Node", pod.Spec?.NodeName is { } node ? $"{node}/{pod.Status?.HostIP}" : "<none>").Field("Start Time", Time(pod.Status?.StartTime));
        text.Labels(pod.Metadata.Labels).Field("Status", PodStatus(pod) is var shown && shown != pod.Status?.Phase ? $"{pod.Status?.Phase} ({shown})" : shown);
        if (pod.Status?.Reason is { } reason)
        {
            text.Field("Reason", reason).Field("Message", OneLine(pod.Status.Message));
        }

        text.Field("IP", pod.Status?.PodIP ?? "");
        if (pod.Metadata.OwnerReferences?.FirstOrDefault(o => o.Controller == true) is { } owner)
        {
            text.Field("Controlled By", $"{owner.Kind}/{owner.Name}");
        }

        text.Line("Containers:");
        foreach (var container in pod.Spec?.Containers ?? [])
        {
            var status = pod.Status?.ContainerStatuses?.FirstOrDefault(c => c.Name == container.Name);
            text.Line($"  {container.Name}:");
            text.Field("Image", container.Image, 4);
            if (container.Ports is { Count: > 0 } ports)
            {
                text.Field("Port", string.Join(", ", ports.Select(p => $"{p.ContainerPort}/{p.Protocol ?? "TCP"}")), 4);
            }

            State(text, "State", status?.State);
            if (status?.LastState is { Terminated: not null } or { Waiting: not null })
            {
                State(text, "Last State", status.LastState);
            }

            text.Field("Ready", status?.Ready == true ? "True" : "False", 4).Field("Restart Count", Number(status?.RestartCount), 4);
            Resources(text, container.Resources, 4);
            if (container.LivenessProbe is { } liveness)
            {
                text.Field("Liveness", Probe(liveness), 4);
            }

            if (container.ReadinessProbe is { } readiness)
            {
                text.Field("Readiness", Probe(readiness), 4);
            }
        }

        Conditions(text, (pod.Status?.Conditions ?? []).Select(c => (c.Type, c.Status, (string?)null, (string?)null)));
        text.Field("QoS Class", pod.Status?.QosClass ?? "");
        Events(text, events, now);
        return new Rendered(text.ToString(), 1);
    }

    public static Rendered DescribeDeployment(V1Deployment deployment, IList<Corev1Event> events, DateTimeOffset now)
    {
        var text = new Describe();
        var status = deployment.Status;
        text.Field("Name", deployment.Metadata.Name).Field("Namespace", deployment.Metadata.NamespaceProperty).Field("CreationTimestamp", Time(deployment.Metadata.CreationTimestamp));
        text.Labels(deployment.Metadata.Labels).Field("Selector", Selector(deployment.Spec?.Selector?.MatchLabels));
        text.Field("Replicas", $"{deployment.Spec?.Replicas ?? 1} desired | {Number(status?.UpdatedReplicas)} updated | {Number(status?.Replicas)} total | {Number(status?.AvailableReplicas)} available | {Number(status?.UnavailableReplicas)} unavailable");
        text.Field("StrategyType", deployment.Spec?.Strategy?.Type ?? "RollingUpdate");
        text.Line("Pod Template:").Line("  Containers:");
        foreach (var container in deployment.Spec?.Template?.Spec?.Containers ?? [])
        {
            text.Line($"   {container.Name}:");
            text.Field("Image", container.Image, 4);
            Resources(text, container.Resources, 4);
        }

        Conditions(text, (status?.Conditions ?? []).Select(c => (c.Type, c.Status, (string?)c.Reason, (string?)c.Message)));
        Events(text, events, now);
        return new Rendered(text.ToString(), 1);
    }

    public static Rendered DescribeReplicaSet(V1ReplicaSet set, IList<Corev1Event> events, DateTimeOffset now)
    {
        var text = new Describe();
        text.Field("Name", set.Metadata.Name).Field("Namespace", set.Metadata.NamespaceProperty).Field("Selector", Selector(set.Spec?.Selector?.MatchLabels));
        text.Labels(set.Metadata.Labels);
        if (set.Metadata.OwnerReferences?.FirstOrDefault(o => o.Controller == true) is { } owner)
        {
            text.Field("Controlled By", $"{owner.Kind}/{owner.Name}");
        }

        text.Field("Replicas", $"{Number(set.Status?.Replicas)} current / {Number(set.Spec?.Replicas)} desired");
        text.Field("Pods Status", $"{Number(set.Status?.ReadyReplicas)} Ready / {Number(set.Status?.AvailableReplicas)} Available");
        Conditions(text, (set.Status?.Conditions ?? []).Select(c => (c.Type, c.Status, (string?)c.Reason, (string?)c.Message)));
        Events(text, events, now);
        return new Rendered(text.ToString(), 1);
    }

    public static Rendered DescribeService(V1Service service, IList<Corev1Event> events, DateTimeOffset now)
    {
        var text = new Describe();
        text.Field("Name", service.Metadata.Name).Field("Namespace", service.Metadata.NamespaceProperty).Labels(service.Metadata.Labels);
        text.Field("Selector", Selector(service.Spec?.Selector)).Field("Type", service.Spec?.Type ?? "ClusterIP").Field("IP", service.Spec?.ClusterIP ?? "<none>");
        foreach (var port in service.Spec?.Ports ?? [])
        {
            text.Field("Port", $"{port.Name ?? "<unset>"}  {port.Port}/{port.Protocol ?? "TCP"}").Field("TargetPort", $"{port.TargetPort?.Value ?? port.Port.ToString(CultureInfo.InvariantCulture)}/{port.Protocol ?? "TCP"}");
        }

        Events(text, events, now);
        return new Rendered(text.ToString(), 1);
    }

    public static Rendered DescribeNode(V1Node node)
    {
        var text = new Describe();
        text.Field("Name", node.Metadata.Name).Field("Roles", Roles(node)).Labels(node.Metadata.Labels).Field("CreationTimestamp", Time(node.Metadata.CreationTimestamp));
        text.Field("Unschedulable", node.Spec?.Unschedulable == true ? "true" : "false");
        if (node.Spec?.Taints is { Count: > 0 } taints)
        {
            text.Field("Taints", string.Join(", ", taints.Select(t => $"{t.Key}{(t.Value is null ? "" : "=" + t.Value)}:{t.Effect}")));
        }

        Conditions(text, (node.Status?.Conditions ?? []).Select(c => (c.Type, c.Status, (string?)c.Reason, (string?)c.Message)));
        text.Line("Addresses:");
        foreach (var address in node.Status?.Addresses ?? [])
        {
            text.Line($"  {address.Type}:  {address.Address}");
        }

        Quantities(text, "Capacity", node.Status?.Capacity);
        Quantities(text, "Allocatable", node.Status?.Allocatable);
        text.Line("System Info:").Field("Kubelet Version", node.Status?.NodeInfo?.KubeletVersion ?? "", 2).Field("Container Runtime Version", node.Status?.NodeInfo?.ContainerRuntimeVersion ?? "", 2);
        return new Rendered(text.ToString(), 1);
    }

    private static void State(Describe text, string label, V1ContainerState? state)
    {
        if (state?.Running is { } running)
        {
            text.Field(label, "Running", 4).Field("Started", Time(running.StartedAt), 6);
        }
        else if (state?.Waiting is { } waiting)
        {
            text.Field(label, "Waiting", 4).Field("Reason", waiting.Reason ?? "", 6);
            if (!string.IsNullOrEmpty(waiting.Message))
            {
                text.Field("Message", OneLine(waiting.Message), 6);
            }
        }
        else if (state?.Terminated is { } terminated)
        {
            text.Field(label, "Terminated", 4).Field("Reason", terminated.Reason ?? "", 6);
            if (!string.IsNullOrEmpty(terminated.Message))
            {
                text.Field("Message", OneLine(terminated.Message), 6);
            }

            text.Field("Exit Code", terminated.ExitCode.ToString(CultureInfo.InvariantCulture), 6).Field("Started", Time(terminated.StartedAt), 6).Field("Finished", Time(terminated.FinishedAt), 6);
        }
        else
        {
            text.Field(label, "Waiting", 4);
        }
    }

    private static void Resources(Describe text, V1ResourceRequirements? resources, int indent)
    {
        foreach (var (label, values) in new[] { ("Limits", resources?.Limits), ("Requests", resources?.Requests) })
        {
            if (values is { Count: > 0 })
            {
                text.Line(new string(' ', indent) + label + ":");
                foreach (var (name, quantity) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
                {
                    text.Line($"{new string(' ', indent + 2)}{name}:  {quantity}");
                }
            }
        }
    }

    private static void Quantities(Describe text, string label, IDictionary<string, ResourceQuantity>? values)
    {
        text.Line(label + ":");
        foreach (var (name, quantity) in (values ?? new Dictionary<string, ResourceQuantity>()).OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            text.Line($"  {name}:  {quantity}");
        }
    }

    private static string Probe(V1Probe probe)
    {
        var how = probe.HttpGet is { } http ? $"http-get {http.Scheme?.ToLowerInvariant() ?? "http"}://:{http.Port?.Value}{http.Path}"
            : probe.TcpSocket is { } tcp ? $"tcp-socket :{tcp.Port?.Value}"
            : probe.Exec is not null ? "exec" : "grpc";
        return $"{how} delay={probe.InitialDelaySeconds ?? 0}s timeout={probe.TimeoutSeconds ?? 1}s period={probe.PeriodSeconds ?? 10}s #success={probe.SuccessThreshold ?? 1} #failure={probe.FailureThreshold ?? 3}";
    }

    private static void Conditions(Describe text, IEnumerable<(string Type, string Status, string? Reason, string? Message)> conditions)
    {
        var rows = conditions.ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var withReason = rows.Any(r => r.Reason is not null);
        var width = Math.Max(4, rows.Max(r => r.Type.Length)) + 2;
        text.Line("Conditions:").Line("  " + "Type".PadRight(width) + "Status" + (withReason ? "  Reason" : ""));
        text.Line("  " + "----".PadRight(width) + "------" + (withReason ? "  ------" : ""));
        foreach (var (type, status, reason, message) in rows)
        {
            text.Line("  " + type.PadRight(width) + status.PadRight(6) + (withReason ? "  " + (reason ?? "") + (string.IsNullOrEmpty(message) ? "" : "  " + OneLine(message)) : ""));
        }
    }

    private static void Events(Describe text, IList<Corev1Event> events, DateTimeOffset now)
    {
        if (events.Count == 0)
        {
            text.Line("Events:  <none>");
            return;
        }

        var rows = events.Select(e => (Type: e.Type ?? "Normal", Reason: e.Reason ?? "", Age: EventAge(e, now), From: e.Source?.Component ?? e.ReportingComponent ?? "", Message: OneLine(e.Message))).ToList();
        int W(Func<(string Type, string Reason, string Age, string From, string Message), string> column, string header) => Math.Min(60, Math.Max(header.Length, rows.Max(r => column(r).Length))) + 2;
        var (type, reason, age, from) = (W(r => r.Type, "Type"), W(r => r.Reason, "Reason"), W(r => r.Age, "Age"), W(r => r.From, "From"));
        text.Line("Events:");
        text.Line("  " + "Type".PadRight(type) + "Reason".PadRight(reason) + "Age".PadRight(age) + "From".PadRight(from) + "Message");
        text.Line("  " + "----".PadRight(type) + "------".PadRight(reason) + "---".PadRight(age) + "----".PadRight(from) + "-------");
        foreach (var row in rows)
        {
            text.Line("  " + row.Type.PadRight(type) + row.Reason.PadRight(reason) + row.Age.PadRight(age) + row.From.PadRight(from) + row.Message);
        }
    }

    /// <summary>kubectl's event age: <c>2m</c>, or <c>8m (x23 over 1h)</c> for a repeated event.</summary>
    private static string EventAge(Corev1Event e, DateTimeOffset now)
    {
        var count = e.Series?.Count ?? e.Count ?? 1;
        var first = e.FirstTimestamp ?? e.EventTime ?? e.Metadata?.CreationTimestamp;
        return count > 1 && first is not null ? $"{Age(LastSeen(e), now)} (x{count} over {Age(first, now)})" : Age(LastSeen(e), now);
    }

    private static string Selector(IDictionary<string, string>? labels) =>
        labels is { Count: > 0 } ? string.Join(',', labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) : "<none>";

    private static string Time(DateTime? time) =>
        time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture) : "<unknown>";

    /// <summary>Aligned <c>Key:   value</c> lines, as kubectl describe writes them.</summary>
    private sealed class Describe
    {
        private readonly StringBuilder _text = new();

        public Describe Field(string label, string? value, int indent = 0)
        {
            _text.Append(' ', indent).Append((label + ":").PadRight(Math.Max(18 - indent, label.Length + 2))).Append(OneLine(value)).Append('\n');
            return this;
        }

        public Describe Line(string line)
        {
            _text.Append(line).Append('\n');
            return this;
        }

        public Describe Labels(IDictionary<string, string>? labels)
        {
            var sorted = (labels ?? new Dictionary<string, string>()).OrderBy(l => l.Key, StringComparer.Ordinal).Take(20).ToList();
            Field("Labels", sorted.Count == 0 ? "<none>" : $"{sorted[0].Key}={sorted[0].Value}");
            foreach (var (key, value) in sorted.Skip(1))
            {
                _text.Append(' ', 18).Append(key).Append('=').Append(OneLine(value)).Append('\n');
            }

            return this;
        }

        public override string ToString() => _text.ToString();
    }
}
