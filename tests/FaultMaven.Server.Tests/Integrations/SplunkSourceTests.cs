using System.Net;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>Splunk as a live log source, against a real HTTP server speaking its search export: the request (search with <c>| head</c>,
/// window, output mode, bearer token), the streamed results stored as a log upload and cited (preview rows skipped, a secret redacted),
/// a stream cut at the size cap keeping what was read, Splunk's own FATAL message for a bad search, garbage, the model's search_splunk
/// tool, and a URL without a token stopping start-up.</summary>
public sealed class SplunkSourceTests(SplunkSourceTests.Fixture fixture) : IClassFixture<SplunkSourceTests.Fixture>
{
    private const string Query = "index=main sourcetype=checkout (refused OR retrying OR started)";
    private const string Token = "splunk-token-eyJraWQiOiJzcGx1bmsuc2VjcmV0IiwiYWxnIjoiSFM1MTIifQ";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Turn_WithAnSplSearch_ExportsTheWindow_StoresTheEventsAsALog_AndTheAnswerCitesThem()
    {
        var before = DateTimeOffset.UtcNow;
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json(JsonSerializer.Serialize(new { message = "why are checkout orders failing?", splunk = Query, since = "45m" })), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var sent = fixture.Splunk.Requests.Last();
        Assert.Equal("/services/search/v2/jobs/export", sent.PathAndQuery);
        Assert.Equal("Bearer " + Token, sent.Authorization);
        var form = QueryHelpers.ParseQuery(sent.Body);
        Assert.Equal($"search {Query} | head 1000", form["search"].ToString());
        Assert.Equal("json", form["output_mode"].ToString());
        var earliest = double.Parse(form["earliest_time"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var latest = double.Parse(form["latest_time"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(45 * 60, latest - earliest, 0.01);
        Assert.InRange(latest, before.ToUnixTimeSeconds() - 5, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5);

        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        var upload = (await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}")).GetProperty("upload");
        Assert.StartsWith("splunk-index_main", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Equal("log", upload.GetProperty("classification").GetProperty("type").GetString());

        var lines = (await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/lines?count=20")).GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(LogStoreServer.Lines.Count, lines.Count);
        Assert.DoesNotContain(lines, l => l.Contains("PREVIEW", StringComparison.Ordinal));
        // Splunk's _time carries the search head's offset; the evidence is in UTC, oldest first.
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z \\{host=\"web-1\", source=\"/var/log/checkout.log\", sourcetype=\"checkout\", index=\"main\"\\} INFO checkout: started", lines[0]);
        Assert.StartsWith(LogStoreServer.Base.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), lines[0], StringComparison.Ordinal);

        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == uploadId);
        using var content = await fixture.Server.Client.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/content", Cancel);
        var stored = await content.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("retrying order for", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAZ7Q3MX5TLP2WNR4K", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadSearch_Is400WithSplunksFatalMessage()
    {
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = "index=main | badcommand" })), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains("Splunk rejected the query: Unknown search command 'badcommand'.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamPastTheSizeCap_KeepsTheEventsRead_AndSaysMoreMatched()
    {
        await using var splunk = await SplunkApiServer.StartNewAsync(Cancel);
        var settings = Settings(splunk.BaseAddress.ToString());
        settings["FM_SPLUNK_MAX_RESPONSE_BYTES"] = "1024";
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = Query })), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        using var detail = await server.Client.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}", Cancel);
        var upload = (await detail.ReadJsonAsync(Cancel)).GetProperty("upload");
        Assert.Contains("more matched", upload.GetProperty("pageTitle").GetString(), StringComparison.Ordinal);
        using var lines = await server.Client.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/lines?count=20", Cancel);
        Assert.InRange((await lines.ReadJsonAsync(Cancel)).GetProperty("lines").GetArrayLength(), 1, LogStoreServer.Lines.Count - 1);
    }

    [Theory]
    [InlineData("index=main | delete", "delete")]
    [InlineData("index=main error | sendemail to=someone@example.org", "sendemail")]
    [InlineData("| rest /services/storage/passwords", "rest")]
    [InlineData("index=main | stats count by host | OutputLookup hosts.csv", "outputlookup")]
    [InlineData("index=main [| script python fetch]", "script")]
    [InlineData("index=main \"a | b\" |collect index=summary", "collect")]
    public async Task SearchThatWouldChangeOrSendSomething_Is400_AndSplunkIsNotCalled(string query, string command)
    {
        var calls = fixture.Splunk.Requests.Count;

        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = query })), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains($"FaultMaven only reads from Splunk: '{command}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(calls, fixture.Splunk.Requests.Count);
    }

    [Fact]
    public async Task PipesInsideQuotes_AndReadingCommands_AreSearched()
    {
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = "index=main \"| delete\" | stats count by host | table host count" })), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RefusalRepeatingTheToken_IsShownWithoutIt()
    {
        fixture.Splunk.Mode = LogStoreMode.RefusedEchoingCredentials;
        try
        {
            using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = Query })), Cancel);

            var detail = (await ApiAssert.AssertProblemAsync(response, 502, ProblemTypes.SourceUnavailable)).GetProperty("detail").GetString()!;
            Assert.Contains("refused FaultMaven's credentials (HTTP 401): invalid credentials", detail, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, detail, StringComparison.Ordinal);
        }
        finally
        {
            fixture.Splunk.Mode = LogStoreMode.Normal;
        }
    }

    [Fact]
    public async Task GarbageAnswer_IsSourceUnavailable()
    {
        fixture.Splunk.Mode = LogStoreMode.Garbage;
        try
        {
            using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = Query })), Cancel);

            var problem = await ApiAssert.AssertProblemAsync(response, 502, ProblemTypes.SourceUnavailable);
            Assert.Contains("Splunk answered with something other than JSON lines", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            fixture.Splunk.Mode = LogStoreMode.Normal;
        }
    }

    [Fact]
    public async Task Model_CallsSearchSplunk_AndTheEventsBecomeEvidenceItCanCite()
    {
        await using var model = await ScriptedLlmServer.StartAsync(Cancel);
        model.Then(
            LlmStep.CallTool("search_splunk", _ => JsonSerializer.Serialize(new { query = Query, since = "1h" })),
            LlmStep.Reply("""{"root_cause": "the payment database refuses connections.", "category": "dependency_failure", "answer": "## Root cause\n\nconnection refused."}"""));
        var settings = Settings(fixture.Splunk.BaseAddress.ToString());
        settings["FM_OPENAI_API_KEY"] = "sk-test";
        settings["FM_OPENAI_URL"] = model.OpenAIEndpoint.ToString();
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "why are orders failing?"}"""), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var requests = model.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Contains("\"search_splunk\"", requests[0], StringComparison.Ordinal);
        using var data = await server.Client.GetAsync($"/api/v1/cases/{reply.GetProperty("caseId").GetString()}/data", Cancel);
        var upload = Assert.Single((await data.ReadJsonAsync(Cancel)).GetProperty("items").EnumerateArray());
        Assert.Contains(upload.GetProperty("id").GetString()!, requests[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrlWithoutAToken_StopsStartUp()
    {
        var settings = new Dictionary<string, string?> { ["FM_SPLUNK_URL"] = fixture.Splunk.BaseAddress.ToString() };

        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await (await InProcessServer.StartAsync(settings, cancellationToken: Cancel)).DisposeAsync());

        Assert.Contains(FaultMavenApplication.DescribeConfigurationErrors(error, settings), line => line.Contains("FM_SPLUNK_URL is set without FM_SPLUNK_TOKEN", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> Settings(string url) => new()
    {
        ["FM_SPLUNK_URL"] = url,
        ["FM_SPLUNK_TOKEN"] = Token,
        ["FM_FEATURES"] = "live-sources:on",
    };

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await fixture.Server.Client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync(Cancel);
    }

    /// <summary>The Splunk stand-in and a FaultMaven server reading it.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public SplunkApiServer Splunk { get; private set; } = null!;

        public InProcessServer Server { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Splunk = await SplunkApiServer.StartNewAsync();
            Server = await InProcessServer.StartAsync(Settings(Splunk.BaseAddress.ToString()));
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            await Splunk.DisposeAsync();
        }
    }
}
