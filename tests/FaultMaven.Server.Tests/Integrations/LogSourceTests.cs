using System.Text;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>What every log source does alike — Loki, Elasticsearch/OpenSearch and Splunk, each against its stand-in speaking its wire
/// protocol, read by one server with all three configured: a store failing with or without a body (what it answered, said once, without
/// secrets), refusing the credentials and repeating them, answering garbage or more than the cap, unset, and the model's tool for it.
/// What is a source's own (its query language, its request shape) is in its own class.</summary>
public sealed class LogSourceTests(LogSourceTests.Fixture fixture) : IClassFixture<LogSourceTests.Fixture>
{
    private const string LokiPassword = "loki-pass-0123";
    private const string ElasticsearchKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";
    private const string SplunkToken = "splunk-token-eyJraWQiOiJzcGx1bmsuc2VjcmV0IiwiYWxnIjoiSFM1MTIifQ";

    private static readonly Dictionary<string, (string Display, string Query, string Prefix, string Tool, string Secret)> Sources = new()
    {
        ["loki"] = ("Loki", "{app=\"checkout\"} |= \"error\"", "FM_LOKI", "query_loki", LokiPassword),
        ["elasticsearch"] = ("Elasticsearch", "service.name:checkout AND (refused OR retrying)", "FM_ELASTICSEARCH", "search_elasticsearch", ElasticsearchKey),
        ["splunk"] = ("Splunk", "index=main sourcetype=checkout (refused OR retrying OR started)", "FM_SPLUNK", "search_splunk", SplunkToken),
    };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> All => ["loki", "elasticsearch", "splunk"];

    // A server of its own: three failures in a row open the source's circuit, which the fixture's server must not have open.
    [Theory]
    [MemberData(nameof(All))]
    public async Task StoreFailing_Is502SayingOnceWhatItAnswered_WithAnExcerptOfItsBody_WithoutItsSecrets(string source)
    {
        var store = fixture.Store(source);
        await using var server = await InProcessServer.StartAsync(Settings(store.BaseAddress.ToString(), source), cancellationToken: Cancel);

        var silent = await FailureDetailAsync(server, source, LogStoreMode.FailingSilently, 502, ProblemTypes.SourceUnavailable);
        var proxy = await FailureDetailAsync(server, source, LogStoreMode.FailingWithText, 502, ProblemTypes.SourceUnavailable);
        var restarting = await FailureDetailAsync(server, source, LogStoreMode.Unavailable, 502, ProblemTypes.SourceUnavailable);

        Assert.Contains($"{Sources[source].Display} at {store.BaseAddress} answered HTTP 500 with no message", silent, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP 500: HTTP 500", silent, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be reached", silent, StringComparison.Ordinal);
        Assert.Contains("answered HTTP 502: upstream connect error or disconnect/reset before headers", proxy, StringComparison.Ordinal);
        Assert.Equal(2, proxy.Split("HTTP 502").Length);
        Assert.DoesNotContain("Hunter2-upstream-9", proxy, StringComparison.Ordinal);
        Assert.Contains("answered HTTP 503: ", restarting, StringComparison.Ordinal);
        Assert.Contains("restarting", restarting, StringComparison.Ordinal);
        Assert.All([silent, proxy, restarting], d => Assert.DoesNotContain(Sources[source].Secret, d, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task RefusalRepeatingTheCredentials_IsShownWithoutThem(string source)
    {
        var detail = await FailureDetailAsync(source, LogStoreMode.RefusedEchoingCredentials, 502, ProblemTypes.SourceUnavailable);

        Assert.Contains("refused FaultMaven's credentials (HTTP 401): invalid credentials", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Sources[source].Secret, detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("fm-reader:" + LokiPassword)), detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task GarbageAnswer_IsSourceUnavailable(string source)
    {
        var detail = await FailureDetailAsync(source, LogStoreMode.Garbage, 502, ProblemTypes.SourceUnavailable);

        Assert.Contains($"{Sources[source].Display} answered with something other than JSON", detail, StringComparison.Ordinal);
    }

    // Splunk streams its results, and keeps what was read up to the cap (SplunkSourceTests); the others answer one JSON document.
    [Theory]
    [InlineData("loki")]
    [InlineData("elasticsearch")]
    public async Task AnswerPastTheSizeCap_Is502SayingTheAnswerIsTooLarge_Not413(string source)
    {
        var detail = await FailureDetailAsync(source, LogStoreMode.Oversize, 502, ProblemTypes.SourceAnswerTooLarge);

        Assert.Contains($"{Sources[source].Display}'s answer is larger than 8,388,608 bytes ({Sources[source].Prefix}_MAX_RESPONSE_BYTES)", detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task SourceNotConfigured_Is400NamingTheVariable(string source)
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_FEATURES"] = "live-sources:on" }, cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", Ask(source), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains($"set {Sources[source].Prefix}_URL", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task Model_CallsTheSourcesTool_AndWhatItFetchedBecomesEvidenceItCanCite(string source)
    {
        await using var model = await ScriptedLlmServer.StartAsync(Cancel);
        model.Then(
            LlmStep.CallTool(Sources[source].Tool, _ => JsonSerializer.Serialize(new { query = Sources[source].Query, since = "1h" })),
            LlmStep.Reply("""{"root_cause": "the payment database refuses connections.", "category": "dependency_failure", "answer": "## Root cause\n\nconnection refused."}"""));
        var settings = Settings(fixture.Store(source).BaseAddress.ToString(), source);
        settings["FM_OPENAI_API_KEY"] = "sk-test";
        settings["FM_OPENAI_URL"] = model.OpenAIEndpoint.ToString();
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "why are orders failing?"}"""), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var requests = model.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Contains($"\"{Sources[source].Tool}\"", requests[0], StringComparison.Ordinal);
        using var data = await server.Client.GetAsync($"/api/v1/cases/{reply.GetProperty("caseId").GetString()}/data", Cancel);
        var upload = Assert.Single((await data.ReadJsonAsync(Cancel)).GetProperty("items").EnumerateArray());
        Assert.StartsWith(source + "-", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Contains(upload.GetProperty("id").GetString()!, requests[1], StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAZ7Q3MX5TLP2WNR4K", requests[1], StringComparison.Ordinal);
    }

    /// <summary>Asks the fixture's server with the store answering in <paramref name="mode"/>; the problem's detail.</summary>
    private Task<string> FailureDetailAsync(string source, LogStoreMode mode, int status, string type) => FailureDetailAsync(fixture.Server, source, mode, status, type);

    /// <summary>Asks <paramref name="server"/> with the store answering in <paramref name="mode"/>; the problem's detail.</summary>
    private async Task<string> FailureDetailAsync(InProcessServer server, string source, LogStoreMode mode, int status, string type)
    {
        var store = fixture.Store(source);
        store.Mode = mode;
        try
        {
            using var response = await server.Client.PostAsync("/api/v1/agent/query", Ask(source), Cancel);
            return (await ApiAssert.AssertProblemAsync(response, status, type)).GetProperty("detail").GetString()!;
        }
        finally
        {
            store.Mode = LogStoreMode.Normal;
        }
    }

    private static StringContent Ask(string source) =>
        ApiAssert.Json(JsonSerializer.Serialize(new Dictionary<string, string> { ["message"] = "errors?", [source] = Sources[source].Query }));

    /// <summary>The settings of one source (<paramref name="only"/>) or all three at their stand-ins' addresses.</summary>
    private static Dictionary<string, string?> Settings(string url, string? only = null)
    {
        var settings = new Dictionary<string, string?> { ["FM_FEATURES"] = "live-sources:on" };
        if (only is null or "loki")
        {
            settings["FM_LOKI_URL"] = url;
            settings["FM_LOKI_USERNAME"] = "fm-reader";
            settings["FM_LOKI_PASSWORD"] = LokiPassword;
        }

        if (only is null or "elasticsearch")
        {
            settings["FM_ELASTICSEARCH_URL"] = url;
            settings["FM_ELASTICSEARCH_API_KEY"] = ElasticsearchKey;
        }

        if (only is null or "splunk")
        {
            settings["FM_SPLUNK_URL"] = url;
            settings["FM_SPLUNK_TOKEN"] = SplunkToken;
        }

        return settings;
    }

    /// <summary>The three stand-ins and one FaultMaven server reading all three.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly Dictionary<string, LogStoreServer> _stores = [];

        public InProcessServer Server { get; private set; } = null!;

        public LogStoreServer Store(string source) => _stores[source];

        public async ValueTask InitializeAsync()
        {
            _stores["loki"] = await LokiApiServer.StartNewAsync();
            _stores["elasticsearch"] = await ElasticsearchApiServer.StartNewAsync();
            _stores["splunk"] = await SplunkApiServer.StartNewAsync();
            var settings = Settings("http://unused");
            foreach (var (name, store) in _stores)
            {
                settings[$"{Sources[name].Prefix}_URL"] = store.BaseAddress.ToString();
            }

            Server = await InProcessServer.StartAsync(settings);
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            foreach (var store in _stores.Values)
            {
                await store.DisposeAsync();
            }
        }
    }
}
