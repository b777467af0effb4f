using System.Net;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Slo;

/// <summary>GET /api/v1/slo: its shape with the shipped defaults, an objective turned off, requests counted in their group, and who may read it.</summary>
public sealed class SloReportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Report_ShowsEachObjective_WithTargetWindowBudgetBurnRatesAndState()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_SLO_UPLOAD_TARGET"] = "off", ["FM_SLO_EVALUATION_INTERVAL"] = "100ms",
        }, cancellationToken: Token);
        for (var i = 0; i < 3; i++)
        {
            (await server.Client.GetAsync($"/api/v1/knowledge/search?q=redis+{i}", Token)).EnsureSuccessStatusCode();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/v1/cases/case_missing", Token)).StatusCode);
        (await server.Client.GetAsync("/health/ready", Token)).EnsureSuccessStatusCode(); // not an API route: counted nowhere

        // A request is measured as it ends, a moment after its client has the answer: wait for an evaluation that has all four.
        var report = await EventuallyAsync(server, r => SloAlertingTests.Objective(r, "knowledge-search").GetProperty("total").GetInt64() == 3
            && SloAlertingTests.Objective(r, "api-latency").GetProperty("total").GetInt64() >= 1);

        Assert.Equal(["availability", "api-latency", "knowledge-search", "agent-turn"],
            report.GetProperty("objectives").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrEmpty(report.GetProperty("instance").GetString()));
        var availability = SloAlertingTests.Objective(report, "availability");
        Assert.Equal(0.999, availability.GetProperty("target").GetDouble(), 9);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, availability.GetProperty("threshold").ValueKind);
        Assert.Equal("30d", availability.GetProperty("window").GetString());
        // Three searches and a 404, none a server error (the report reads of this test may add more).
        Assert.True(availability.GetProperty("total").GetInt64() >= 4);
        Assert.Equal(availability.GetProperty("total").GetInt64(), availability.GetProperty("good").GetInt64());
        Assert.Equal(1, availability.GetProperty("errorBudgetRemaining").GetDouble());
        Assert.Equal("ok", availability.GetProperty("state").GetString());
        Assert.Equal(["5m", "30m", "1h", "2h", "6h", "1d", "3d"], availability.GetProperty("burnRates").EnumerateArray().Select(r => r.GetProperty("window").GetString()));
        Assert.All(availability.GetProperty("burnRates").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("rate").GetDouble()));
        Assert.Equal(
            ["page 1h/5m@14.4", "page 6h/30m@6", "ticket 1d/2h@3", "ticket 3d/6h@1"],
            availability.GetProperty("conditions").EnumerateArray().Select(c =>
                $"{c.GetProperty("severity").GetString()} {c.GetProperty("longWindow").GetString()}/{c.GetProperty("shortWindow").GetString()}@{c.GetProperty("factor").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        var search = SloAlertingTests.Objective(report, "knowledge-search");
        Assert.Equal("100ms", search.GetProperty("threshold").GetString());
        Assert.Equal(0.99, search.GetProperty("target").GetDouble(), 9);
        Assert.Equal("30s", SloAlertingTests.Objective(report, "agent-turn").GetProperty("threshold").GetString());
        Assert.Equal(0, SloAlertingTests.Objective(report, "agent-turn").GetProperty("total").GetInt64());
        Assert.Equal("250ms", SloAlertingTests.Objective(report, "api-latency").GetProperty("threshold").GetString());
    }

    [Fact]
    public async Task Report_NeedsAViewer()
    {
        await using var secured = await SecuredServer.StartAsync(cancellationToken: Token);
        var (viewer, _) = await secured.UserAsync("dashboard", "viewer", "payments", Token);

        using var anonymous = await secured.Anonymous.GetAsync("/api/v1/slo", Token);
        await ApiAssert.AssertProblemAsync(anonymous, 401, FaultMaven.Server.Problems.ProblemTypes.Unauthorized);
        using var read = await viewer.GetAsync("/api/v1/slo", Token);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(5, (await read.ReadJsonAsync(Token)).GetProperty("objectives").GetArrayLength());
    }

    private static async Task<System.Text.Json.JsonElement> EventuallyAsync(InProcessServer server, Func<System.Text.Json.JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var report = await (await server.Client.GetAsync("/api/v1/slo", Token)).ReadJsonAsync(Token);
            if (done(report))
            {
                return report;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the report never got there: {report}");
            await Task.Delay(100, Token);
        }
    }
}
