using System.Net;
using System.Text.RegularExpressions;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Telemetry;

/// <summary>Servers sharing one process (as every in-process test server does) each expose only their own request metrics at
/// /metrics, and keep them when another one stops.</summary>
public sealed class MetricsIsolationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Issue20_TwoServersInOneProcess_EachCountsOnlyItsOwnRequests_AndKeepsThemWhenTheOtherStops()
    {
        await using var kept = await InProcessServer.StartAsync(cancellationToken: Token);
        var stopped = await InProcessServer.StartAsync(cancellationToken: Token);
        await ExpectNotFoundAsync(kept, "/api/v1/sessions/only-on-kept");
        await ExpectNotFoundAsync(stopped, "/api/v1/cases/only-on-stopped");
        var other = await stopped.Client.GetStringAsync("/metrics", Token);
        await stopped.DisposeAsync();
        await ExpectNotFoundAsync(kept, "/api/v1/sessions/only-on-kept-again");

        var own = await kept.Client.GetStringAsync("/metrics", Token);

        // The stopped server's requests were never the kept one's, nor the reverse.
        Assert.DoesNotContain("http_route=\"/api/v1/cases/{id}\"", own, StringComparison.Ordinal);
        Assert.DoesNotContain("http_route=\"/api/v1/sessions/{id}\"", other, StringComparison.Ordinal);
        // Both of the kept server's 404s, the one before the other server stopped included (its stream used to be dropped with the other's).
        Assert.Matches(new Regex("""http_server_request_duration_seconds_count\{[^}]*http_response_status_code="404",http_route="/api/v1/sessions/\{id\}"[^}]*\} 2\b"""), own);
    }

    private static async Task ExpectNotFoundAsync(InProcessServer server, string path)
    {
        using var response = await server.Client.GetAsync(path, Token);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
