using System.ComponentModel;
using FaultMaven.Core.Sources.Kubernetes;
using Microsoft.Extensions.AI;

namespace FaultMaven.Core.Agent.Tools;

/// <summary>The cluster as tools for the model, read-only: <c>kubernetes_get</c>, <c>kubernetes_describe</c>, <c>kubernetes_events</c>
/// and <c>kubernetes_logs</c> each store what they read as evidence of the case (classified, redacted, analysed like a pasted kubectl
/// output) and return its analysis with the upload's id to cite.</summary>
public static class KubernetesTools
{
    /// <summary>The tool listing objects.</summary>
    public const string GetName = "kubernetes_get";

    /// <summary>The tool describing one object.</summary>
    public const string DescribeName = "kubernetes_describe";

    /// <summary>The tool listing events.</summary>
    public const string EventsName = "kubernetes_events";

    /// <summary>The tool reading a pod's logs.</summary>
    public const string LogsName = "kubernetes_logs";

    private const string KindHelp = "pod, deployment, replicaset, service or node (never secrets or config maps)";
    private const string NamespaceHelp = "The namespace; empty for the server's default";

    /// <summary>Creates the four tools for the case of <paramref name="request"/>.</summary>
    public static AIFunction[] Create(KubernetesSourceService kubernetes, InvestigationRequest request)
    {
        ArgumentNullException.ThrowIfNull(kubernetes);
        ArgumentNullException.ThrowIfNull(request);
        return
        [
            AIFunctionFactory.Create(
                async ([Description(KindHelp)] string kind, [Description("One object's name, or empty for all of the kind")] string? name = null,
                 [Description(NamespaceHelp)] string? @namespace = null, CancellationToken cancellationToken = default) =>
                    await FetchAsync(kubernetes, request, Join("get", Target(kind, name), @namespace), cancellationToken),
                GetName,
                "List Kubernetes objects of a kind (status, ready, restarts, age) like kubectl get; stored as evidence on the case and returned with the upload id to cite as upload:<id>."),
            AIFunctionFactory.Create(
                async ([Description(KindHelp)] string kind, [Description("The object's name")] string name,
                 [Description(NamespaceHelp)] string? @namespace = null, CancellationToken cancellationToken = default) =>
                    await FetchAsync(kubernetes, request, Join("describe", Target(kind, name), @namespace), cancellationToken),
                DescribeName,
                "Describe one Kubernetes object like kubectl describe: status, conditions, container states, restart counts, last termination reason (OOMKilled, Error), and its recent events; stored as evidence and returned with the upload id to cite."),
            AIFunctionFactory.Create(
                async ([Description(NamespaceHelp)] string? @namespace = null, [Description("Only the events of this kind of object (with name)")] string? kind = null,
                 [Description("Only the events of the object of this name")] string? name = null, CancellationToken cancellationToken = default) =>
                    await FetchAsync(kubernetes, request, Join("events", kind is null && name is null ? null : "--for " + Target(kind ?? "pod", name), @namespace), cancellationToken),
                EventsName,
                "List the recent Kubernetes events of a namespace or of one object (warnings such as BackOff, FailedScheduling, Unhealthy, OOMKilling), newest first; stored as evidence and returned with the upload id to cite."),
            AIFunctionFactory.Create(
                async ([Description("The pod's name")] string pod, [Description(NamespaceHelp)] string? @namespace = null,
                 [Description("The container, when the pod has several")] string? container = null,
                 [Description("How many of the last lines (default 200, at most 2000)")] int? tail_lines = null,
                 [Description("How far back: 30m, 2h, 1d (at most 7d)")] string? since = null,
                 [Description("The previous, terminated container's logs (after a crash or an OOM kill)")] bool previous = false,
                 CancellationToken cancellationToken = default) =>
                {
                    var text = Join("logs", "pod/" + pod, @namespace) + (container is null ? "" : " -c " + container) + (tail_lines is { } t ? $" --tail {t}" : "")
                        + (since is null ? "" : " --since " + since) + (previous ? " --previous" : "");
                    return await FetchAsync(kubernetes, request, text, cancellationToken);
                },
                LogsName,
                "Read a pod container's recent log lines (optionally the previous container's, after a crash); stored as log evidence on the case, analysed, and returned with the upload id to cite."),
        ];
    }

    /// <summary>The command's target: <c>kind</c>, or <c>kind/name</c>.</summary>
    public static string Target(string kind, string? name) => string.IsNullOrWhiteSpace(name) ? kind : $"{kind}/{name}";

    /// <summary>A request as text for <see cref="KubernetesRequest.Parse"/>, which checks it: <c>verb target -n namespace</c>.</summary>
    public static string Join(string verb, string? target, string? ns) =>
        $"{verb}{(target is null ? "" : " " + target)}{(string.IsNullOrWhiteSpace(ns) ? "" : " -n " + ns)}";

    private static async Task<object> FetchAsync(KubernetesSourceService kubernetes, InvestigationRequest request, string text, CancellationToken cancellationToken)
    {
        // The model's arguments go through the same parser as a person's: names checked, secrets refused, sizes capped.
        var parsed = KubernetesRequest.Parse(text);
        if (!parsed.Succeeded)
        {
            return new { error = parsed.Failure.Detail };
        }

        var upload = await kubernetes.FetchIntoCaseAsync(request.CaseId, parsed.Value, request.Progress, cancellationToken);
        if (!upload.Succeeded)
        {
            return new { error = upload.Failure.Detail };
        }

        var stored = upload.Value.Upload;
        var analysis = upload.Value.Analysis;
        return new
        {
            upload_id = stored.Id,
            request = parsed.Value.Command,
            summary = analysis?.Summary,
            findings = analysis?.Findings.Take(20).Select(f => new { f.Id, f.Kind, severity = f.Severity.ToString(), f.Title }),
            cite_as = $"upload:{stored.Id}",
        };
    }
}
