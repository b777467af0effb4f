using System.Net;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>Issue 18 (hostile pass, D1): one team's queries that Prometheus fails on (a query too heavy: 503 after its query timeout)
/// opened the one Prometheus circuit, and every other team got 502 for 30 s. The circuit is per team.</summary>
public sealed class PrometheusCircuitPerTeamTests : IAsyncLifetime
{
    private const string Empty = """{"status":"success","data":{"resultType":"matrix","result":[]}}""";
    private const string TimedOut = """{"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"}""";

    private WebApplication _prometheus = null!;
    private SecuredServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // A Prometheus stand-in that times out on one expensive expression and answers every other call.
        _prometheus = LoopbackApp.Create();
        _prometheus.MapGet("/api/v1/{**endpoint}", (HttpContext context) =>
            context.Request.Query["query"].ToString().Contains("heavy_metric", StringComparison.Ordinal)
                ? Results.Content(TimedOut, "application/json", statusCode: 503)
                : Results.Content(Empty, "application/json"));
        var address = await _prometheus.StartOnLoopbackAsync(Token);
        _server = await SecuredServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_PROMETHEUS_URL"] = address.ToString(),
            ["FM_FEATURES"] = "live-sources:on",
        }, cancellationToken: Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _prometheus.DisposeAsync();
    }

    [Fact]
    public async Task Issue18_OneTeamsFailingQueries_DoNotOpenTheCircuitForAnotherTeam()
    {
        var (red, _) = await _server.UserAsync("rita", "engineer", "red", Token);
        var (blue, _) = await _server.UserAsync("bruno", "engineer", "blue", Token);

        for (var i = 0; i < 4; i++)
        {
            using var failed = await red.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "errors?", "prometheus": "sum(rate(heavy_metric[30d]))"}"""), Token);
            await ApiAssert.AssertProblemAsync(failed, 502, ProblemTypes.SourceUnavailable);
        }

        // Red's own circuit is open now: its next call is refused without reaching Prometheus.
        using var redAgain = await red.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "errors?", "prometheus": "up"}"""), Token);
        Assert.Contains("circuit open", (await ApiAssert.AssertProblemAsync(redAgain, 502, ProblemTypes.SourceUnavailable)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var answered = await blue.PostAsync("/api/v1/agent/query", ApiAssert.Json("""{"message": "errors?", "prometheus": "up"}"""), Token);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }
}
