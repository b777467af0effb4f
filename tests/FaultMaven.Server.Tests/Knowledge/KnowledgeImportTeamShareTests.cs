using System.Net;
using FaultMaven.Server.Endpoints;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Slo;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Knowledge;

/// <summary>Slow bodies from a few teams cannot hold every place of the knowledge import queue: a team that already has an import in
/// is past its share once only the places kept for other teams are left (429 rate-limited, counted in
/// <c>faultmaven_http_rate_limited_total</c>), and a team with none still gets in and its import runs. Knowledge imports are judged
/// with uploads by the SLO, not by the API's latency objective. Every request that could wait behind a slow body is bounded.</summary>
public sealed class KnowledgeImportTeamShareTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Slow_bodies_from_two_teams_leave_a_third_team_a_place_and_its_import_runs()
    {
        await using var secured = await SecuredServer.StartAsync(new Dictionary<string, string?> { ["FM_KB_WRITERS"] = "engineer,admin" }, cancellationToken: Token);
        var server = secured.Server;
        var queue = server.Services.GetRequiredService<KnowledgeImportQueue>();
        var (red1, _) = await secured.UserAsync("red-1", "engineer", "red", Token);
        var (red2, _) = await secured.UserAsync("red-2", "engineer", "red", Token);
        var (blue1, _) = await secured.UserAsync("blue-1", "engineer", "blue", Token);
        var (blue2, _) = await secured.UserAsync("blue-2", "engineer", "blue", Token);
        var (green, _) = await secured.UserAsync("green", "engineer", "green", Token);

        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new List<Task<HttpResponseMessage>>();
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Token);
        bounded.CancelAfter(TimeSpan.FromSeconds(90));
        HttpResponseMessage overShare;
        HttpResponseMessage other;
        try
        {
            // Red two slow bodies, blue one: each holds a place while it trickles in (above the server's least body rate).
            foreach (var (client, id) in new[] { (red1, "rb-red-1"), (red2, "rb-red-2"), (blue1, "rb-blue-1") })
            {
                var admitted = queue.Admitted;
                slow.Add(client.PostAsync("/api/v1/knowledge/documents", new KnowledgeImportRefusalTests.TrickledDocument(id, release.Task), bounded.Token));
                while (queue.Admitted == admitted)
                {
                    await Task.Delay(20, bounded.Token);
                }
            }

            // Blue already has an import in and only the places kept for teams with none are left: blue is past its share.
            overShare = await blue2.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-blue-2", text = "# Disk full\n\nRotate the logs." }, bounded.Token);
            // Green has none: it gets a place, and runs, while the three bodies still trickle.
            other = await green.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-green", text = "# Disk full\n\nRotate the logs." }, bounded.Token);
            Assert.All(slow, s => Assert.False(s.IsCompleted, "a slow body ended before the other teams were answered"));
        }
        finally
        {
            release.TrySetResult();
        }

        var problem = await ApiAssert.AssertProblemAsync(overShare, 429, ProblemTypes.RateLimited);
        Assert.Contains("kept for those that have none", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(KnowledgeImportQueue.RetryAfterSeconds), overShare.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await green.GetAsync("/api/v1/knowledge/documents/rb-green", Token)).StatusCode);
        foreach (var done in await Task.WhenAll(slow))
        {
            Assert.Equal(HttpStatusCode.Created, done.StatusCode);
        }

        var metrics = await server.Client.GetStringAsync("/metrics", Token);
        Assert.Contains(metrics.Split('\n'), line => line.StartsWith("faultmaven_http_rate_limited_total{", StringComparison.Ordinal)
            && line.Contains("budget=\"knowledge-import-queue\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_knowledge_import_is_judged_by_the_upload_objective_not_the_api_latency_one()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        var tracker = server.Services.GetRequiredService<SloTracker>();

        using var imported = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-one", text = "# Disk full\n\nRotate the logs." }, Token);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (tracker.Evaluate(DateTimeOffset.UtcNow).Single(o => o.Name == "upload").Total < 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "the import was never counted as an upload");
            await Task.Delay(50, Token);
        }

        Assert.Equal(0, tracker.Evaluate(DateTimeOffset.UtcNow).Single(o => o.Name == "api-latency").Total);
    }
}
