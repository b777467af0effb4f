using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Security;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;

namespace FaultMaven.Server.Tests.Mcp;

/// <summary><c>/mcp</c> through the SDK's own client over streamable HTTP, on a server with FM_AUTH=required: the tools, their errors,
/// and the API's rules — no key is 401, a viewer reads but does not open or ask, another team's case does not exist.</summary>
public sealed class McpHttpTests : IAsyncLifetime
{
    private const long MaxUploadBytes = 65_536;
    private const long MaxRequestBodyBytes = 16_384;

    private readonly List<McpClient> _clients = [];
    private SecuredServer _server = null!;
    private string _alice = null!;
    private string _bob = null!;
    private string _vera = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await SecuredServer.StartAsync(
            new Dictionary<string, string?> { ["FM_MAX_UPLOAD_BYTES"] = MaxUploadBytes.ToString(), ["FM_MAX_REQUEST_BODY_BYTES"] = MaxRequestBodyBytes.ToString() },
            cancellationToken: Token);
        (_, _alice) = await _server.CreateKeyAsync("alice", "engineer", "red", Token);
        (_, _bob) = await _server.CreateKeyAsync("bob", "engineer", "blue", Token);
        (_, _vera) = await _server.CreateKeyAsync("vera", "viewer", "red", Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ListTools_ShowsTheSixToolsWithTheirSchemas()
    {
        await McpToolChecks.ListsTheToolsAsync(await ConnectAsync(_vera));
    }

    [Fact]
    public async Task EveryTool_Answers_ForAnEngineer()
    {
        var runbook = await _server.Admin.PostJsonAsync("/api/v1/knowledge/documents", new
        {
            id = "rb-worker-config",
            title = "Worker exits at start",
            text = "# Worker exits at start\n\nWhen the log says QUEUE_URL is not set, the worker's deployment lost its queue settings. Restore the QUEUE_URL variable from the config map and restart.",
        }, Token);
        Assert.Equal(HttpStatusCode.Created, runbook.StatusCode);

        var caseId = await McpToolChecks.EveryToolAnswersAsync(await ConnectAsync(_alice), "rb-worker-config");

        // The case is alice's team's, as if opened through the API, and the API reads what the tools wrote.
        var found = await (await _server.Admin.GetAsync($"/api/v1/cases/{caseId}", Token)).ReadJsonAsync(Token);
        Assert.Equal("red", found.GetProperty("team").GetString());
        Assert.Equal(2, found.GetProperty("turnCount").GetInt32());
    }

    [Fact]
    public async Task BadArguments_AreToolErrorsThatSayWhatIsWrong()
    {
        await McpToolChecks.BadArgumentsAreToolErrorsAsync(await ConnectAsync(_alice), MaxUploadBytes);
    }

    [Fact]
    public async Task Ask_ReportsProgress_OnTheRequestsStream()
    {
        await McpToolChecks.AskReportsProgressAsync(await ConnectAsync(_alice));
    }

    [Fact]
    public async Task Issue20_LoneSurrogateInArguments_IsInvalidParams_NamingTheField()
    {
        using var alice = _server.ClientWith(_alice);

        using var response = await alice.SendAsync(RpcRequest("""{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"redact_text","arguments":{"text":"mail ana@example.com \ud800"}}}"""), Token);

        var body = await response.Content.ReadAsStringAsync(Token);
        var data = body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("data:", StringComparison.Ordinal))?["data:".Length..] ?? body;
        var answer = JsonDocument.Parse(data).RootElement;
        Assert.Equal(7, answer.GetProperty("id").GetInt32());
        Assert.Equal(-32602, answer.GetProperty("error").GetProperty("code").GetInt32());
        var message = answer.GetProperty("error").GetProperty("message").GetString()!;
        Assert.Contains("'text'", message, StringComparison.Ordinal);
        Assert.Contains("surrogate", message, StringComparison.Ordinal);
        Assert.DoesNotContain("ana@example.com", body, StringComparison.Ordinal);

        // A pair of escapes is one character, and text.
        await McpToolChecks.CallOkAsync(await ConnectAsync(_alice), "redact_text", new { text = "paired \ud83d\ude00" });
    }

    [Fact]
    public async Task NoKey_Is401ProblemDetails_AndTheClientIsRefused()
    {
        using var request = RpcRequest("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""");
        var problem = await ApiAssert.AssertProblemAsync(await _server.Anonymous.SendAsync(request, Token), 401, ProblemTypes.Unauthorized);
        Assert.Contains("API key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var refused = await Assert.ThrowsAnyAsync<HttpRequestException>(() => ConnectAsync(null));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var unknown = await Assert.ThrowsAnyAsync<HttpRequestException>(() => ConnectAsync("fm_" + new string('a', 43)));
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task PlainJsonRpc_Works_AndBodiesAreCappedAtTheUploadLimit()
    {
        using var alice = _server.ClientWith(_alice);
        async Task<HttpResponseMessage> PostAsync(string text) =>
            await alice.SendAsync(RpcRequest(JsonSerializer.Serialize(new
            {
                jsonrpc = "2.0", id = 1, method = "tools/call", @params = new { name = "redact_text", arguments = new { text } },
            })), Token);

        // One POST, no initialize first: what a script or curl sends.
        using var plain = await PostAsync("mail ana@example.com");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var body = await plain.Content.ReadAsStringAsync(Token);
        Assert.Contains("EMAIL_1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ana@example.com", body, StringComparison.Ordinal);

        // Larger than the general request limit is fine up to the upload limit, as for the API's JSON pastes…
        Assert.True(MaxUploadBytes - 1_000 > MaxRequestBodyBytes);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(new string('a', (int)MaxUploadBytes - 1_000))).StatusCode);
        // …and past it the body is refused before it is read whole.
        await ApiAssert.AssertProblemAsync(await PostAsync(new string('a', (int)MaxUploadBytes * 3)), 413, ProblemTypes.PayloadTooLarge);
    }

    [Fact]
    public async Task ToolCalls_CountAgainstTheCreationBudget()
    {
        await using var limited = await SecuredServer.StartAsync(
            new Dictionary<string, string?> { ["FM_RATE_LIMIT_CREATE_PER_MINUTE"] = "3", ["FM_RATE_LIMIT_PER_MINUTE"] = "1000" }, cancellationToken: Token);
        var (_, key) = await limited.CreateKeyAsync("alice", "engineer", "red", Token);
        using var alice = limited.ClientWith(key);
        var call = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"open_case","arguments":{"title":"flood"}}}""";

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await alice.SendAsync(RpcRequest(call), Token)).StatusCode);
        }

        var refused = await alice.SendAsync(RpcRequest(call), Token);
        await ApiAssert.AssertProblemAsync(refused, 429, ProblemTypes.RateLimited);
        Assert.True(refused.Headers.RetryAfter is not null);
        // The general budget is untouched: the API still answers.
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/api/v1/cases", Token)).StatusCode);
    }

    [Fact]
    public async Task Viewer_ReadsTheTeamsCase_ButCannotOpenOrAskOrAttach()
    {
        var alice = await ConnectAsync(_alice);
        var vera = await ConnectAsync(_vera);
        var caseId = (await McpToolChecks.CallOkAsync(alice, "open_case", new { title = "red worker down" })).GetProperty("id").GetString()!;

        var refused = await McpToolChecks.CallErrorAsync(vera, "open_case", new { title = "viewer's case" }, ProblemTypes.Forbidden);
        Assert.Contains("viewer", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await McpToolChecks.CallErrorAsync(vera, "ask", new { caseId, question = "why?" }, ProblemTypes.Forbidden);
        await McpToolChecks.CallErrorAsync(vera, "ask", new { question = "why?" }, ProblemTypes.Forbidden);
        await McpToolChecks.CallErrorAsync(vera, "analyze_evidence", new { caseId, text = McpToolChecks.CrashLog }, ProblemTypes.Forbidden);

        var read = await McpToolChecks.CallOkAsync(vera, "get_investigation", new { caseId });
        Assert.Equal("red worker down", read.GetProperty("case").GetProperty("title").GetString());
        Assert.Equal(0, read.GetProperty("case").GetProperty("turnCount").GetInt32());
        // What needs no case is open to viewers: reading evidence without keeping it, redaction, search.
        await McpToolChecks.CallOkAsync(vera, "analyze_evidence", new { text = McpToolChecks.CrashLog });
        await McpToolChecks.CallOkAsync(vera, "redact_text", new { text = "ana@example.com" });
        await McpToolChecks.CallOkAsync(vera, "search_knowledge", new { query = "worker" });

        var cases = await (await _server.Admin.GetAsync("/api/v1/cases?q=viewer", Token)).ReadJsonAsync(Token);
        Assert.Equal(0, cases.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AnotherTeamsCase_DoesNotExist_LikeAMissingOne()
    {
        var alice = await ConnectAsync(_alice);
        var bob = await ConnectAsync(_bob);
        var vera = await ConnectAsync(_vera);
        var caseId = (await McpToolChecks.CallOkAsync(alice, "open_case", new { title = "red checkout outage" })).GetProperty("id").GetString()!;
        const string missing = "case_0000000000000000000000000000ffff";

        foreach (var (tool, arguments) in new (string, Func<string, object>)[]
        {
            ("get_investigation", id => new { caseId = id }),
            ("ask", id => new { caseId = id, question = "why is checkout failing?" }),
            ("analyze_evidence", id => new { caseId = id, text = McpToolChecks.CrashLog }),
        })
        {
            var hidden = await McpToolChecks.CallErrorAsync(bob, tool, arguments(caseId), ProblemTypes.NotFound);
            var absent = await McpToolChecks.CallErrorAsync(bob, tool, arguments(missing), ProblemTypes.NotFound);
            Assert.Equal(absent.GetProperty("detail").GetString()!.Replace(missing, caseId, StringComparison.Ordinal), hidden.GetProperty("detail").GetString());
        }

        // A viewer of another team learns nothing either: not found comes before the role check.
        var (_, blueViewer) = await _server.CreateKeyAsync("val", "viewer", "blue", Token);
        await McpToolChecks.CallErrorAsync(await ConnectAsync(blueViewer), "ask", new { caseId, question = "why?" }, ProblemTypes.NotFound);
        await McpToolChecks.CallOkAsync(vera, "get_investigation", new { caseId });

        var untouched = await (await _server.Admin.GetAsync($"/api/v1/cases/{caseId}", Token)).ReadJsonAsync(Token);
        Assert.Equal(0, untouched.GetProperty("turnCount").GetInt32());
        var uploads = await (await _server.Admin.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token);
        Assert.Equal(0, uploads.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task EachToolCall_HasASpanAMetricAndTheCallersId()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == FaultMavenTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (a.OperationName == "mcp.tool") { lock (spans) { spans.Add(a); } } },
        };
        ActivitySource.AddActivityListener(listener);
        var counted = new List<(long Value, string? Tool, string? Outcome)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == FaultMavenTelemetry.Name && instrument.Name == "faultmaven.mcp.tool_calls") { l.EnableMeasurementEvents(instrument); } },
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var all = tags.ToArray();
            string? Tag(string name) => all.FirstOrDefault(t => t.Key == name).Value as string;
            lock (counted) { counted.Add((value, Tag("faultmaven.mcp.tool"), Tag("faultmaven.mcp.outcome"))); }
        });
        meters.Start();

        var alice = await ConnectAsync(_alice);
        await McpToolChecks.CallOkAsync(alice, "redact_text", new { text = "marker-span-test" });
        await McpToolChecks.CallErrorAsync(alice, "get_investigation", new { caseId = "case_missing" }, ProblemTypes.NotFound);

        lock (spans)
        {
            Assert.Contains(spans, s => (string?)s.GetTagItem("faultmaven.mcp.tool") == "redact_text" && (string?)s.GetTagItem("faultmaven.mcp.outcome") == "ok");
            Assert.Contains(spans, s => (string?)s.GetTagItem("faultmaven.mcp.tool") == "get_investigation" && (string?)s.GetTagItem("faultmaven.mcp.outcome") == "error");
        }

        lock (counted)
        {
            Assert.Contains((1L, "redact_text", "ok"), counted);
            Assert.Contains((1L, "get_investigation", "error"), counted);
        }
    }

    [Fact]
    public void EveryMcpRoute_NeedsARole()
    {
        var routes = _server.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("mcp", StringComparison.Ordinal) == true).ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.Contains(FaultMavenPolicies.Viewer, r.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy)));
        Assert.All(routes, r => Assert.Null(r.Metadata.GetMetadata<IAllowAnonymous>()));
    }

    private static HttpRequestMessage RpcRequest(string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/mcp") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    private async Task<McpClient> ConnectAsync(string? key)
    {
        var http = new HttpClient();
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = new Uri(_server.Server.BaseAddress, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
            http, ownsHttpClient: true);
        var client = await McpClient.CreateAsync(transport, cancellationToken: Token);
        _clients.Add(client);
        return client;
    }
}
