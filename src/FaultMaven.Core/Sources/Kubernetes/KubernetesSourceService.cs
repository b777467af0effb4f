using System.Diagnostics.Metrics;
using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Sources.Kubernetes;

/// <summary>Reads a Kubernetes cluster into a case's evidence, read-only. What is fetched (a describe with its events, a get table, an
/// events table, log lines) becomes an upload like a pasted <c>kubectl</c> output — classified, redacted, analysed, cited — with the
/// API request it came from as its source. Runs only with a kubeconfig configured and the <see cref="FeatureFlags.LiveSources"/> flag
/// on; namespaces outside the allow-list are refused, and so are secrets and config maps.</summary>
public sealed partial class KubernetesSourceService(IFeatureFlags flags, DataService data, TimeProvider timeProvider, ILogger<KubernetesSourceService> logger, IKubernetesClient? kubernetes = null)
{
    /// <summary>The largest text kept of one fetch; more is cut at a line break (the newest log lines are the ones kept).</summary>
    public const int MaxTextChars = 256 * 1024;

    /// <summary>The most objects a get lists.</summary>
    public const int MaxListed = 200;

    /// <summary>The most events listed.</summary>
    public const int MaxEvents = 100;

    // A question naming objects brings at most this many describes: the reading stays small beside the user's own evidence.
    private const int MaxAutomatic = 3;
    private const int MaxAutomaticNamespaces = 4;

    private static readonly Counter<long> Fetches = FaultMavenTelemetry.Meter.CreateCounter<long>("faultmaven.sources.kubernetes.fetches", description: "Kubernetes reads made into evidence, by verb, reason and outcome.");

    /// <summary>Whether the cluster can be read: a kubeconfig configured, and the live-sources flag on.</summary>
    public async Task<bool> EnabledAsync(CancellationToken cancellationToken = default) =>
        kubernetes is not null && await flags.IsEnabledAsync(FeatureFlags.LiveSources, cancellationToken);

    /// <summary>The evidence a turn brings from the cluster: the request it asks (its failure is the turn's: a bad request or a
    /// namespace not allowed is the user's to fix), else, best effort, the deployments and pods its question names (their describe,
    /// with their recent events). Nothing when Kubernetes is not configured or the flag is off and nothing was asked.</summary>
    public async Task<Outcome<List<TurnAttachment>>> GatherAsync(LiveQuery? live, string? question, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        var attachments = new List<TurnAttachment>();
        if (live?.Kubernetes is { } request)
        {
            var fetched = await FetchAsync(request, "asked", progress, cancellationToken);
            if (!fetched.Succeeded)
            {
                return fetched.Failure;
            }

            attachments.Add(fetched.Value);
            return attachments;
        }

        if (question is not null && live?.Automatic != false && await EnabledAsync(cancellationToken))
        {
            attachments.AddRange(await NamedObjectsAsync(question, progress, cancellationToken));
        }

        return attachments;
    }

    /// <summary>Fetches one request as an attachment of the turn.</summary>
    public async Task<Outcome<TurnAttachment>> FetchAsync(KubernetesRequest request, string reason, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (kubernetes is null || !await flags.IsEnabledAsync(FeatureFlags.LiveSources, cancellationToken))
        {
            return new Failure(FailureKind.Invalid, kubernetes is null
                ? "Kubernetes is not configured on this server: set FM_KUBECONFIG (docs/INTEGRATIONS.md)."
                : "Live sources are off on this server: turn them on with FM_FEATURES=live-sources:on (docs/INTEGRATIONS.md).");
        }

        var ns = request.Kind == KubernetesKind.Node && request.Verb != KubernetesVerb.Events ? null : request.Namespace ?? kubernetes.DefaultNamespace;
        if (ns is not null && kubernetes.AllowedNamespaces.Count > 0 && !kubernetes.AllowedNamespaces.Contains(ns, StringComparer.Ordinal))
        {
            Count(request.Verb, reason, "namespace-refused");
            return new Failure(FailureKind.Invalid, $"Namespace '{ns}' is not one FaultMaven may read (FM_KUBERNETES_NAMESPACES allows {string.Join(", ", kubernetes.AllowedNamespaces)}).");
        }

        var resolved = request with { Namespace = ns };
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("sources.kubernetes.fetch");
        activity?.SetTag("faultmaven.source", "kubernetes");
        activity?.SetTag("faultmaven.sources.reason", reason);
        activity?.SetTag("faultmaven.kubernetes.verb", request.Verb.ToString().ToLowerInvariant());
        if (progress is not null)
        {
            await progress(new AgentProgress("source", $"reading Kubernetes ({reason}): {resolved.Command}"));
        }

        var answer = resolved.Verb switch
        {
            KubernetesVerb.Get => await kubernetes.GetAsync(resolved.Kind!.Value, ns ?? "", resolved.Name, MaxListed, cancellationToken),
            KubernetesVerb.Describe => await kubernetes.DescribeAsync(resolved.Kind!.Value, ns ?? "", resolved.Name!, cancellationToken),
            KubernetesVerb.Events => await kubernetes.EventsAsync(ns!, resolved.Kind, resolved.Name, MaxEvents, cancellationToken),
            _ => await kubernetes.LogsAsync(ns!, resolved.Name!, resolved.Container, resolved.TailLines, resolved.SinceSeconds, resolved.Previous, cancellationToken),
        };
        if (!answer.Succeeded)
        {
            Count(request.Verb, reason, answer.Failure.Kind.ToString());
            logger.KubernetesFetchFailed(resolved.Command, reason, answer.Failure.Kind.ToString(), answer.Failure.Detail);
            if (progress is not null)
            {
                await progress(new AgentProgress("source", $"Kubernetes: {answer.Failure.Detail}"));
            }

            // An object that does not exist is the request's mistake (400), not a missing route of FaultMaven's (404).
            return new Failure(answer.Failure.Kind == FailureKind.NotFound ? FailureKind.Invalid : answer.Failure.Kind, $"Kubernetes '{resolved.Command}': {answer.Failure.Detail}");
        }

        // What a container or an object's status says can hold anything a program wrote: a NUL would make the upload "binary" and fail the
        // turn, escape sequences and bidirectional overrides would act on a terminal or disguise the text.
        var text = PrintableText.Of(Bounded(answer.Value.Text, keepEnd: resolved.Verb == KubernetesVerb.Logs), keepLineBreaks: true);
        if (text.Length == 0)
        {
            // An empty upload is refused by the pipeline; say plainly that nothing came back instead.
            text = resolved.Verb == KubernetesVerb.Logs ? $"(no log lines: {resolved.Command})\n" : $"No resources found ({resolved.Command}).\n";
        }

        Count(request.Verb, reason, "success");
        logger.KubernetesFetched(resolved.Command, reason, answer.Value.Items, text.Length);
        activity?.SetTag("faultmaven.sources.items", answer.Value.Items);
        if (progress is not null)
        {
            await progress(new AgentProgress("source", $"Kubernetes returned {answer.Value.Items} {(resolved.Verb == KubernetesVerb.Logs ? "lines" : resolved.Verb == KubernetesVerb.Events ? "events" : "objects")} ({text.Length:N0} characters)"));
        }

        var name = $"kubernetes-{FileNamePart(resolved)}-{timeProvider.GetUtcNow().UtcDateTime:yyyyMMdd'T'HHmmss'Z'}.{(resolved.Verb == KubernetesVerb.Logs ? "log" : "txt")}";
        var source = new Uri(kubernetes.Server, answer.Value.Request.TrimStart('/')).ToString();
        return new TurnAttachment(new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false), new DataSource(name, source));
    }

    /// <summary>Fetches a request into a case as an upload (the model's <c>kubernetes_*</c> tools), with its analysis.</summary>
    public async Task<Outcome<(DataUpload Upload, Data.Analysis.DataAnalysis? Analysis)>> FetchIntoCaseAsync(string caseId, KubernetesRequest request, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default) =>
        await FetchIntoCaseAsync(caseId, request, "model", progress, cancellationToken);

    /// <summary>Fetches a request into a case as an upload, with its analysis; <paramref name="reason"/> says who asked (<c>model</c>,
    /// <c>mcp</c>) in the metrics and logs.</summary>
    public async Task<Outcome<(DataUpload Upload, Data.Analysis.DataAnalysis? Analysis)>> FetchIntoCaseAsync(string caseId, KubernetesRequest request, string reason, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        var fetched = await FetchAsync(request, reason, progress, cancellationToken);
        return await data.StoreReadingAsync(caseId, fetched, cancellationToken);
    }

    /// <summary>The deployments and pods a question names (a word of it that is the exact name of one in a namespace FaultMaven may
    /// read): each described with its events, and for a deployment its pod in the worst shape (not ready, most restarts). Best effort:
    /// a failure leaves the turn without them.</summary>
    private async Task<List<TurnAttachment>> NamedObjectsAsync(string question, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken)
    {
        var words = QuestionWord().Matches(question).Select(m => m.Value.TrimEnd('.', '-')).Where(w => w.Length >= 3).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return [];
        }

        var namespaces = kubernetes!.AllowedNamespaces.Count > 0 ? kubernetes.AllowedNamespaces.Take(MaxAutomaticNamespaces) : [kubernetes.DefaultNamespace];
        var wanted = new List<KubernetesObjectSummary>();
        foreach (var ns in namespaces)
        {
            var workloads = await kubernetes.ListWorkloadsAsync(ns, cancellationToken);
            if (!workloads.Succeeded)
            {
                // The API server is down or refuses: one failure says enough, the other namespaces would say the same.
                logger.KubernetesFetchFailed($"list workloads -n {ns}", "question", workloads.Failure.Kind.ToString(), workloads.Failure.Detail);
                break;
            }

            foreach (var named in workloads.Value.Where(o => words.Contains(o.Name)))
            {
                wanted.Add(named);
                if (named.Kind == KubernetesKind.Deployment
                    && workloads.Value.Where(p => p.Kind == KubernetesKind.Pod && p.Owner == named.Name && (!p.Ready || p.Restarts > 0))
                        .OrderBy(p => p.Ready).ThenByDescending(p => p.Restarts).FirstOrDefault() is { } worst)
                {
                    wanted.Add(worst);
                }
            }
        }

        var attachments = new List<TurnAttachment>();
        foreach (var target in wanted.DistinctBy(o => (o.Kind, o.Namespace, o.Name)).Take(MaxAutomatic))
        {
            var fetched = await FetchAsync(new KubernetesRequest(KubernetesVerb.Describe, target.Kind, target.Name, target.Namespace), "question", progress, cancellationToken);
            if (fetched.Succeeded)
            {
                attachments.Add(fetched.Value);
            }
            else if (fetched.Failure.Kind == FailureKind.SourceUnavailable)
            {
                break;
            }
        }

        return attachments;
    }

    /// <summary>At most <see cref="MaxTextChars"/>, cut at a line break: the end of a log (its newest lines), the start of the rest.</summary>
    private static string Bounded(string text, bool keepEnd)
    {
        if (text.Length <= MaxTextChars)
        {
            return text;
        }

        if (keepEnd)
        {
            var from = text.IndexOf('\n', text.Length - MaxTextChars);
            return from < 0 ? text[^MaxTextChars..] : text[(from + 1)..];
        }

        var to = text.LastIndexOf('\n', MaxTextChars - 1);
        return (to < 0 ? text[..MaxTextChars] : text[..(to + 1)]) + "(cut: the rest is longer than FaultMaven keeps of one read)\n";
    }

    private static void Count(KubernetesVerb verb, string reason, string outcome) =>
        Fetches.Add(1, new KeyValuePair<string, object?>("faultmaven.kubernetes.verb", verb.ToString().ToLowerInvariant()),
            new KeyValuePair<string, object?>("faultmaven.sources.reason", reason), new KeyValuePair<string, object?>("faultmaven.outcome", outcome));

    /// <summary><c>describe-pod-checkout-7d9</c>, <c>logs-checkout-7d9-previous</c>, <c>events-shop</c>.</summary>
    private static string FileNamePart(KubernetesRequest request)
    {
        var verb = request.Verb.ToString().ToLowerInvariant();
        var part = request.Verb switch
        {
            KubernetesVerb.Logs => $"logs-{request.Name}{(request.Previous ? "-previous" : "")}",
            KubernetesVerb.Events when request.Kind is null => $"events-{request.Namespace}",
            _ => $"{verb}-{KubernetesRequest.KindName(request.Kind!.Value)}{(request.Name is null ? "s" : "-" + request.Name)}",
        };
        return part.Length > 100 ? part[..100] : part;
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9.-]{1,252}")]
    private static partial Regex QuestionWord();
}
