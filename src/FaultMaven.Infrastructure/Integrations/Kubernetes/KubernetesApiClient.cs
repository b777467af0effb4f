using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Sources.Kubernetes;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FaultMaven.Infrastructure.Integrations.Kubernetes;

/// <summary>The Kubernetes API through the official client, read-only, behind a per-call timeout and a circuit breaker (Polly, as
/// Prometheus): an API server that is down costs the first calls their failure, then none until the break ends. Responses are read up
/// to a size cap; an object that does not exist or a request RBAC refuses is the caller's answer and does not count against the circuit.
/// Only get, list and log calls are made, and none for secrets or config maps.</summary>
internal sealed partial class KubernetesApiClient : IKubernetesClient, IDisposable
{
    private static readonly Counter<long> Calls = FaultMavenTelemetry.Meter.CreateCounter<long>("faultmaven.sources.kubernetes.calls", description: "Calls to the Kubernetes API, by operation and outcome.");
    private static readonly Histogram<double> Duration = FaultMavenTelemetry.Meter.CreateHistogram<double>("faultmaven.sources.kubernetes.duration", "s", "How long calls to the Kubernetes API took.");

    /// <summary>How long the circuit stays open after the API server failed half of at least three calls in 30 s.</summary>
    internal const int BreakSeconds = 30;

    private const int MaxEventsPerObject = 20;

    private readonly k8s.Kubernetes _client;
    private readonly KubernetesOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<KubernetesApiClient> _logger;
    // The kubeconfig's secrets, kept only to take them out of the API server's messages (a proxy may repeat a refused token).
    private readonly string[] _secrets;

    public KubernetesApiClient(IOptions<KubernetesOptions> options, TimeProvider timeProvider, ILogger<KubernetesApiClient> logger)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(_options.KubeconfigPath, _options.Context.Length > 0 ? _options.Context : null);
        // Polly's timeout cancels the call; the client's own is only a backstop.
        config.HttpClientTimeout = TimeSpan.FromSeconds(_options.TimeoutSeconds + 5);
        _client = new k8s.Kubernetes(config, new ResponseSizeLimitHandler(_options.MaxResponseBytes));
        Server = new Uri(config.Host.TrimEnd('/') + "/");
        DefaultNamespace = string.IsNullOrEmpty(config.Namespace) ? "default" : config.Namespace;
        _secrets = [.. new[] { config.AccessToken, config.Password }.Where(secret => secret is { Length: >= 4 }).Cast<string>()];
        AllowedNamespaces = _options.AllowedNamespaces;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TimeoutRejectedException>().Handle<JsonException>()
                    .Handle<HttpOperationException>(ex => Status(ex) >= 500),
                FailureRatio = 0.5,
                MinimumThroughput = 3,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(BreakSeconds),
                OnOpened = args => { _logger.KubernetesCircuitOpened(args.BreakDuration.TotalSeconds); return ValueTask.CompletedTask; },
            })
            .AddTimeout(TimeSpan.FromSeconds(_options.TimeoutSeconds))
            .Build();
    }

    /// <inheritdoc/>
    public Uri Server { get; }

    /// <inheritdoc/>
    public string DefaultNamespace { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> AllowedNamespaces { get; }

    /// <inheritdoc/>
    public Task<Core.Common.Outcome<KubernetesText>> GetAsync(KubernetesKind kind, string @namespace, string? name, int limit, CancellationToken cancellationToken = default)
    {
        var path = Path(kind, @namespace, name) + (name is null ? $"?limit={limit}" : "");
        var now = _timeProvider.GetUtcNow();
        return CallAsync($"get {Plural(kind)}", path, async token => (kind, name) switch
        {
            (KubernetesKind.Pod, null) => KubectlText.Pods((await _client.CoreV1.ListNamespacedPodAsync(@namespace, limit: limit, cancellationToken: token)).Items, now),
            (KubernetesKind.Pod, _) => KubectlText.Pods([await _client.CoreV1.ReadNamespacedPodAsync(name, @namespace, cancellationToken: token)], now),
            (KubernetesKind.Deployment, null) => KubectlText.Deployments((await _client.AppsV1.ListNamespacedDeploymentAsync(@namespace, limit: limit, cancellationToken: token)).Items, now),
            (KubernetesKind.Deployment, _) => KubectlText.Deployments([await _client.AppsV1.ReadNamespacedDeploymentAsync(name, @namespace, cancellationToken: token)], now),
            (KubernetesKind.ReplicaSet, null) => KubectlText.ReplicaSets((await _client.AppsV1.ListNamespacedReplicaSetAsync(@namespace, limit: limit, cancellationToken: token)).Items, now),
            (KubernetesKind.ReplicaSet, _) => KubectlText.ReplicaSets([await _client.AppsV1.ReadNamespacedReplicaSetAsync(name, @namespace, cancellationToken: token)], now),
            (KubernetesKind.Service, null) => KubectlText.Services((await _client.CoreV1.ListNamespacedServiceAsync(@namespace, limit: limit, cancellationToken: token)).Items, now),
            (KubernetesKind.Service, _) => KubectlText.Services([await _client.CoreV1.ReadNamespacedServiceAsync(name, @namespace, cancellationToken: token)], now),
            (KubernetesKind.Node, null) => KubectlText.Nodes((await _client.CoreV1.ListNodeAsync(limit: limit, cancellationToken: token)).Items, now),
            _ => KubectlText.Nodes([await _client.CoreV1.ReadNodeAsync(name, cancellationToken: token)], now),
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Core.Common.Outcome<KubernetesText>> DescribeAsync(KubernetesKind kind, string @namespace, string name, CancellationToken cancellationToken = default)
    {
        var path = Path(kind, @namespace, name);
        var now = _timeProvider.GetUtcNow();
        return CallAsync($"describe {KubernetesRequest.KindName(kind)}", path, async token =>
        {
            var events = kind == KubernetesKind.Node ? [] : await ObjectEventsAsync(@namespace, kind, name, MaxEventsPerObject, token);
            return kind switch
            {
                KubernetesKind.Pod => KubectlText.DescribePod(await _client.CoreV1.ReadNamespacedPodAsync(name, @namespace, cancellationToken: token), events, now),
                KubernetesKind.Deployment => KubectlText.DescribeDeployment(await _client.AppsV1.ReadNamespacedDeploymentAsync(name, @namespace, cancellationToken: token), events, now),
                KubernetesKind.ReplicaSet => KubectlText.DescribeReplicaSet(await _client.AppsV1.ReadNamespacedReplicaSetAsync(name, @namespace, cancellationToken: token), events, now),
                KubernetesKind.Service => KubectlText.DescribeService(await _client.CoreV1.ReadNamespacedServiceAsync(name, @namespace, cancellationToken: token), events, now),
                _ => KubectlText.DescribeNode(await _client.CoreV1.ReadNodeAsync(name, cancellationToken: token)),
            };
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Core.Common.Outcome<KubernetesText>> EventsAsync(string @namespace, KubernetesKind? kind, string? name, int limit, CancellationToken cancellationToken = default)
    {
        var selector = kind is { } k && name is not null ? EventSelector(k, name) : null;
        var path = $"/api/v1/namespaces/{@namespace}/events?" + (selector is null ? "" : $"fieldSelector={Uri.EscapeDataString(selector)}&") + "limit=500";
        var now = _timeProvider.GetUtcNow();
        return CallAsync("events", path, async token =>
        {
            var events = kind is { } known && name is not null
                ? await ObjectEventsAsync(@namespace, known, name, limit, token)
                : Newest((await _client.CoreV1.ListNamespacedEventAsync(@namespace, limit: 500, cancellationToken: token)).Items, limit);
            return KubectlText.Events(events, now);
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Core.Common.Outcome<KubernetesText>> LogsAsync(string @namespace, string pod, string? container, int tailLines, int? sinceSeconds, bool previous, CancellationToken cancellationToken = default)
    {
        // limitBytes keeps the API server from sending more than is read; the size cap stays the backstop.
        var limitBytes = (int)Math.Min(_options.MaxResponseBytes, int.MaxValue);
        var query = new StringBuilder($"tailLines={tailLines}&limitBytes={limitBytes}");
        query.Append(container is null ? "" : $"&container={container}").Append(sinceSeconds is { } s ? $"&sinceSeconds={s}" : "").Append(previous ? "&previous=true" : "");
        return CallAsync("logs", $"/api/v1/namespaces/{@namespace}/pods/{pod}/log?{query}", async token =>
        {
            await using var stream = await _client.CoreV1.ReadNamespacedPodLogAsync(pod, @namespace, container: container, limitBytes: limitBytes, previous: previous,
                sinceSeconds: sinceSeconds, tailLines: tailLines, cancellationToken: token);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(token);
            return new KubectlText.Rendered(text, text.Length == 0 ? 0 : text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1));
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Core.Common.Outcome<IReadOnlyList<KubernetesObjectSummary>>> ListWorkloadsAsync(string @namespace, CancellationToken cancellationToken = default)
    {
        var summaries = new List<KubernetesObjectSummary>();
        var listed = await CallAsync("list workloads", $"/api/v1/namespaces/{@namespace}/pods?limit=500", async token =>
        {
            foreach (var deployment in (await _client.AppsV1.ListNamespacedDeploymentAsync(@namespace, limit: 500, cancellationToken: token)).Items)
            {
                var wanted = deployment.Spec?.Replicas ?? 1;
                summaries.Add(new(KubernetesKind.Deployment, @namespace, deployment.Metadata.Name, null, 0, (deployment.Status?.AvailableReplicas ?? 0) >= wanted));
            }

            foreach (var pod in (await _client.CoreV1.ListNamespacedPodAsync(@namespace, limit: 500, cancellationToken: token)).Items)
            {
                var statuses = pod.Status?.ContainerStatuses ?? [];
                summaries.Add(new(KubernetesKind.Pod, @namespace, pod.Metadata.Name, KubectlText.DeploymentOf(pod), statuses.Sum(c => c.RestartCount),
                    statuses.Count > 0 && statuses.All(c => c.Ready)));
            }

            return new KubectlText.Rendered("", summaries.Count);
        }, cancellationToken);
        return listed.Succeeded ? summaries : listed.Failure;
    }

    public void Dispose() => _client.Dispose();

    private async Task<IList<Corev1Event>> ObjectEventsAsync(string @namespace, KubernetesKind kind, string name, int limit, CancellationToken cancellationToken) =>
        Newest((await _client.CoreV1.ListNamespacedEventAsync(@namespace, fieldSelector: EventSelector(kind, name), limit: 500, cancellationToken: cancellationToken)).Items, limit);

    private static List<Corev1Event> Newest(IList<Corev1Event>? events, int limit) =>
        [.. (events ?? []).OrderByDescending(KubectlText.LastSeen).Take(limit)];

    private static string EventSelector(KubernetesKind kind, string name) => $"involvedObject.kind={kind},involvedObject.name={name}";

    private static string Plural(KubernetesKind kind) => KubernetesRequest.KindName(kind) + "s";

    private static string Path(KubernetesKind kind, string @namespace, string? name) =>
        (kind switch
        {
            KubernetesKind.Node => "/api/v1/nodes",
            KubernetesKind.Deployment or KubernetesKind.ReplicaSet => $"/apis/apps/v1/namespaces/{@namespace}/{Plural(kind)}",
            _ => $"/api/v1/namespaces/{@namespace}/{Plural(kind)}",
        }) + (name is null ? "" : "/" + name);

    private async Task<Core.Common.Outcome<KubernetesText>> CallAsync(string operation, string request, Func<CancellationToken, Task<KubectlText.Rendered>> call, CancellationToken cancellationToken)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("kubernetes.call");
        activity?.SetTag("faultmaven.source", "kubernetes");
        activity?.SetTag("faultmaven.kubernetes.operation", operation);
        var started = Stopwatch.GetTimestamp();
        var outcome = "success";
        try
        {
            var rendered = await _pipeline.ExecuteAsync(async token => await call(token), cancellationToken);
            return new KubernetesText(request, rendered.Text, rendered.Items);
        }
        catch (HttpOperationException ex) when (Status(ex) < 500)
        {
            var status = Status(ex);
            outcome = status == 404 ? "not-found" : "rejected";
            var message = StatusMessage(ex.Response?.Content) ?? $"HTTP {status}";
            return status switch
            {
                404 => new Failure(FailureKind.NotFound, $"Not found: {message}."),
                401 or 403 => new Failure(FailureKind.Invalid, $"The API server refused FaultMaven's credentials (HTTP {status}): {message}. Give its service account the read-only Role in docs/INTEGRATIONS.md."),
                _ => new Failure(FailureKind.Invalid, $"The API server rejected the request (HTTP {status}): {message}."),
            };
        }
        catch (ResponseTooLargeException ex)
        {
            outcome = "too-large";
            return new Failure(FailureKind.SourceTooLarge, $"The API server's answer is larger than {ex.MaxBytes:N0} bytes (FM_KUBERNETES_MAX_RESPONSE_BYTES): name one object, or read fewer log lines.");
        }
        catch (BrokenCircuitException)
        {
            outcome = "circuit-open";
            return new Failure(FailureKind.SourceUnavailable, $"The Kubernetes API server at {Server} failed repeatedly; it is not called again for {BreakSeconds} s (circuit open).");
        }
        catch (TimeoutRejectedException)
        {
            outcome = "timeout";
            return new Failure(FailureKind.SourceUnavailable, $"The Kubernetes API server at {Server} did not answer within {_options.TimeoutSeconds} s.");
        }
        catch (HttpOperationException ex)
        {
            outcome = "unavailable";
            return new Failure(FailureKind.SourceUnavailable, $"The Kubernetes API server at {Server} failed (HTTP {Status(ex)}): {StatusMessage(ex.Response?.Content) ?? "no message"}.");
        }
        catch (HttpRequestException ex)
        {
            outcome = "unavailable";
            return new Failure(FailureKind.SourceUnavailable, $"The Kubernetes API server at {Server} cannot be reached: {PrintableText.Of(ex.Message)}");
        }
        catch (JsonException)
        {
            outcome = "unreadable";
            return new Failure(FailureKind.SourceUnavailable, $"The Kubernetes API server at {Server} answered with something that is not the Kubernetes API's JSON.");
        }
        finally
        {
            activity?.SetTag("faultmaven.outcome", outcome);
            if (outcome != "success")
            {
                activity?.SetStatus(ActivityStatusCode.Error, outcome);
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var tags = new TagList { { "faultmaven.kubernetes.operation", operation }, { "faultmaven.outcome", outcome } };
            Calls.Add(1, tags);
            Duration.Record(seconds, tags);
            _logger.KubernetesCalled(operation, outcome, seconds * 1000);
        }
    }

    private string WithoutSecrets(string message)
    {
        foreach (var secret in _secrets)
        {
            message = message.Replace(secret, "***", StringComparison.Ordinal);
        }

        return Redactor.Default.Redact(message).Text;
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;

    private static int Status(HttpOperationException ex) => ex.Response is null ? 500 : (int)ex.Response.StatusCode;

    /// <summary>The <c>message</c> of the API's Status object, printable and short, without the kubeconfig's secrets nor any other.</summary>
    private string? StatusMessage(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                ? PrintableText.Of(Cut(WithoutSecrets(message.GetString()!), 300))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
