using System.Text.RegularExpressions;

namespace FaultMaven.Core.Data.Classification;

/// <summary>Kubernetes: kubectl tables, describe output, manifests.</summary>
public sealed partial class DataClassifier
{
    private static Candidate Kubernetes(Sample text)
    {
        // kubectl tables: an upper-case header whose columns are kubectl's, in whatever order -o wide/custom-columns gave them.
        foreach (var line in text.Lines.Take(5))
        {
            var columns = TableColumns().Split(line.Trim());
            if (columns.Length < 3 || !columns.All(c => TableHeaderWord().IsMatch(c)))
            {
                continue;
            }

            if (columns.Contains("REASON") && columns.Contains("OBJECT") && columns.Contains("MESSAGE"))
            {
                return new(DataType.Kubernetes, "get-events", 0.95, [$"content: a kubectl get events table ({string.Join(' ', columns)})"]);
            }

            if (columns.Contains("NAME") && (columns.Contains("READY") && columns.Contains("STATUS") || columns.Contains("RESTARTS")))
            {
                return new(DataType.Kubernetes, "get-pods", 0.95, [$"content: a kubectl get pods table ({string.Join(' ', columns)})"]);
            }

            if (KubectlTable(columns) is { } format)
            {
                return new(DataType.Kubernetes, format, 0.9, [$"content: a kubectl {format.Replace('-', ' ')} table ({string.Join(' ', columns)})"]);
            }

            if (columns[0] is "NAME" || columns[0] is "NAMESPACE" && columns[1] is "NAME")
            {
                return new(DataType.Kubernetes, "get", 0.8, [$"content: a kubectl get table ({string.Join(' ', columns)})"]);
            }
        }

        var podRows = text.Lines.Count(l => PodRow().IsMatch(l));
        if (podRows > 0 && podRows >= text.Lines.Count * 0.5)
        {
            return new(DataType.Kubernetes, "get-pods", 0.95, [$"content: {podRows} rows with a ready count and a pod phase (kubectl get pods without headers)"]);
        }

        // kubectl get -o wide --no-headers: rows carrying ages, <none> placeholders and kubernetes.io/ labels.
        var kubectlRows = text.Lines.Count(l => KubectlAge().IsMatch(l) && (l.Contains("<none>", StringComparison.Ordinal) || l.Contains("kubernetes.io/", StringComparison.Ordinal) || KubectlReady().IsMatch(l)));
        if (kubectlRows > 0 && kubectlRows >= text.Lines.Count * 0.6)
        {
            return new(DataType.Kubernetes, "get", 0.8, [$"content: {kubectlRows} rows with ages and kubectl placeholders or kubernetes.io labels (kubectl get without headers)"]);
        }

        var apiVersion = ManifestApiVersion().Count(text.Text);
        var kind = ManifestKind().Count(text.Text);
        if (apiVersion > 0 && kind > 0)
        {
            var json = text.Text.AsSpan().TrimStart().StartsWith("{");
            return new(DataType.Kubernetes, json ? "manifest-json" : "manifest", 0.95, [$"content: {kind} Kubernetes object(s) with apiVersion and kind"]);
        }

        var describeKeys = text.Lines.Count(l => DescribeKey().IsMatch(l));
        var hasEvents = text.Lines.Any(l => l is "Events:" || l.StartsWith("Events:", StringComparison.Ordinal));
        if (describeKeys >= 3 && text.Lines.Any(l => l.StartsWith("Name:", StringComparison.Ordinal)))
        {
            return new(DataType.Kubernetes, "describe", hasEvents ? 0.9 : 0.75, [$"content: kubectl describe output ({describeKeys} of its section keys{(hasEvents ? ", an Events table" : "")})"]);
        }

        // describe-like status listings (argocd app get, kubectl describe of kinds whose keys are not listed above): a Name: line and
        // aligned Key:   value fields.
        var aligned = text.Lines.Count(l => AlignedField().IsMatch(l));
        if (text.Lines.Take(3).Any(l => l.StartsWith("Name:", StringComparison.Ordinal)) && aligned >= 5 && aligned >= text.Lines.Count * 0.3)
        {
            return new(DataType.Kubernetes, "describe", 0.7, [$"content: a describe-style listing ({aligned} aligned Key: value fields under a Name:)"]);
        }

        return Candidate.None(DataType.Kubernetes);
    }

    [GeneratedRegex(@"\s{2,}|\t")]
    private static partial Regex TableColumns();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_%/.-]*(?:\([a-z]+\))?(?: [A-Z][A-Z0-9_%/.-]*(?:\([a-z]+\))?)?$")]
    private static partial Regex TableHeaderWord();

    [GeneratedRegex(@"\s\d+/\d+\s+(?:Running|Pending|CrashLoopBackOff|ImagePullBackOff|ErrImagePull|Completed|Error|OOMKilled|Terminating|ContainerCreating|Init:\S+|Evicted|Unknown)\s")]
    private static partial Regex PodRow();

    [GeneratedRegex(@"^(?:[<>+-] ?)?\s*(?:""apiVersion""\s*:\s*""|apiVersion:\s*)[a-z0-9.-]*/?v\d\w*", RegexOptions.Multiline)]
    private static partial Regex ManifestApiVersion();

    [GeneratedRegex(@"^(?:[<>+-] ?)?\s*(?:""kind""\s*:\s*""|kind:\s*)[A-Z][A-Za-z]{1,40}", RegexOptions.Multiline)]
    private static partial Regex ManifestKind();

    [GeneratedRegex(@"^(?:Name|Namespace|Priority|Node|Start Time|Labels|Annotations|Status|IP|IPs|Controlled By|Containers|Conditions|Volumes|QoS Class|Node-Selectors|Tolerations|Events|Selector|Replicas|StrategyType|Type|Port|Endpoints):(?:\s|$)")]
    private static partial Regex DescribeKey();

    /// <summary>Names the kubectl listing a header belongs to: nodes, deployments, jobs, top, or any other <c>get</c>.</summary>
    private static string? KubectlTable(string[] columns)
    {
        bool Has(string name) => columns.Contains(name);
        if (columns.Any(c => c.StartsWith("CPU(", StringComparison.Ordinal) || c.StartsWith("MEMORY(", StringComparison.Ordinal) || c is "CPU%" or "MEMORY%"))
        {
            return "top";
        }

        if (!Has("NAME"))
        {
            return null;
        }

        if (Has("KIND") && columns[0] is not "NAME")
        {
            return "get";
        }

        return Has("STATUS") && (Has("ROLES") || Has("VERSION") || Has("INTERNAL-IP") || columns.Any(c => c.EndsWith("PRESSURE", StringComparison.Ordinal))) ? "get-nodes"
            : Has("READY") && (Has("UP-TO-DATE") || Has("AVAILABLE")) ? "get-deployments"
            : Has("COMPLETIONS") || Has("STATUS") && Has("DURATION") ? "get-jobs"
            : null;
    }

    [GeneratedRegex(@"\s\d{1,5}(?:[smhd]\d{0,3}[smh]?|y\d{0,3}d?)(?:\s|$)")]
    private static partial Regex KubectlAge();

    [GeneratedRegex(@"\s\d{1,4}/\d{1,4}\s")]
    private static partial Regex KubectlReady();
}
