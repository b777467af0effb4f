using System.Net;
using System.Text.Json;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Telemetry;

/// <summary>A real Prometheus scrapes a real server's /metrics as docs/OPERATIONS.md configures it (every second here): with
/// FM_AUTH=required the API wants credentials but /metrics does not, the target is up, and FaultMaven's series can be queried.</summary>
public sealed class PrometheusScrapeTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prometheus_ScrapesASecuredServer_TargetUp_AndItsSeriesQueryable()
    {
        await using var secured = await SecuredServer.StartAsync(cancellationToken: Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, (await secured.Anonymous.GetAsync("/api/v1/cases", Cancel)).StatusCode);
        (await secured.Admin.GetAsync("/api/v1/cases", Cancel)).EnsureSuccessStatusCode();
        await using var prometheus = await PrometheusServer.StartNewAsync(secured.Server.BaseAddress.Authority, "faultmaven");

        await prometheus.WaitForSamplesAsync("up{job=\"faultmaven\"} == 1", TimeSpan.FromSeconds(60), Cancel);
        using var client = new HttpClient { BaseAddress = prometheus.BaseAddress };

        var target = Assert.Single((await GetAsync(client, "api/v1/targets?state=active")).GetProperty("activeTargets").EnumerateArray());
        Assert.Equal("up", target.GetProperty("health").GetString());
        Assert.Equal("", target.GetProperty("lastError").GetString());
        Assert.Equal($"http://{secured.Server.BaseAddress.Authority}/metrics", target.GetProperty("scrapeUrl").GetString());

        // The API request above, counted with its endpoint group (what the SLO rules select on), and the SLO gauges of each objective.
        var requests = await QueryAsync(client, "sum by (faultmaven_endpoint_group) (http_server_request_duration_seconds_count{job=\"faultmaven\",faultmaven_endpoint_group=\"api\"})");
        Assert.True(Assert.Single(requests).GetProperty("value")[1].GetString() is { } count && double.Parse(count, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var objectives = await QueryAsync(client, "faultmaven_slo_state{job=\"faultmaven\"}");
        Assert.Equal(["agent-turn", "api-latency", "availability", "knowledge-search", "upload"],
            objectives.Select(o => o.GetProperty("metric").GetProperty("objective").GetString()).Order(StringComparer.Ordinal));
    }

    private static async Task<List<JsonElement>> QueryAsync(HttpClient client, string query)
    {
        // The scrape that holds the series may be a second away: ask again until it is there, within a bound.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var result = (await GetAsync(client, $"api/v1/query?query={Uri.EscapeDataString(query)}")).GetProperty("result").EnumerateArray().ToList();
            if (result.Count > 0 || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(250, Cancel);
        }
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Cancel);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return json.RootElement.GetProperty("data").Clone();
    }
}
