using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Sources;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>A real Prometheus (Debian's <c>prometheus</c>) scraping a loopback exporter whose error rate jumps from 1 to 250 per second:
/// the client's calls, a turn's PromQL stored as metrics evidence with its query and cited by the answer, a service the question names,
/// an alert's expression, and the failures — bad PromQL, a bad window, the flag off, Prometheus down or hanging.</summary>
public sealed class PrometheusSourceTests(PrometheusSourceTests.Fixture fixture) : IClassFixture<PrometheusSourceTests.Fixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Client_AnswersInstantAndRangeQueries_SeriesLabelsRulesAndAlerts()
    {
        var client = fixture.Server.Services.GetRequiredService<IPrometheusClient>();
        var now = DateTimeOffset.UtcNow;

        var instant = await client.QueryAsync("up{job=\"checkout\"}", null, Cancel);
        var range = await client.QueryRangeAsync("checkout_errors_per_second", now.AddMinutes(-2), now, TimeSpan.FromSeconds(1), Cancel);
        var series = await client.SeriesAsync("{job=\"checkout\"}", now.AddMinutes(-5), now, Cancel);
        var jobs = await client.LabelValuesAsync("job", Cancel);
        var rules = await client.RulesAsync(Cancel);
        var alerts = await client.AlertsAsync(Cancel);

        Assert.Contains("\"resultType\":\"vector\"", instant.Value!.Json, StringComparison.Ordinal);
        Assert.Contains("\"job\":\"checkout\"", instant.Value.Json, StringComparison.Ordinal);
        Assert.Contains("\"resultType\":\"matrix\"", range.Value!.Json, StringComparison.Ordinal);
        Assert.Contains("checkout_errors_per_second", series.Value!.Json, StringComparison.Ordinal);
        Assert.Contains("\"checkout\"", jobs.Value!.Json, StringComparison.Ordinal);
        Assert.Contains("\"groups\"", rules.Value!.Json, StringComparison.Ordinal);
        Assert.Contains("\"alerts\"", alerts.Value!.Json, StringComparison.Ordinal);
        Assert.StartsWith("/api/v1/query_range?query=checkout_errors_per_second&start=", range.Value.Request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turn_WithAPromQlQuery_StoresTheSeriesWithTheirQuery_AndTheAnswerCitesThem()
    {
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json("""{"message": "why are checkout errors up?", "prometheus": "checkout_errors_per_second", "since": "3m"}"""), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        var detail = await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}");
        var upload = detail.GetProperty("upload");
        Assert.StartsWith("prometheus-checkout_errors_per_second-", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Equal("metrics", upload.GetProperty("classification").GetProperty("type").GetString());
        var series = detail.GetProperty("analysis").GetProperty("metrics").GetProperty("series");
        Assert.Contains(series.EnumerateArray(), s => s.GetProperty("name").GetString()!.Contains("checkout_errors_per_second", StringComparison.Ordinal));
        Assert.Contains(series.EnumerateArray(), s => s.GetProperty("max").GetDouble() >= 250 && s.GetProperty("min").GetDouble() <= 1);

        var lines = (await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/lines?count=20")).GetProperty("lines").EnumerateArray().Select(l => l.GetString());
        Assert.Contains("\"query\": \"checkout_errors_per_second\",", lines.Select(l => l!.Trim()));

        // The engine read the jump and cites the fetched series for it.
        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == uploadId);
        Assert.Contains("checkout_errors_per_second", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionNamingAService_FetchesItsSeries()
    {
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "is checkout healthy?", "since": "2m"}"""), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var caseId = reply.GetProperty("caseId").GetString()!;
        var names = new List<string>();
        foreach (var id in reply.GetProperty("uploads").EnumerateArray())
        {
            names.Add((await GetAsync($"/api/v1/cases/{caseId}/data/{id.GetString()}")).GetProperty("upload").GetProperty("fileName").GetString()!);
        }

        Assert.Contains(names, n => n.StartsWith("prometheus-up-", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("prometheus-checkout_errors_per_second-", StringComparison.Ordinal));
        Assert.InRange(names.Count, 2, 4);
    }

    [Fact]
    public async Task BadPromQl_Is400WithPrometheusOwnMessage_AndOpensNoCase()
    {
        var before = (await GetAsync("/api/v1/cases")).GetProperty("total").GetInt32();

        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json("""{"message": "errors?", "prometheus": "rate(checkout_errors_per_second[1m"}"""), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains("Prometheus rejected the request", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await GetAsync("/api/v1/cases")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("""{"message": "errors?", "prometheus": "up", "since": "yesterday"}""", "since must be a duration")]
    [InlineData("""{"message": "errors?", "prometheus": "up", "since": "30d"}""", "at most 7 days")]
    [InlineData("""{"message": "errors?", "prometheus": "  "}""", "prometheus must be a PromQL expression")]
    public async Task BadWindowOrQuery_Is400(string body, string detail)
    {
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(body), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertWithAnExpression_BringsItsSeriesIntoTheCase()
    {
        var started = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var notification = $$"""
            {"version": "4", "groupKey": "{}:{alertname=\"CheckoutErrors\"}", "status": "firing", "receiver": "faultmaven",
             "commonLabels": {"alertname": "CheckoutErrors", "job": "checkout", "severity": "critical"},
             "commonAnnotations": {"summary": "checkout errors above 100/s"},
             "alerts": [{"status": "firing", "labels": {"alertname": "CheckoutErrors", "job": "checkout", "severity": "critical"},
                         "annotations": {"summary": "checkout errors above 100/s"}, "startsAt": "{{started}}", "endsAt": "0001-01-01T00:00:00Z",
                         "generatorURL": "http://prometheus:9090/graph?g0.expr={{Uri.EscapeDataString("checkout_errors_per_second > 100")}}&g0.tab=1", "fingerprint": "c0ffee"}]}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/integrations/alertmanager") { Content = ApiAssert.Json(notification) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Fixture.AlertToken);
        using var response = await fixture.Server.Client.SendAsync(request, Cancel);
        var caseId = (await response.ReadJsonAsync(Cancel)).GetProperty("caseId").GetString()!;

        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement items;
        while (true)
        {
            items = (await GetAsync($"/api/v1/cases/{caseId}/turns")).GetProperty("items");
            if (items.GetArrayLength() >= 2 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(200, Cancel);
        }

        Assert.Equal(2, items.GetArrayLength());
        var names = (await GetAsync($"/api/v1/cases/{caseId}/data")).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("fileName").GetString()!).ToList();
        Assert.Contains(names, n => n.StartsWith("alertmanager-CheckoutErrors-", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("prometheus-checkout_errors_per_second-", StringComparison.Ordinal));
        Assert.Contains("checkout_errors_per_second", items[1].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Model_CallsQueryPrometheus_AndTheSeriesBecomeEvidenceItCanCite()
    {
        await using var model = await ScriptedLlmServer.StartAsync(Cancel);
        model.Then(
            LlmStep.CallTool("query_prometheus", _ => """{"query": "checkout_errors_per_second", "since": "3m"}"""),
            LlmStep.Reply("""{"root_cause": "errors jumped to 250 per second.", "category": "unknown", "answer": "## Root cause\n\nerrors jumped."}"""));
        var settings = Settings(fixture.Prometheus.BaseAddress.ToString());
        settings["FM_OPENAI_API_KEY"] = "sk-test";
        settings["FM_OPENAI_URL"] = model.OpenAIEndpoint.ToString();
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "why are errors up?"}"""), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var requests = model.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Contains("\"query_prometheus\"", requests[0], StringComparison.Ordinal);
        using var data = await server.Client.GetAsync($"/api/v1/cases/{reply.GetProperty("caseId").GetString()}/data", Cancel);
        var upload = Assert.Single((await data.ReadJsonAsync(Cancel)).GetProperty("items").EnumerateArray());
        Assert.StartsWith("prometheus-checkout_errors_per_second-", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Contains(upload.GetProperty("id").GetString()!, requests[1], StringComparison.Ordinal); // the tool result names the upload to cite
    }

    [Fact]
    public async Task LiveSourcesOff_Is400NamingTheFlag()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_PROMETHEUS_URL"] = fixture.Prometheus.BaseAddress.ToString() }, cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "errors?", "prometheus": "up"}"""), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains("FM_FEATURES=live-sources:on", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrometheusDown_FailsClearlyAndFast_ThenTheCircuitOpens()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var server = await InProcessServer.StartAsync(Settings($"http://127.0.0.1:{port}"), cancellationToken: Cancel);
        var details = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 4; i++)
        {
            using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "errors?", "prometheus": "up"}"""), Cancel);
            details.Add((await ApiAssert.AssertProblemAsync(response, 502, ProblemTypes.SourceUnavailable)).GetProperty("detail").GetString()!);
        }

        Assert.All(details.Take(3), d => Assert.Contains("cannot be reached", d, StringComparison.Ordinal));
        Assert.Contains("circuit open", details[3], StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task PrometheusThatNeverAnswers_TimesOut()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<TcpClient>();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await silent.AcceptTcpClientAsync(Cancel));
            }
        }, Cancel);
        var settings = Settings($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}");
        settings["FM_PROMETHEUS_TIMEOUT_SECONDS"] = "1";
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        var clock = Stopwatch.StartNew();
        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "errors?", "prometheus": "up"}"""), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 502, ProblemTypes.SourceUnavailable);
        Assert.Contains("did not answer within 1 s", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        foreach (var client in accepted.ToArray())
        {
            client.Dispose();
        }
    }

    private static Dictionary<string, string?> Settings(string prometheusUrl) => new()
    {
        ["FM_PROMETHEUS_URL"] = prometheusUrl,
        ["FM_FEATURES"] = "live-sources:on",
    };

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await fixture.Server.Client.GetAsync(path, Cancel);
        return await response.ReadJsonAsync(Cancel);
    }

    /// <summary>The exporter, Prometheus scraping it every second, and a FaultMaven server reading that Prometheus. The exporter's
    /// error rate is 1 for the first samples, then 250: a jump the series analysis must find.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public const string AlertToken = "am-token-0123456789abcdef";

        private WebApplication? _exporter;
        private double _errors = 1;

        public PrometheusServer Prometheus { get; private set; } = null!;

        public InProcessServer Server { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            _exporter = LoopbackApp.Create();
            _exporter.MapGet("/metrics", () => Results.Text(
                $"# TYPE checkout_errors_per_second gauge\ncheckout_errors_per_second{{service=\"checkout\"}} {_errors.ToString(CultureInfo.InvariantCulture)}\n"
                + "# TYPE checkout_memory_bytes gauge\ncheckout_memory_bytes 52428800\n", "text/plain; version=0.0.4", Encoding.UTF8));
            var exporter = await _exporter.StartOnLoopbackAsync();
            Prometheus = await PrometheusServer.StartNewAsync(exporter.Authority, "checkout");
            await Prometheus.WaitForSamplesAsync("count_over_time(checkout_errors_per_second[5m]) >= 10", TimeSpan.FromSeconds(60));
            _errors = 250;
            await Prometheus.WaitForSamplesAsync("count_over_time((checkout_errors_per_second >= 250)[5m:1s]) >= 10", TimeSpan.FromSeconds(60));
            var settings = Settings(Prometheus.BaseAddress.ToString());
            settings["FM_ALERTMANAGER_TOKEN"] = AlertToken;
            Server = await InProcessServer.StartAsync(settings);
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            await Prometheus.DisposeAsync();
            await _exporter!.DisposeAsync();
        }
    }
}
