using System.Net.Http.Headers;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;
using ModelContextProtocol.Client;

namespace FaultMaven.Server.Tests.Mcp;

/// <summary>Issue 20: the live sources as MCP tools over <c>/mcp</c>, against the local servers speaking Loki's, Splunk's and the
/// Kubernetes API's wire protocols: listed only when configured, read-only, redacted, with the sources' own refusals, and kept on a case
/// only under the API's rules (engineer role, the caller's team).</summary>
public sealed class McpSourceToolsTests(McpSourceToolsTests.Fixture fixture) : IClassFixture<McpSourceToolsTests.Fixture>
{
    private const string Pod = "checkout-7d9f8c6b5-x2x4q";
    private const string Password = "Sup3rS3cretPassw0rd";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListTools_ShowsTheConfiguredSources_ReadOnly()
    {
        var tools = await (await fixture.ConnectAsync(fixture.Vera)).ListToolsAsync(cancellationToken: Token);

        string[] sources = ["kubernetes_describe", "kubernetes_events", "kubernetes_get", "kubernetes_logs", "query_loki", "search_splunk"];
        Assert.Equal(McpToolChecks.ToolNames.Concat(sources).Order(StringComparer.Ordinal), tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools.Where(t => sources.Contains(t.Name)), t =>
        {
            Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint, t.Name);
            Assert.True(t.Description.Length > 100, t.Name);
        });
        // Elasticsearch is not configured on this server: its tool is not offered.
        Assert.DoesNotContain(tools, t => t.Name == "search_elasticsearch");
    }

    [Fact]
    public async Task QueryLoki_WithoutACase_ReturnsTheLinesRedacted_AndKeepsNothing()
    {
        var alice = await fixture.ConnectAsync(fixture.Alice);
        var before = (await ListCasesAsync()).Count;

        var reading = await McpToolChecks.CallOkAsync(alice, "query_loki", new { query = "{app=\"checkout\"} |= \"order\"", since = "30m" });

        var sent = fixture.Loki.Requests.Last(r => r.PathAndQuery.StartsWith("/loki/api/v1/query_range", StringComparison.Ordinal));
        Assert.Equal("{app=\"checkout\"} |= \"order\"", sent.Parameter("query"));
        var text = reading.GetProperty("text").GetString()!;
        Assert.Contains("connection refused", text, StringComparison.Ordinal);
        Assert.Contains("retrying order for <EMAIL_1>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.k@example.org", reading.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAZ7Q3MX5TLP2WNR4K", reading.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(LogStoreServer.Lines.Count, reading.GetProperty("linesShown").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(reading.GetProperty("summary").GetString()));
        Assert.Equal(JsonValueKind.Null, reading.GetProperty("uploadId").ValueKind);
        Assert.Equal(before, (await ListCasesAsync()).Count);

        // A viewer does not make FaultMaven query a source, as on the API (a turn needs the engineer role).
        var loki = fixture.Loki.Requests.Count;
        await McpToolChecks.CallErrorAsync(await fixture.ConnectAsync(fixture.Vera), "query_loki", new { query = "{app=\"checkout\"}" }, ProblemTypes.Forbidden);
        Assert.Equal(loki, fixture.Loki.Requests.Count);
    }

    [Fact]
    public async Task QueryLoki_WithACase_IsKeptAsEvidence_UnderTheApisRules()
    {
        var alice = await fixture.ConnectAsync(fixture.Alice);
        var caseId = (await McpToolChecks.CallOkAsync(alice, "open_case", new { title = "checkout orders failing" })).GetProperty("id").GetString()!;

        var reading = await McpToolChecks.CallOkAsync(alice, "query_loki", new { query = "{app=\"checkout\"}", caseId });

        var uploadId = reading.GetProperty("uploadId").GetString()!;
        Assert.Equal($"upload:{uploadId}", reading.GetProperty("citeAs").GetString());
        Assert.DoesNotContain("ana.k@example.org", reading.GetRawText(), StringComparison.Ordinal);
        var uploads = await (await fixture.Server.Admin.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token);
        Assert.Equal(uploadId, Assert.Single(uploads.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());

        // Another team's case does not exist for bob; vera may read but not add to her team's case.
        await McpToolChecks.CallErrorAsync(await fixture.ConnectAsync(fixture.Bob), "query_loki", new { query = "{app=\"checkout\"}", caseId }, ProblemTypes.NotFound);
        await McpToolChecks.CallErrorAsync(await fixture.ConnectAsync(fixture.Vera), "query_loki", new { query = "{app=\"checkout\"}", caseId }, ProblemTypes.Forbidden);
        uploads = await (await fixture.Server.Admin.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token);
        Assert.Single(uploads.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("index=main | delete")]
    [InlineData("index=main | sendemail to=x@example.com")]
    public async Task SearchSplunk_ACommandThatWritesOrSends_IsRefusedBeforeSplunkIsCalled(string query)
    {
        var searches = fixture.Splunk.Requests.Count;

        var refused = await McpToolChecks.CallErrorAsync(await fixture.ConnectAsync(fixture.Alice), "search_splunk", new { query }, ProblemTypes.Validation);

        Assert.Contains("Splunk", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(searches, fixture.Splunk.Requests.Count);
    }

    [Fact]
    public async Task Kubernetes_LogsAreRedacted_SecretsAreNotRead_AndBadArgumentsSayWhy()
    {
        var alice = await fixture.ConnectAsync(fixture.Alice);

        var logs = await McpToolChecks.CallOkAsync(alice, "kubernetes_logs", new { pod = Pod, @namespace = "shop" });
        Assert.Contains("OutOfMemoryError", logs.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Password, logs.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(fixture.Kubernetes.Requests, r => r.StartsWith($"GET /api/v1/namespaces/shop/pods/{Pod}/log", StringComparison.Ordinal));

        var requests = fixture.Kubernetes.Requests.Count;
        await McpToolChecks.CallErrorAsync(alice, "kubernetes_get", new { kind = "secrets" }, ProblemTypes.Validation);
        await McpToolChecks.CallErrorAsync(alice, "kubernetes_describe", new { kind = "configmap", name = "app-config" }, ProblemTypes.Validation);
        await McpToolChecks.CallErrorAsync(alice, "kubernetes_logs", new { pod = "bad name; rm -rf /" }, ProblemTypes.Validation);
        await McpToolChecks.CallErrorAsync(alice, "query_loki", new { query = "{app=\"checkout\"}", since = "9999d" }, ProblemTypes.Validation);
        Assert.Equal(requests, fixture.Kubernetes.Requests.Count);
    }

    private async Task<List<JsonElement>> ListCasesAsync() =>
        [.. (await (await fixture.Server.Admin.GetAsync("/api/v1/cases?limit=100", Token)).ReadJsonAsync(Token)).GetProperty("items").EnumerateArray()];

    /// <summary>The stand-ins for Loki, Splunk and the Kubernetes API, and a FaultMaven server (FM_AUTH=required) reading them.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly TempDirectory _directory = new();
        private readonly List<McpClient> _clients = [];

        public LokiApiServer Loki { get; private set; } = null!;

        public SplunkApiServer Splunk { get; private set; } = null!;

        public KubernetesApiServer Kubernetes { get; private set; } = null!;

        public SecuredServer Server { get; private set; } = null!;

        public string Alice { get; private set; } = null!;

        public string Bob { get; private set; } = null!;

        public string Vera { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Loki = await LokiApiServer.StartNewAsync();
            Splunk = await SplunkApiServer.StartNewAsync();
            Kubernetes = await KubernetesApiServer.StartAsync();
            Kubernetes.Add("""
                {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "@POD@", "namespace": "shop", "creationTimestamp": "2026-05-02T09:00:00Z"},
                 "spec": {"containers": [{"name": "checkout", "image": "registry.internal/checkout:2.4"}]},
                 "status": {"phase": "Running", "containerStatuses": [{"name": "checkout", "ready": true, "restartCount": 0, "state": {"running": {}}}]}}
                """.Replace("@POD@", Pod, StringComparison.Ordinal));
            Kubernetes.Log("shop", Pod, string.Join('\n',
                $"2026-05-02T10:00:00Z INFO  checkout started, connecting to postgres://checkout@db.shop:5432/orders password={Password}",
                "2026-05-02T10:00:05Z ERROR java.lang.OutOfMemoryError: Java heap space"));
            Server = await SecuredServer.StartAsync(new Dictionary<string, string?>
            {
                ["FM_LOKI_URL"] = Loki.BaseAddress.ToString(),
                ["FM_SPLUNK_URL"] = Splunk.BaseAddress.ToString(),
                ["FM_SPLUNK_TOKEN"] = "splunk-token-0123456789abcdef",
                ["FM_KUBECONFIG"] = Kubernetes.WriteKubeconfig(_directory.Path),
                ["FM_FEATURES"] = "live-sources:on",
            });
            (_, Alice) = await Server.CreateKeyAsync("alice", "engineer", "red", CancellationToken.None);
            (_, Bob) = await Server.CreateKeyAsync("bob", "engineer", "blue", CancellationToken.None);
            (_, Vera) = await Server.CreateKeyAsync("vera", "viewer", "red", CancellationToken.None);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in _clients)
            {
                await client.DisposeAsync();
            }

            await Server.DisposeAsync();
            await Kubernetes.DisposeAsync();
            await Splunk.DisposeAsync();
            await Loki.DisposeAsync();
            _directory.Dispose();
        }

        public async Task<McpClient> ConnectAsync(string key)
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var transport = new HttpClientTransport(
                new HttpClientTransportOptions { Endpoint = new Uri(Server.Server.BaseAddress, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
                http, ownsHttpClient: true);
            var client = await McpClient.CreateAsync(transport, cancellationToken: TestContext.Current.CancellationToken);
            lock (_clients)
            {
                _clients.Add(client);
            }

            return client;
        }
    }
}
