using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>Loki as a live log source, against a real HTTP server speaking Loki's query API: what the client sends (query, window,
/// limit, direction, tenant, credentials), a turn's LogQL stored as a log upload with its query and cited by the answer, a secret in a
/// fetched line redacted in storage, a service the question names, and the failures — bad LogQL, a metric query, slow and down
/// upstreams, the flag off, another team. What every log source does alike is in <see cref="LogSourceTests"/>.</summary>
public sealed class LokiSourceTests(LokiSourceTests.Fixture fixture) : IClassFixture<LokiSourceTests.Fixture>
{
    private const string Query = "{app=\"checkout\"} |= \"error\"";
    private const string AlertToken = "am-token-0123456789abcdef";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Turn_WithALokiQuery_SendsQueryWindowTenantAndCredentials_StoresTheLinesAsALog_AndTheAnswerCitesThem()
    {
        fixture.Loki.Mode = LogStoreMode.Normal;
        var before = DateTimeOffset.UtcNow;
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json(JsonSerializer.Serialize(new { message = "why are checkout orders failing?", loki = Query, since = "30m" })), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var sent = fixture.Loki.Requests.Last(r => r.PathAndQuery.StartsWith("/loki/api/v1/query_range", StringComparison.Ordinal));
        Assert.Equal(Query, sent.Parameter("query"));
        var start = DateTimeOffset.UnixEpoch.AddTicks(long.Parse(sent.Parameter("start")!, System.Globalization.CultureInfo.InvariantCulture) / 100);
        var end = DateTimeOffset.UnixEpoch.AddTicks(long.Parse(sent.Parameter("end")!, System.Globalization.CultureInfo.InvariantCulture) / 100);
        Assert.Equal(TimeSpan.FromMinutes(30), end - start);
        Assert.InRange(end, before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal("1000", sent.Parameter("limit"));
        Assert.Equal("backward", sent.Parameter("direction"));
        Assert.Equal("team-a", sent.Tenant);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("fm-reader:loki-pass-0123")), sent.Authorization);

        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        var upload = (await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}")).GetProperty("upload");
        Assert.StartsWith("loki-checkout-", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Equal("log", upload.GetProperty("classification").GetProperty("type").GetString());
        Assert.Contains(Query, upload.GetProperty("pageTitle").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(fixture.Loki.BaseAddress + "loki/api/v1/query_range?query=", upload.GetProperty("sourceUrl").GetString(), StringComparison.Ordinal);

        // Oldest first, time first, then the stream's labels, then the line.
        var lines = (await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/lines?count=20")).GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(LogStoreServer.Lines.Count, lines.Count);
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z \\{app=\"checkout\", level=\"info\", namespace=\"shop\"\\} INFO checkout: started", lines[0]);
        Assert.Contains("connection refused", lines[1], StringComparison.Ordinal);

        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == uploadId);
        Assert.Contains("connection refused", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MultiLineEntryWithControls_StaysOneEntry_WithoutTerminalEscapes()
    {
        fixture.Loki.Mode = LogStoreMode.Normal;
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json(JsonSerializer.Serialize(new { message = "what broke?", loki = "{app=\"checkout\"} |= \"forged\"" })), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);
        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;

        var lines = (await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/lines?count=20")).GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToArray();

        Assert.Equal(3, lines.Length);
        // The escape sequences go whole (a terminal's title, a screen clear); the entry's further lines are indented continuations.
        Assert.EndsWith(" {app=\"checkout\"} ERROR checkout: boom", lines[0], StringComparison.Ordinal);
        Assert.Matches("^\\s+2020-01-01T00:00:00\\.000Z \\{app=\"admin\"\\} INFO all is well$", lines[1]);
        Assert.Matches("^\\s+at Checkout\\.Pay\\(\\)$", lines[2]);
        Assert.DoesNotContain(lines, l => l.Contains('\u001b', StringComparison.Ordinal) || l.Contains('\r', StringComparison.Ordinal) || l.Contains('\u0007', StringComparison.Ordinal));
    }

    [Fact]
    public async Task AlertNamingAService_BringsItsErrorLinesFromLoki()
    {
        fixture.Loki.Mode = LogStoreMode.Normal;
        var started = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var notification = $$"""
            {"version": "4", "groupKey": "{}:{alertname=\"CheckoutErrors\"}", "status": "firing", "receiver": "faultmaven",
             "commonLabels": {"alertname": "CheckoutErrors", "app": "checkout", "severity": "critical"},
             "commonAnnotations": {"summary": "checkout errors above 100/s"},
             "alerts": [{"status": "firing", "labels": {"alertname": "CheckoutErrors", "app": "checkout", "severity": "critical"},
                         "annotations": {"summary": "checkout errors above 100/s"}, "startsAt": "{{started}}", "endsAt": "0001-01-01T00:00:00Z",
                         "generatorURL": "", "fingerprint": "c0ffee01"}]}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/integrations/alertmanager") { Content = ApiAssert.Json(notification) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AlertToken);
        using var response = await fixture.Server.Client.SendAsync(request, Cancel);
        var caseId = (await response.ReadJsonAsync(Cancel)).GetProperty("caseId").GetString()!;

        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<string> names;
        while (true)
        {
            names = [.. (await GetAsync($"/api/v1/cases/{caseId}/data")).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("fileName").GetString()!)];
            if (names.Count >= 2 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(200, Cancel);
        }

        Assert.Contains(names, n => n.StartsWith("loki-checkout-", StringComparison.Ordinal));
        var sent = fixture.Loki.Requests.Last(r => r.PathAndQuery.StartsWith("/loki/api/v1/query_range", StringComparison.Ordinal));
        var start = DateTimeOffset.UnixEpoch.AddTicks(long.Parse(sent.Parameter("start")!, System.Globalization.CultureInfo.InvariantCulture) / 100);
        // From 30 minutes before the alert started.
        Assert.InRange(start, DateTimeOffset.Parse(started, System.Globalization.CultureInfo.InvariantCulture).AddMinutes(-31), DateTimeOffset.Parse(started, System.Globalization.CultureInfo.InvariantCulture).AddMinutes(-29));
    }

    [Fact]
    public async Task SecretInAFetchedLine_IsRedactedInStorage()
    {
        fixture.Loki.Mode = LogStoreMode.Normal;
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json(JsonSerializer.Serialize(new { message = "what happened to the retried order?", loki = Query })), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);
        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;

        using var content = await fixture.Server.Client.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/content", Cancel);
        var stored = await content.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Contains("retrying order for", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAZ7Q3MX5TLP2WNR4K", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.k@example.org", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAZ7Q3MX5TLP2WNR4K", reply.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionNamingAService_BringsItsErrorLines()
    {
        fixture.Loki.Mode = LogStoreMode.Normal;
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "is checkout healthy?", "since": "20m"}"""), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        Assert.Contains(fixture.Loki.Requests, r => r.PathAndQuery.StartsWith("/loki/api/v1/label/app/values?start=", StringComparison.Ordinal));
        var sent = fixture.Loki.Requests.Last(r => r.PathAndQuery.StartsWith("/loki/api/v1/query_range", StringComparison.Ordinal));
        Assert.StartsWith("{app=\"checkout\"} |~ \"(?i)(error", sent.Parameter("query"), StringComparison.Ordinal);
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        var upload = (await GetAsync($"/api/v1/cases/{reply.GetProperty("caseId").GetString()}/data/{uploadId}")).GetProperty("upload");
        Assert.StartsWith("loki-checkout-", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionNamingAServiceThatLoggedNoErrors_IsAnswered_WithEvidenceSayingNothingMatched()
    {
        fixture.Loki.Mode = LogStoreMode.Empty;
        try
        {
            using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "is checkout healthy?", "since": "20m"}"""), Cancel);
            var reply = await response.ReadJsonAsync(Cancel);

            Assert.True(response.IsSuccessStatusCode, reply.ToString());
            var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
            using var content = await fixture.Server.Client.GetAsync($"/api/v1/cases/{reply.GetProperty("caseId").GetString()}/data/{uploadId}/content", Cancel);
            var text = (await content.ReadJsonAsync(Cancel)).GetProperty("text").GetString();
            Assert.StartsWith("No Loki entries matched the query {app=\"checkout\"}", text, StringComparison.Ordinal);
        }
        finally
        {
            fixture.Loki.Mode = LogStoreMode.Normal;
        }
    }

    [Fact]
    public async Task QueryMatchingNothing_IsAnswered()
    {
        fixture.Loki.Mode = LogStoreMode.Empty;
        try
        {
            using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", loki = Query })), Cancel);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            fixture.Loki.Mode = LogStoreMode.Normal;
        }
    }

    [Fact]
    public async Task BadLogQl_Is400WithLokisOwnMessageMadePrintable_AndOpensNoCase()
    {
        fixture.Loki.Mode = LogStoreMode.Normal;
        var before = (await GetAsync("/api/v1/cases")).GetProperty("total").GetInt32();

        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "errors?", "loki": "{app=\"checkout\""}"""), Cancel);

        var detail = (await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation)).GetProperty("detail").GetString()!;
        Assert.Contains("Loki rejected the query: parse error at line 1", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", detail, StringComparison.Ordinal);
        Assert.Equal(before, (await GetAsync("/api/v1/cases")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task MetricQuery_Is400SayingItIsNotLogLines()
    {
        fixture.Loki.Mode = LogStoreMode.Normal;
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "errors?", "loki": "rate({app=\"checkout\"}[5m])"}"""), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains("not log lines", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"message": "errors?", "loki": "  "}""", "loki must be a LogQL query")]
    [InlineData("""{"message": "errors?", "loki": "{app=\"x\"}", "since": "30d"}""", "at most 7 days")]
    public async Task BadQueryOrWindow_Is400(string body, string detail)
    {
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(body), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryLongerThanTheCap_Is400BeforeLokiIsCalled()
    {
        var calls = fixture.Loki.Requests.Count;
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", loki = "{app=\"checkout\"} |= \"" + new string('a', 5000) + "\"" })), Cancel);

        await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Equal(calls, fixture.Loki.Requests.Count);
    }

    [Fact]
    public async Task SlowLoki_TimesOut()
    {
        await using var loki = await LokiApiServer.StartNewAsync(Cancel);
        loki.Mode = LogStoreMode.Slow;
        var settings = Settings(loki.BaseAddress.ToString());
        settings["FM_LOKI_TIMEOUT_SECONDS"] = "1";
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        var clock = Stopwatch.StartNew();
        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", loki = Query })), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 502, ProblemTypes.SourceUnavailable);
        Assert.Contains("did not answer within 1 s", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task LokiDown_FailsClearly_ThenTheCircuitOpens_AndTheAnswerNamesNoCredentials()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var server = await InProcessServer.StartAsync(Settings($"http://127.0.0.1:{port}"), cancellationToken: Cancel);
        var details = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", loki = Query })), Cancel);
            details.Add((await ApiAssert.AssertProblemAsync(response, 502, ProblemTypes.SourceUnavailable)).GetProperty("detail").GetString()!);
        }

        Assert.All(details.Take(3), d => Assert.Contains("cannot be reached", d, StringComparison.Ordinal));
        Assert.Contains("circuit open", details[3], StringComparison.Ordinal);
        Assert.All(details, d => Assert.DoesNotContain("loki-pass-0123", d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LiveSourcesOff_Is400NamingTheFlag_AndLokiIsNotCalled()
    {
        var calls = fixture.Loki.Requests.Count;
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_LOKI_URL"] = fixture.Loki.BaseAddress.ToString() }, cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "is checkout up?", loki = Query })), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains("FM_FEATURES=live-sources:on", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(calls, fixture.Loki.Requests.Count);
    }

    [Theory]
    [InlineData("FM_LOKI_URL", "loki:3100", "FM_LOKI_URL is not valid")]
    [InlineData("FM_LOKI_URL", "http://user:pw@loki:3100", "FM_LOKI_URL is not valid")]
    [InlineData("FM_LOKI_TENANT", "a tenant", "FM_LOKI_TENANT")]
    [InlineData("FM_LOKI_TOKEN", "tok", "FM_LOKI_TOKEN and FM_LOKI_USERNAME are both set")]
    public async Task BadConfiguration_StopsStartUp(string variable, string value, string message)
    {
        var settings = Settings("http://127.0.0.1:9");
        settings["FM_LOKI_USERNAME"] = "reader";
        settings[variable] = value;

        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await (await InProcessServer.StartAsync(settings, cancellationToken: Cancel)).DisposeAsync());

        // As fm serve prints it: one line per bad variable, by name.
        Assert.Contains(FaultMavenApplication.DescribeConfigurationErrors(error, settings), line => line.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FetchedEvidence_IsInvisibleToAnotherTeam()
    {
        fixture.Loki.Mode = LogStoreMode.Normal;
        var settings = Settings(fixture.Loki.BaseAddress.ToString());
        await using var secured = await SecuredServer.StartAsync(settings, cancellationToken: Cancel);
        var (alice, _) = await secured.UserAsync("alice", "engineer", "red", Cancel);
        var (bob, _) = await secured.UserAsync("bob", "engineer", "blue", Cancel);

        using var asked = await alice.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", loki = Query })), Cancel);
        var reply = await asked.ReadJsonAsync(Cancel);
        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;

        using var own = await alice.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}", Cancel);
        using var other = await bob.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}", Cancel);
        using var otherContent = await bob.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/content", Cancel);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherContent.StatusCode);
    }

    private static Dictionary<string, string?> Settings(string lokiUrl) => new()
    {
        ["FM_LOKI_URL"] = lokiUrl,
        ["FM_LOKI_TENANT"] = "team-a",
        ["FM_LOKI_USERNAME"] = "fm-reader",
        ["FM_LOKI_PASSWORD"] = "loki-pass-0123",
        ["FM_FEATURES"] = "live-sources:on",
        ["FM_ALERTMANAGER_TOKEN"] = AlertToken,
    };

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await fixture.Server.Client.GetAsync(path, Cancel);
        return await response.ReadJsonAsync(Cancel);
    }

    /// <summary>The Loki stand-in and a FaultMaven server reading it.</summary>
    public sealed class Fixture() : LogStoreFixture<LokiApiServer>(() => LokiApiServer.StartNewAsync(), Settings)
    {
        public LokiApiServer Loki => Store;
    }
}
