using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaultMaven.Testing;

/// <summary>A Kubernetes API server on a free loopback port, speaking the API's wire JSON for the read calls FaultMaven makes: pods,
/// deployments, replicasets, services and nodes (lists with <c>kind</c>/<c>apiVersion</c>/<c>items</c>, single objects, 404 Status
/// objects), events with an <c>involvedObject</c> field selector, and container logs with <c>tailLines</c>/<c>previous</c>. It records
/// every request (method, path and query, and the bearer token) so tests assert what production code sent; its <see cref="Behaviour"/>
/// makes it slow, broken or a liar. A kubeconfig pointing at it is written by <see cref="WriteKubeconfig"/>.</summary>
public sealed class KubernetesApiServer : IAsyncDisposable
{
    /// <summary>The bearer token the kubeconfig carries.</summary>
    public const string Token = "k8s-sa-token-0123456789abcdef0123456789";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _logs = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<JsonObject> _events = [];

    private KubernetesApiServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>How the server answers.</summary>
    public enum Mode
    {
        /// <summary>As the API does.</summary>
        Normal,

        /// <summary>Never within a test's timeout.</summary>
        Hang,

        /// <summary>200 with a body that is not JSON.</summary>
        Garbage,

        /// <summary>503 for every call.</summary>
        Unavailable,

        /// <summary>200 with a list far larger than any cap.</summary>
        Huge,

        /// <summary>401 whose message repeats the token it refused, as some proxies answer.</summary>
        RefusedEchoingToken,
    }

    /// <summary>Gets the server's address, ending in a slash.</summary>
    public Uri Address { get; }

    /// <summary>Gets or sets how the server answers.</summary>
    public Mode Behaviour { get; set; } = Mode.Normal;

    /// <summary>Gets every request received: <c>GET /api/v1/namespaces/shop/pods?limit=500</c>.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Gets the Authorization headers received.</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    public static async Task<KubernetesApiServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var app = LoopbackApp.Create();
        KubernetesApiServer? server = null;
        app.Map("/{**path}", (HttpContext context) => server!.AnswerAsync(context));
        server = new KubernetesApiServer(app, await app.StartOnLoopbackAsync(cancellationToken));
        return server;
    }

    /// <summary>Adds an object (its JSON with <c>kind</c> and <c>metadata.name</c>/<c>namespace</c>).</summary>
    public KubernetesApiServer Add(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var kind = node["kind"]!.GetValue<string>();
        if (kind == "Event")
        {
            _events.Add(node);
            return this;
        }

        _objects[Key(Plural(kind), node["metadata"]?["namespace"]?.GetValue<string>(), node["metadata"]!["name"]!.GetValue<string>())] = node;
        return this;
    }

    /// <summary>Sets a pod's log (the current or the previous container's).</summary>
    public KubernetesApiServer Log(string ns, string pod, string text, bool previous = false)
    {
        _logs[$"{ns}/{pod}/{previous}"] = text;
        return this;
    }

    /// <summary>Writes a kubeconfig whose current context points at this server with <see cref="Token"/>, in namespace <paramref name="ns"/>.</summary>
    public string WriteKubeconfig(string directory, string ns = "shop")
    {
        var path = Path.Combine(directory, $"kubeconfig-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: loopback
              cluster:
                server: {Address.ToString().TrimEnd('/')}
            contexts:
            - name: loopback
              context:
                cluster: loopback
                user: faultmaven
                namespace: {ns}
            - name: elsewhere
              context:
                cluster: loopback
                user: faultmaven
                namespace: payments
            current-context: loopback
            users:
            - name: faultmaven
              user:
                token: {Token}
            """);
        return path;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        Requests.Enqueue($"{request.Method} {request.Path}{request.QueryString}");
        Authorizations.Enqueue(request.Headers.Authorization.ToString());
        switch (Behaviour)
        {
            case Mode.Hang:
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case Mode.Garbage:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("<html><body>502 Bad Gateway from a proxy that says 200</body></html>", context.RequestAborted);
                return;
            case Mode.Unavailable:
                await Status(context, 503, "ServiceUnavailable", "the server is currently unable to handle the request");
                return;
            case Mode.RefusedEchoingToken:
                await Status(context, 401, "Unauthorized", $"invalid credentials: {request.Headers.Authorization}");
                return;
            case Mode.Huge:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[", context.RequestAborted);
                var pod = "{\"metadata\":{\"name\":\"" + new string('p', 200) + "\",\"namespace\":\"shop\"}},";
                for (var i = 0; i < 100_000 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.WriteAsync(pod, context.RequestAborted);
                }

                return;
        }

        if (request.Method != "GET")
        {
            await Status(context, 405, "MethodNotAllowed", "FaultMaven's fake API server only reads");
            return;
        }

        // /api/v1/namespaces/{ns}/{plural}[/{name}[/log]], /apis/apps/v1/namespaces/..., /api/v1/nodes[/{name}]
        var parts = request.Path.Value!.Trim('/').Split('/');
        var at = parts[0] == "api" ? 2 : parts[0] == "apis" ? 3 : -1;
        string? ns = null;
        if (at > 0 && parts.Length > at + 1 && parts[at] == "namespaces")
        {
            ns = parts[at + 1];
            at += 2;
        }

        if (at < 0 || parts.Length <= at)
        {
            await Status(context, 404, "NotFound", "the server could not find the requested resource");
            return;
        }

        var plural = parts[at];
        var name = parts.Length > at + 1 ? parts[at + 1] : null;
        if (parts.Length > at + 2 && parts[at + 2] == "log")
        {
            var previous = request.Query["previous"] == "true";
            if (!_objects.ContainsKey(Key("pods", ns, name!)))
            {
                await Status(context, 404, "NotFound", $"pods \"{name}\" not found");
                return;
            }

            var log = _logs.GetValueOrDefault($"{ns}/{name}/{previous}", "");
            var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var tail = int.TryParse(request.Query["tailLines"], out var t) ? t : lines.Length;
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(string.Concat(lines.TakeLast(tail).Select(l => l + "\n")), context.RequestAborted);
            return;
        }

        if (plural == "events")
        {
            var selector = (string?)request.Query["fieldSelector"] ?? "";
            var wanted = selector.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('=', 2)).ToDictionary(s => s[0], s => s[1]);
            var items = _events.Where(e => e["metadata"]?["namespace"]?.GetValue<string>() == ns
                && wanted.All(w => e["involvedObject"]?[w.Key.Replace("involvedObject.", "", StringComparison.Ordinal)]?.GetValue<string>() == w.Value));
            await List(context, "EventList", "v1", items);
            return;
        }

        if (name is not null)
        {
            if (_objects.TryGetValue(Key(plural, ns, name), out var found))
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(found.ToJsonString(), context.RequestAborted);
            }
            else
            {
                await Status(context, 404, "NotFound", $"{plural} \"{name}\" not found");
            }

            return;
        }

        var kindOf = plural switch { "pods" => "PodList", "deployments" => "DeploymentList", "replicasets" => "ReplicaSetList", "services" => "ServiceList", "nodes" => "NodeList", _ => "List" };
        await List(context, kindOf, parts[0] == "apis" ? "apps/v1" : "v1", _objects.Where(o => o.Key.StartsWith(Key(plural, ns, ""), StringComparison.Ordinal)).Select(o => o.Value));
    }

    private static async Task List(HttpContext context, string kind, string apiVersion, IEnumerable<JsonObject> items)
    {
        var list = new JsonObject { ["kind"] = kind, ["apiVersion"] = apiVersion, ["metadata"] = new JsonObject { ["resourceVersion"] = "1" }, ["items"] = new JsonArray([.. items.Select(i => i.DeepClone())]) };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(list.ToJsonString(), context.RequestAborted);
    }

    private static async Task Status(HttpContext context, int code, string reason, string message)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        var status = new JsonObject { ["kind"] = "Status", ["apiVersion"] = "v1", ["metadata"] = new JsonObject(), ["status"] = "Failure", ["message"] = message, ["reason"] = reason, ["code"] = code };
        await context.Response.WriteAsync(status.ToJsonString(), Encoding.UTF8, context.RequestAborted);
    }

    private static string Plural(string kind) => kind.ToLowerInvariant() + "s";

    private static string Key(string plural, string? ns, string name) => $"{plural}/{ns}/{name}";
}
