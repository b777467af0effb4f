using System.Net;
using System.Text.Json;
using FaultMaven.Server.Tests.Endpoints;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>The whole alert path with real parts: a real Prometheus scrapes a FaultMaven server's own /metrics and evaluates a rule on
/// them, a real Alertmanager routes what fires to the server's intake with its token, and the server, reading that same Prometheus as a
/// live source, opens a case with the alert as evidence, investigates it in the background and cites the series it fetched for the
/// alert's expression.</summary>
public sealed class AlertPathEndToEndTests
{
    private const string Token = "am-token-0123456789abcdef-e2e";

    // Fires on a real series: the server's own 404s, counted by ASP.NET Core on /metrics, once more than five came within three minutes
    // (a minute was too short on a loaded machine: missed scrapes left no sample before the burst inside the range, and it never fired).
    private const string NotFoundSeries = "http_server_request_duration_seconds_count{job=\"faultmaven\",http_response_status_code=\"404\"}";

    // The side of the rule compared with its threshold: what a failure shows over the last minutes.
    private const string ComparedSide = "sum by (job) (increase(" + NotFoundSeries + "[3m]))";

    private const string Rules = """
        groups:
          - name: faultmaven-e2e
            rules:
              - alert: FaultMavenNotFoundBurst
                expr: sum by (job) (increase(http_server_request_duration_seconds_count{job="faultmaven",http_response_status_code="404"}[3m])) > 5
                for: 0s
                labels:
                  severity: warning
                  service: faultmaven
                annotations:
                  summary: FaultMaven answers many 404s
        """;

    // The 404 series from its first sample to the burst. An alert's series is fetched from 30 minutes before it started, one point
    // each 8 s (240 points at most), one of them at the evaluation that fired: five or more points of a quiet baseline before it let
    // the series analysis (a spike needs 5 points and a median below it) see the burst for what it is.
    private static readonly TimeSpan Baseline = TimeSpan.FromSeconds(48);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RuleFiringOnFaultMavensOwnMetrics_ReachesTheIntakeThroughAlertmanager_AndTheInvestigationCitesTheFetchedSeries()
    {
        // In this test process, with the other tests' servers beside it: its /metrics counts only its own requests (TelemetryExtensions;
        // MetricsIsolationTests). It used to count theirs and lose its own 404s when one of them stopped, and the rule never fired.
        await using var prometheus = PrometheusServer.Create();
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_ALERTMANAGER_TOKEN"] = Token,
            ["FM_PROMETHEUS_URL"] = prometheus.BaseAddress.ToString(),
            ["FM_FEATURES"] = "live-sources:on",
        }, cancellationToken: Cancel);
        var client = server.Client;
        await using var alertmanager = await AlertmanagerServer.StartNewAsync(new Uri(server.BaseAddress, "/api/v1/integrations/alertmanager").ToString(), Token);
        // Every 3 s: a server answering /metrics slowly on a loaded machine still gets scraped (the timeout is the interval).
        await prometheus.StartScrapingAsync(server.BaseAddress.Authority, "faultmaven", Rules, alertmanager.BaseAddress, scrapeSeconds: 3);
        using (var first = await client.GetAsync("/api/v1/cases/case_missing", Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        }

        var reader = new CaseReader(client);
        var diagnosis = new AlertPathDiagnosis(prometheus, alertmanager, server.BaseAddress, reader, "FaultMavenNotFoundBurst", ComparedSide, NotFoundSeries);
        // Time, not a count of samples: on a loaded machine some scrapes are missed, which the baseline does not need (each point
        // reads the last minutes), while a count of samples would wait on every one of them.
        try
        {
            await prometheus.WaitForSamplesAsync(NotFoundSeries, TimeSpan.FromSeconds(90), Cancel);
        }
        catch (TimeoutException timeout)
        {
            Assert.Fail($"{timeout.Message}\n{await diagnosis.DescribeAsync()}");
        }

        await Task.Delay(Baseline, Cancel);
        for (var i = 0; i < 8; i++)
        {
            using var missing = await client.GetAsync($"/api/v1/cases/case_missing{i}", Cancel);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        var (id, turns) = await InvestigatedCaseAsync(reader, "FaultMavenNotFoundBurst", TimeSpan.FromSeconds(120), diagnosis.DescribeAsync);

        Assert.Equal(["user", "assistant"], turns.Take(2).Select(t => t.GetProperty("role").GetString()));
        Assert.StartsWith("Alert FaultMavenNotFoundBurst is firing", turns[0].GetProperty("content").GetString(), StringComparison.Ordinal);
        var uploads = (await reader.GetAsync($"/api/v1/cases/{id}/data")).GetProperty("items").EnumerateArray().ToList();
        var alert = Assert.Single(uploads, u => u.GetProperty("fileName").GetString()!.StartsWith("alertmanager-FaultMavenNotFoundBurst-", StringComparison.Ordinal));
        Assert.Equal("alert", alert.GetProperty("classification").GetProperty("type").GetString());
        var series = Assert.Single(uploads, u => u.GetProperty("fileName").GetString()!.StartsWith("prometheus-", StringComparison.Ordinal));
        Assert.Equal("metrics", series.GetProperty("classification").GetProperty("type").GetString());
        var seriesId = series.GetProperty("id").GetString()!;
        var lines = (await reader.GetAsync($"/api/v1/cases/{id}/data/{seriesId}/lines?count=40")).GetProperty("lines").EnumerateArray().Select(l => l.GetString()!.Trim()).ToList();
        // What the rule compared with its threshold, not the rule itself (which has samples only while it fires).
        Assert.True(lines.Any(l => l.StartsWith("\"query\": \"sum by (job) (increase(http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && l.EndsWith("[3m]))\",", StringComparison.Ordinal)), string.Join('\n', lines));

        // The engine read the burst in the fetched series and cites it.
        var answer = turns[1].GetProperty("content").GetString()!;
        Assert.True(answer.Contains($"[upload:{seriesId}", StringComparison.Ordinal), answer);
    }

    /// <summary>Polls until a case titled after <paramref name="alertName"/> has its question and its answer.</summary>
    private static async Task<(string Id, List<JsonElement> Turns)> InvestigatedCaseAsync(CaseReader reader, string alertName, TimeSpan timeout, Func<Task<string>> diagnose)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var cases = await reader.GetAsync($"/api/v1/cases?q={alertName}");
            if (cases.GetProperty("items").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } found
                && await reader.TurnsAsync(found.GetProperty("id").GetString()!) is { Count: >= 2 } turns)
            {
                return (found.GetProperty("id").GetString()!, turns);
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"no investigated case for {alertName} after {timeout.TotalSeconds} s.\n{await diagnose()}");
            }

            await Task.Delay(200, Cancel);
        }
    }
}
