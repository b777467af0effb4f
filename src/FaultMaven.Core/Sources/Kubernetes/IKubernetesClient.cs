using FaultMaven.Core.Common;

namespace FaultMaven.Core.Sources.Kubernetes;

/// <summary>A Kubernetes cluster's API, read-only: each call returns kubectl-like text (a table, a describe, log lines) at most the
/// configured size, or a failure: <see cref="FailureKind.NotFound"/> for an object that does not exist, <see cref="FailureKind.Invalid"/>
/// when the API refuses the request (RBAC), <see cref="FailureKind.SourceUnavailable"/> when the API server cannot be reached, times
/// out, answers garbage or its circuit is open. There is no call for secrets or config maps.</summary>
public interface IKubernetesClient
{
    /// <summary>Gets the API server's address, for citing where evidence came from.</summary>
    Uri Server { get; }

    /// <summary>Gets the namespace used when a request names none (the kubeconfig context's, else <c>default</c>).</summary>
    string DefaultNamespace { get; }

    /// <summary>Gets the namespaces that may be read; empty: any.</summary>
    IReadOnlyList<string> AllowedNamespaces { get; }

    /// <summary>Lists objects of a kind as a kubectl get table (the first page of <paramref name="limit"/>).</summary>
    Task<Outcome<KubernetesText>> GetAsync(KubernetesKind kind, string @namespace, string? name, int limit, CancellationToken cancellationToken = default);

    /// <summary>Describes one object like kubectl describe: its status, conditions, containers and its recent events.</summary>
    Task<Outcome<KubernetesText>> DescribeAsync(KubernetesKind kind, string @namespace, string name, CancellationToken cancellationToken = default);

    /// <summary>The events of a namespace, or of one object in it, newest first, as a kubectl get events table.</summary>
    Task<Outcome<KubernetesText>> EventsAsync(string @namespace, KubernetesKind? kind, string? name, int limit, CancellationToken cancellationToken = default);

    /// <summary>A container's log lines: the last <paramref name="tailLines"/>, no older than <paramref name="sinceSeconds"/>, of the
    /// previous (terminated) container when <paramref name="previous"/>.</summary>
    Task<Outcome<KubernetesText>> LogsAsync(string @namespace, string pod, string? container, int tailLines, int? sinceSeconds, bool previous, CancellationToken cancellationToken = default);

    /// <summary>The deployments and pods of a namespace, for matching the names a question mentions.</summary>
    Task<Outcome<IReadOnlyList<KubernetesObjectSummary>>> ListWorkloadsAsync(string @namespace, CancellationToken cancellationToken = default);
}

/// <summary>One answer of the API, rendered as text the analysis reads.</summary>
/// <param name="Request">The API path(s) called, with their query strings (no credentials), to cite.</param>
/// <param name="Text">kubectl-like text: a table, a describe, or log lines.</param>
/// <param name="Items">How many objects, events or lines it holds.</param>
public sealed record KubernetesText(string Request, string Text, int Items);

/// <summary>A deployment or pod, with what says whether it is in trouble.</summary>
/// <param name="Kind">Deployment or pod.</param>
/// <param name="Namespace">Its namespace.</param>
/// <param name="Name">Its name.</param>
/// <param name="Owner">For a pod, the deployment it belongs to (through its ReplicaSet), if any.</param>
/// <param name="Restarts">For a pod, the restarts of its containers.</param>
/// <param name="Ready">Whether it is ready (a deployment: all replicas available).</param>
public sealed record KubernetesObjectSummary(KubernetesKind Kind, string Namespace, string Name, string? Owner, int Restarts, bool Ready);
