using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>Kubernetes as a read-only live source, against a local server speaking the API's wire JSON with a kubeconfig written for
/// it: an OOMKilled pod's describe stored as evidence and cited by the answer, a deployment a question names, a pod log whose secret is
/// redacted in storage, the model's tools, and the refusals and failures — a namespace outside the allow-list, secrets, the flag off,
/// an API server down, hanging, lying or too large, another team.</summary>
public sealed class KubernetesSourceTests(KubernetesSourceTests.Fixture fixture) : IClassFixture<KubernetesSourceTests.Fixture>
{
    private const string Pod = "checkout-7d9f8c6b5-x2x4q";
    private const string Password = "Sup3rS3cretPassw0rd";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DescribeOfAnOomKilledPod_IsStoredAsEvidence_AndTheAnswerCitesIt()
    {
        var reply = await AskAsync(fixture.Server.Client, $$"""{"message": "why does checkout keep restarting?", "kubernetes": "describe pod/{{Pod}}"}""");

        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        var upload = (await GetAsync(fixture.Server.Client, $"/api/v1/cases/{caseId}/data/{uploadId}")).GetProperty("upload");
        Assert.StartsWith($"kubernetes-describe-pod-{Pod}-", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Equal("kubernetes", upload.GetProperty("classification").GetProperty("type").GetString());
        var lines = await LinesAsync(fixture.Server.Client, caseId, uploadId);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+Reason:\s+OOMKilled$"));
        Assert.Contains(lines, l => l.Contains("BackOff", StringComparison.Ordinal) && l.Contains("(x23 over", StringComparison.Ordinal));

        Assert.Contains("OOMKilled", reply.GetProperty("root_cause").GetString(), StringComparison.Ordinal);
        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == uploadId);
        // What production code sent: the pod, then its events by field selector, with the kubeconfig's token.
        Assert.Contains($"GET /api/v1/namespaces/shop/pods/{Pod}", fixture.Api.Requests);
        Assert.Contains(fixture.Api.Requests, r => r.StartsWith("GET /api/v1/namespaces/shop/events?fieldSelector=involvedObject.kind%3DPod%2CinvolvedObject.name%3D" + Pod, StringComparison.Ordinal));
        Assert.All(fixture.Api.Authorizations, a => Assert.Equal("Bearer " + KubernetesApiServer.Token, a));
    }

    [Fact]
    public async Task QuestionNamingADeployment_BringsItsDescribe_AndItsPodInTheWorstShape()
    {
        var reply = await AskAsync(fixture.Server.Client, """{"message": "the checkout deployment is degraded since the last release, why?"}""");

        var caseId = reply.GetProperty("caseId").GetString()!;
        var names = (await GetAsync(fixture.Server.Client, $"/api/v1/cases/{caseId}/data")).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("fileName").GetString()!).ToList();
        Assert.Contains(names, n => n.StartsWith("kubernetes-describe-deployment-checkout-", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith($"kubernetes-describe-pod-{Pod}-", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("checkout-7d9f8c6b5-healthy", StringComparison.Ordinal));
        Assert.Contains("OOMKilled", reply.GetProperty("root_cause").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertNamingAPod_BringsItsDescribeIntoTheCase()
    {
        var started = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var notification = $$"""
            {"version": "4", "groupKey": "{}:{alertname=\"KubePodCrashLooping\"}", "status": "firing", "receiver": "faultmaven",
             "commonLabels": {"alertname": "KubePodCrashLooping", "namespace": "shop", "pod": "{{Pod}}", "severity": "warning"},
             "commonAnnotations": {"summary": "Pod is crash looping."},
             "alerts": [{"status": "firing", "labels": {"alertname": "KubePodCrashLooping", "namespace": "shop", "pod": "{{Pod}}", "severity": "warning"},
                         "annotations": {"summary": "Pod is crash looping."}, "startsAt": "{{started}}", "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "k8s0001"}]}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/integrations/alertmanager") { Content = ApiAssert.Json(notification) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Fixture.AlertToken);
        using var response = await fixture.Server.Client.SendAsync(request, Cancel);
        var caseId = (await response.ReadJsonAsync(Cancel)).GetProperty("caseId").GetString()!;

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await GetAsync(fixture.Server.Client, $"/api/v1/cases/{caseId}/turns")).GetProperty("items").GetArrayLength() < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Cancel);
        }

        var names = (await GetAsync(fixture.Server.Client, $"/api/v1/cases/{caseId}/data")).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("fileName").GetString()!).ToList();
        Assert.Contains(names, n => n.StartsWith($"kubernetes-describe-pod-{Pod}-", StringComparison.Ordinal));
        var answer = (await GetAsync(fixture.Server.Client, $"/api/v1/cases/{caseId}/turns")).GetProperty("items")[1].GetProperty("content").GetString();
        Assert.Contains("OOMKilled", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviousContainerLog_IsLogEvidence_WithItsSecretRedactedInStorage()
    {
        var reply = await AskAsync(fixture.Server.Client, $$"""{"message": "what did checkout log before it died?", "kubernetes": "logs {{Pod}} -c checkout --previous --tail 50 --since 2h"}""");

        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        var upload = (await GetAsync(fixture.Server.Client, $"/api/v1/cases/{caseId}/data/{uploadId}")).GetProperty("upload");
        Assert.Equal("log", upload.GetProperty("classification").GetProperty("type").GetString());
        Assert.Contains("/log?", upload.GetProperty("sourceUrl").GetString(), StringComparison.Ordinal);
        var lines = await LinesAsync(fixture.Server.Client, caseId, uploadId);
        Assert.Contains(lines, l => l.Contains("OutOfMemoryError", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("password=<", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(Password, StringComparison.Ordinal));
        Assert.Contains(fixture.Api.Requests, r => r.StartsWith($"GET /api/v1/namespaces/shop/pods/{Pod}/log?", StringComparison.Ordinal)
            && r.Contains("container=checkout", StringComparison.Ordinal) && r.Contains("previous=true", StringComparison.Ordinal)
            && r.Contains("tailLines=50", StringComparison.Ordinal) && r.Contains("sinceSeconds=7200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LogWithNulsAndTerminalEscapes_IsStoredAsText_WithoutThem()
    {
        // A crashing program can write anything: a NUL made the whole read "binary" and failed the turn with 415.
        fixture.Api.Log("shop", Pod, "ERROR payment failed\u0000\u0000 for order 42\nWARN \u001b[31mretrying\u001b[0m \u202eevil\u202c\n");

        var reply = await AskAsync(fixture.Server.Client, $$"""{"message": "what is checkout logging?", "kubernetes": "logs {{Pod}} --tail 50"}""");

        var lines = await LinesAsync(fixture.Server.Client, reply.GetProperty("caseId").GetString()!, Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!);
        Assert.Equal(["ERROR payment failed for order 42", "WARN retrying evil"], lines);
    }

    [Fact]
    public async Task GetAndEvents_AreKubectlTables()
    {
        var pods = await AskAsync(fixture.Server.Client, """{"message": "pods?", "kubernetes": "get pods -n shop"}""");
        var events = await AskAsync(fixture.Server.Client, """{"message": "events?", "kubernetes": "kubectl get events"}""");

        var podLines = await LinesAsync(fixture.Server.Client, pods.GetProperty("caseId").GetString()!, pods.GetProperty("uploads")[0].GetString()!);
        Assert.Matches(@"^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$", podLines[0]);
        Assert.Contains(podLines, l => l.StartsWith(Pod, StringComparison.Ordinal) && l.Contains("CrashLoopBackOff", StringComparison.Ordinal) && l.Contains(" 7 ", StringComparison.Ordinal));
        var eventLines = await LinesAsync(fixture.Server.Client, events.GetProperty("caseId").GetString()!, events.GetProperty("uploads")[0].GetString()!);
        Assert.Matches(@"^LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+MESSAGE$", eventLines[0]);
        Assert.Contains(eventLines, l => l.Contains("Warning", StringComparison.Ordinal) && l.Contains($"pod/{Pod}", StringComparison.Ordinal));
        Assert.Contains(fixture.Api.Requests, r => r.StartsWith("GET /api/v1/namespaces/shop/pods?limit=200", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("get secrets", "never reads secrets or config maps")]
    [InlineData("describe secret/db-credentials -n shop", "never reads secrets or config maps")]
    [InlineData("get configmaps", "never reads secrets or config maps")]
    [InlineData("describe cm/checkout-settings", "never reads secrets or config maps")]
    [InlineData("delete pod/checkout-7d9f8c6b5-x2x4q", "not a read FaultMaven makes")]
    [InlineData("describe pod/../../secrets/x", "is not a Kubernetes object name")]
    [InlineData("get pods --watch", "unknown option")]
    [InlineData("logs checkout --tail 100000", "--tail must be 1 to 2000")]
    [InlineData("describe pod", "describe needs an object's name")]
    [InlineData("get pods -n Shop_Prod", "-n needs a namespace name")]
    public async Task RequestsItRefuses_Are400_AndNothingIsAsked(string request, string detail)
    {
        var before = fixture.Api.Requests.Count;

        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "look", kubernetes = request })), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Api.Requests.Skip(before), r => r.Contains("secret", StringComparison.OrdinalIgnoreCase) || r.Contains("configmap", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task MissingPod_Is400WithTheApiServersMessage()
    {
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "why?", "kubernetes": "describe pod/ghost-1"}"""), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains("pods \"ghost-1\" not found", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamespaceOutsideTheAllowList_Is400NamingIt_AndTheApiIsNotCalled()
    {
        await using var api = await KubernetesApiServer.StartAsync(Cancel);
        using var directory = new TempDirectory();
        var settings = Settings(api.WriteKubeconfig(directory.Path));
        settings["FM_KUBERNETES_NAMESPACES"] = "shop, checkout";
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "why?", "kubernetes": "get pods -n kube-system"}"""), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains("Namespace 'kube-system' is not one FaultMaven may read (FM_KUBERNETES_NAMESPACES allows shop, checkout)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task LiveSourcesOff_OrNoKubeconfig_Is400NamingWhatToSet()
    {
        using var directory = new TempDirectory();
        await using var flagOff = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_KUBECONFIG"] = fixture.Api.WriteKubeconfig(directory.Path) }, cancellationToken: Cancel);
        await using var unconfigured = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_FEATURES"] = "live-sources:on" }, cancellationToken: Cancel);
        var body = $$"""{"message": "why?", "kubernetes": "describe pod/{{Pod}}"}""";

        using var off = await flagOff.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(body), Cancel);
        using var none = await unconfigured.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(body), Cancel);
        // Without the flag, a question naming a deployment reads nothing either.
        var before = fixture.Api.Requests.Count;
        using var named = await flagOff.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "is the checkout deployment ok?"}"""), Cancel);

        Assert.Contains("FM_FEATURES=live-sources:on", (await ApiAssert.AssertProblemAsync(off, 400, ProblemTypes.Validation)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("set FM_KUBECONFIG", (await ApiAssert.AssertProblemAsync(none, 400, ProblemTypes.Validation)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(before, fixture.Api.Requests.Count);
    }

    [Fact]
    public async Task ApiServerDown_FailsClearlyAndFast_ThenTheCircuitOpens()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var directory = new TempDirectory();
        var kubeconfig = Path.Combine(directory.Path, "kubeconfig");
        await File.WriteAllTextAsync(kubeconfig, File.ReadAllText(fixture.Api.WriteKubeconfig(directory.Path)).Replace(fixture.Api.Address.ToString().TrimEnd('/'), $"http://127.0.0.1:{port}", StringComparison.Ordinal), Cancel);
        await using var server = await InProcessServer.StartAsync(Settings(kubeconfig), cancellationToken: Cancel);
        var details = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 4; i++)
        {
            using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json($$"""{"message": "why?", "kubernetes": "describe pod/{{Pod}}"}"""), Cancel);
            details.Add((await ApiAssert.AssertProblemAsync(response, 502, ProblemTypes.SourceUnavailable)).GetProperty("detail").GetString()!);
        }

        Assert.All(details.Take(3), d => Assert.Contains("cannot be reached", d, StringComparison.Ordinal));
        Assert.Contains("circuit open", details[3], StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        // A question naming objects while the API server is down still gets its answer, without them.
        using var named = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "is the checkout deployment ok?"}"""), Cancel);
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
    }

    [Fact]
    public async Task RefusalRepeatingTheToken_IsShownWithoutIt()
    {
        await using var api = await KubernetesApiServer.StartAsync(Cancel);
        api.Behaviour = KubernetesApiServer.Mode.RefusedEchoingToken;
        using var directory = new TempDirectory();
        await using var server = await InProcessServer.StartAsync(Settings(api.WriteKubeconfig(directory.Path)), cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "why?", "kubernetes": "get pods"}"""), Cancel);

        var detail = (await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation)).GetProperty("detail").GetString()!;
        Assert.Contains("refused FaultMaven's credentials (HTTP 401): invalid credentials", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(KubernetesApiServer.Token, detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(KubernetesApiServer.Mode.Hang, 502, "did not answer within 1 s")]
    [InlineData(KubernetesApiServer.Mode.Garbage, 502, "not the Kubernetes API's JSON")]
    [InlineData(KubernetesApiServer.Mode.Unavailable, 502, "HTTP 503")]
    [InlineData(KubernetesApiServer.Mode.Huge, 502, "answer is larger than 65,536 bytes")]
    public async Task ApiServerThatHangsLiesOrFloods_FailsClearly(KubernetesApiServer.Mode mode, int status, string detail)
    {
        await using var api = await KubernetesApiServer.StartAsync(Cancel);
        api.Behaviour = mode;
        using var directory = new TempDirectory();
        var settings = Settings(api.WriteKubeconfig(directory.Path));
        settings["FM_KUBERNETES_TIMEOUT_SECONDS"] = "1";
        settings["FM_KUBERNETES_MAX_RESPONSE_BYTES"] = "65536";
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        var clock = Stopwatch.StartNew();
        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "why?", "kubernetes": "get pods"}"""), Cancel);

        // An answer past the cap is the API server's, not the caller's request: 502 with its own type, never 413.
        var problem = await ApiAssert.AssertProblemAsync(response, status, mode == KubernetesApiServer.Mode.Huge ? ProblemTypes.SourceAnswerTooLarge : ProblemTypes.SourceUnavailable);
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Model_CallsKubernetesDescribe_AndTheResultBecomesEvidenceItCanCite()
    {
        await using var model = await ScriptedLlmServer.StartAsync(Cancel);
        model.Then(
            LlmStep.CallTool("kubernetes_describe", _ => $$"""{"kind": "pod", "name": "{{Pod}}"}"""),
            LlmStep.Reply("""{"root_cause": "the checkout container is OOMKilled.", "category": "resource_exhaustion", "answer": "## Root cause\n\nOOMKilled."}"""));
        using var directory = new TempDirectory();
        var settings = Settings(fixture.Api.WriteKubeconfig(directory.Path));
        settings["FM_OPENAI_API_KEY"] = "sk-test";
        settings["FM_OPENAI_URL"] = model.OpenAIEndpoint.ToString();
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        var reply = await AskAsync(server.Client, """{"message": "why is the shop slow?"}""");

        var requests = model.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        foreach (var tool in (string[])["kubernetes_get", "kubernetes_describe", "kubernetes_events", "kubernetes_logs"])
        {
            Assert.Contains($"\"{tool}\"", requests[0], StringComparison.Ordinal);
        }

        var upload = Assert.Single((await GetAsync(server.Client, $"/api/v1/cases/{reply.GetProperty("caseId").GetString()}/data")).GetProperty("items").EnumerateArray());
        Assert.StartsWith($"kubernetes-describe-pod-{Pod}-", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Contains(upload.GetProperty("id").GetString()!, requests[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTeam_CannotReadTheFetchedEvidence()
    {
        using var directory = new TempDirectory();
        await using var secured = await SecuredServer.StartAsync(Settings(fixture.Api.WriteKubeconfig(directory.Path)), cancellationToken: Cancel);
        var (alice, _) = await secured.UserAsync("alice", "engineer", "red", Cancel);
        var (bob, _) = await secured.UserAsync("bob", "engineer", "blue", Cancel);

        var reply = await AskAsync(alice, $$"""{"message": "why?", "kubernetes": "describe pod/{{Pod}}"}""");
        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = reply.GetProperty("uploads")[0].GetString()!;

        using var own = await alice.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}", Cancel);
        using var other = await bob.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}", Cancel);
        using var otherLines = await bob.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/lines?count=5", Cancel);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await ApiAssert.AssertProblemAsync(other, 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(otherLines, 404, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task UnusableKubeconfig_StopsStartUp_WithoutQuotingIt()
    {
        using var directory = new TempDirectory();
        var missingContext = Settings(fixture.Api.WriteKubeconfig(directory.Path));
        missingContext["FM_KUBERNETES_CONTEXT"] = "nowhere";
        var missingFile = Settings(Path.Combine(directory.Path, "absent.yaml"));

        var garbagePath = Path.Combine(directory.Path, "garbage.yaml");
        await File.WriteAllTextAsync(garbagePath, "- just\n- [a list: {not a kubeconfig", Cancel);
        var garbage = await Assert.ThrowsAsync<OptionsValidationException>(async () => await InProcessServer.StartAsync(Settings(garbagePath), cancellationToken: Cancel));
        Assert.Contains("cannot be used", garbage.Message, StringComparison.Ordinal);
        var context = await Assert.ThrowsAsync<OptionsValidationException>(async () => await InProcessServer.StartAsync(missingContext, cancellationToken: Cancel));
        var file = await Assert.ThrowsAsync<OptionsValidationException>(async () => await InProcessServer.StartAsync(missingFile, cancellationToken: Cancel));

        Assert.Contains("context 'nowhere'", context.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(KubernetesApiServer.Token, context.Message, StringComparison.Ordinal);
        Assert.Contains("not a readable file", file.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(string kubeconfig) => new()
    {
        ["FM_KUBECONFIG"] = kubeconfig,
        ["FM_FEATURES"] = "live-sources:on",
    };

    private static async Task<JsonElement> AskAsync(HttpClient client, string body)
    {
        using var response = await client.PostAsync("/api/v1/agent/query", ApiAssert.Json(body), Cancel);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
        return await response.ReadJsonAsync(Cancel);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Cancel);
        return await response.ReadJsonAsync(Cancel);
    }

    private static async Task<List<string>> LinesAsync(HttpClient client, string caseId, string uploadId) =>
        [.. (await GetAsync(client, $"/api/v1/cases/{caseId}/data/{uploadId}/lines?count=200")).GetProperty("lines").EnumerateArray().Select(l => l.GetString()!)];

    /// <summary>The API server holding the shop namespace — a checkout deployment of two pods, one OOMKilled in a crash loop, its events
    /// and its previous container's log — and a FaultMaven server reading it.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public const string AlertToken = "am-token-k8s-0123456789abcdef";

        private readonly TempDirectory _directory = new();

        public KubernetesApiServer Api { get; private set; } = null!;

        public InProcessServer Server { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Api = await KubernetesApiServer.StartAsync();
            var now = DateTimeOffset.UtcNow;
            string At(TimeSpan ago) => (now - ago).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            Api.Add("""
                {"apiVersion": "apps/v1", "kind": "Deployment",
                 "metadata": {"name": "checkout", "namespace": "shop", "creationTimestamp": "@CREATED@", "labels": {"app": "checkout"}},
                 "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "checkout"}}, "strategy": {"type": "RollingUpdate"},
                          "template": {"metadata": {"labels": {"app": "checkout"}}, "spec": {"containers": [{"name": "checkout", "image": "registry.internal/checkout:2.4", "resources": {"limits": {"memory": "256Mi"}}}]}}},
                 "status": {"replicas": 2, "updatedReplicas": 2, "readyReplicas": 1, "availableReplicas": 1, "unavailableReplicas": 1,
                            "conditions": [{"type": "Available", "status": "False", "reason": "MinimumReplicasUnavailable", "message": "Deployment does not have minimum availability."}]}}
                """.Replace("@CREATED@", At(TimeSpan.FromDays(30)), StringComparison.Ordinal));
            Api.Add(PodJson("checkout-7d9f8c6b5-healthy", ready: true, restarts: 0, At));
            Api.Add(PodJson(Pod, ready: false, restarts: 7, At));
            Api.Add($$"""
                {"apiVersion": "v1", "kind": "Event", "metadata": {"name": "{{Pod}}.1", "namespace": "shop"},
                 "involvedObject": {"kind": "Pod", "name": "{{Pod}}", "namespace": "shop"}, "reason": "BackOff", "type": "Warning", "count": 23,
                 "message": "Back-off restarting failed container checkout in pod {{Pod}}_shop", "source": {"component": "kubelet"},
                 "firstTimestamp": "{{At(TimeSpan.FromHours(1))}}", "lastTimestamp": "{{At(TimeSpan.FromMinutes(2))}}"}
                """);
            Api.Add($$"""
                {"apiVersion": "v1", "kind": "Event", "metadata": {"name": "checkout.1", "namespace": "shop"},
                 "involvedObject": {"kind": "Deployment", "name": "checkout", "namespace": "shop"}, "reason": "ScalingReplicaSet", "type": "Normal", "count": 1,
                 "message": "Scaled up replica set checkout-7d9f8c6b5 to 2", "source": {"component": "deployment-controller"},
                 "firstTimestamp": "{{At(TimeSpan.FromHours(2))}}", "lastTimestamp": "{{At(TimeSpan.FromHours(2))}}"}
                """);
            Api.Log("shop", Pod, string.Join('\n',
                $"{At(TimeSpan.FromMinutes(9))} INFO  checkout started, connecting to postgres://checkout@db.shop:5432/orders password={Password}",
                $"{At(TimeSpan.FromMinutes(8))} WARN  heap usage 240Mi of 256Mi",
                $"{At(TimeSpan.FromMinutes(7))} ERROR java.lang.OutOfMemoryError: Java heap space",
                $"{At(TimeSpan.FromMinutes(7))} ERROR \tat com.shop.checkout.Cart.load(Cart.java:88)"), previous: true);
            var settings = Settings(Api.WriteKubeconfig(_directory.Path));
            settings["FM_ALERTMANAGER_TOKEN"] = AlertToken;
            Server = await InProcessServer.StartAsync(settings);
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            await Api.DisposeAsync();
            _directory.Dispose();
        }

        private static string PodJson(string name, bool ready, int restarts, Func<TimeSpan, string> at)
        {
            var state = ready ? """{"running": {"startedAt": "@STARTED@"}}""" : """{"waiting": {"reason": "CrashLoopBackOff", "message": "back-off 5m0s restarting failed container=checkout"}}""";
            var last = ready ? "{}" : """{"terminated": {"reason": "OOMKilled", "exitCode": 137, "startedAt": "@KILLSTART@", "finishedAt": "@KILLED@"}}""";
            return """
                {"apiVersion": "v1", "kind": "Pod",
                 "metadata": {"name": "@NAME@", "namespace": "shop", "creationTimestamp": "@STARTED@",
                              "labels": {"app": "checkout", "pod-template-hash": "7d9f8c6b5"},
                              "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "checkout-7d9f8c6b5", "uid": "3f1c", "controller": true}]},
                 "spec": {"nodeName": "node-1", "containers": [{"name": "checkout", "image": "registry.internal/checkout:2.4",
                          "resources": {"limits": {"memory": "256Mi"}, "requests": {"cpu": "100m", "memory": "128Mi"}}}]},
                 "status": {"phase": "Running", "hostIP": "10.0.0.5", "podIP": "10.1.0.7", "qosClass": "Burstable", "startTime": "@STARTED@",
                            "conditions": [{"type": "Ready", "status": "@READY@"}],
                            "containerStatuses": [{"name": "checkout", "image": "registry.internal/checkout:2.4", "imageID": "", "ready": @READYBOOL@,
                              "restartCount": @RESTARTS@, "state": @STATE@, "lastState": @LAST@}]}}
                """.Replace("@STATE@", state, StringComparison.Ordinal).Replace("@LAST@", last, StringComparison.Ordinal)
                .Replace("@NAME@", name, StringComparison.Ordinal).Replace("@STARTED@", at(TimeSpan.FromHours(3)), StringComparison.Ordinal)
                .Replace("@KILLSTART@", at(TimeSpan.FromMinutes(9)), StringComparison.Ordinal).Replace("@KILLED@", at(TimeSpan.FromMinutes(7)), StringComparison.Ordinal)
                .Replace("@READY@", ready ? "True" : "False", StringComparison.Ordinal).Replace("@READYBOOL@", ready ? "true" : "false", StringComparison.Ordinal)
                .Replace("@RESTARTS@", restarts.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }
}
