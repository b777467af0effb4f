using System.Net;
using FaultMaven.Core.Common;
using FaultMaven.Server.Endpoints;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Slo;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Knowledge;

/// <summary>A knowledge import refused against a real server: past the caller's share of the import queue it is the caller's own
/// excess (429 rate-limited, Retry-After), not counted against availability; with every place taken by others the service is busy
/// (503, Retry-After); a team's embedding backlog past its share is its own excess too (429). A body sent slowly holds a place, not
/// the running one. The places are taken through the server's own queue, and every request that could wait behind a held one is
/// bounded, so nothing here waits behind work that never ends.</summary>
public sealed class KnowledgeImportRefusalTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_PastTheCallersShare_Is429RateLimited_WithRetryAfter_AndDoesNotBurnAvailability()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        var queue = server.Services.GetRequiredService<KnowledgeImportQueue>();
        // No sign-in: every client of this server has one share. It is taken: one import running, one waiting behind it.
        var running = await queue.EnterAsync(KnowledgeEndpoints.LocalImportShare, "held", Token);
        var waiting = queue.EnterAsync(KnowledgeEndpoints.LocalImportShare, "held", Token);
        // Sent with a deadline of its own: were it admitted after all, it would wait behind the held place, not hang the test.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Token);
        bounded.CancelAfter(TimeSpan.FromSeconds(60));

        try
        {
            var refused = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-one", text = "# Disk full\n\nRotate the logs." }, bounded.Token);
            using var body = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Token));
            var problem = body.RootElement;

            Assert.Equal((HttpStatusCode)429, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal("urn:faultmaven:problem:rate-limited", problem.GetProperty("type").GetString());
            Assert.Equal(429, problem.GetProperty("status").GetInt32());
            Assert.Equal(TimeSpan.FromSeconds(KnowledgeImportQueue.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);
            Assert.Equal(KnowledgeImportQueue.RetryAfterSeconds, problem.GetProperty("retryAfterSeconds").GetInt32());
            // Without sign-in there are no teams: the refusal does not speak of one.
            Assert.DoesNotContain("team", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            running.Value!.Dispose();
            (await waiting).Value?.Dispose();
        }

        await SloCounterAsync(server, requests: 1);
    }

    [Fact]
    public async Task Import_WithEveryPlaceTakenByOthers_Is503Busy_WithRetryAfter()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        var queue = server.Services.GetRequiredService<KnowledgeImportQueue>();
        var running = await queue.EnterAsync("other-0", "held", Token);
        var waiting = Enumerable.Range(1, KnowledgeImportQueue.Waiting).Select(i => queue.EnterAsync($"other-{i}", "held", Token)).ToList();

        try
        {
            var refused = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-one", text = "# Disk full\n\nRotate the logs." }, Token);
            using var body = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Token));
            var problem = body.RootElement;

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("urn:faultmaven:problem:service-unavailable", problem.GetProperty("type").GetString());
            Assert.Equal(TimeSpan.FromSeconds(KnowledgeImportQueue.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);
        }
        finally
        {
            running.Value!.Dispose();
            foreach (var place in waiting)
            {
                (await place).Value?.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_slowly_sent_import_does_not_hold_the_running_place_from_another_import()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        var queue = server.Services.GetRequiredService<KnowledgeImportQueue>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Eight bytes every 10 ms (800 B/s, above the server's least body rate), for as long as the test holds it.
        using var trickled = new TrickledDocument("rb-slow", release.Task);
        var slow = server.Client.PostAsync("/api/v1/knowledge/documents", trickled, Token);
        HttpResponseMessage fast;
        try
        {
            // The slow import has its place (and, were it taken before the body, the running one) before the other is sent.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (queue.Admitted == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the slow import was never admitted");
                await Task.Delay(20, Token);
            }

            // Bounded: were it to wait behind the slow body, it fails here rather than waiting for a body that does not end.
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Token);
            bounded.CancelAfter(TimeSpan.FromSeconds(60));
            fast = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-fast", text = "# Disk full\n\nRotate the logs." }, bounded.Token);
            Assert.False(slow.IsCompleted, "the slow body ended before the other import was answered");
        }
        finally
        {
            release.TrySetResult();
        }

        Assert.Equal(HttpStatusCode.Created, fast.StatusCode);
        using var done = await slow;
        Assert.Equal(HttpStatusCode.Created, done.StatusCode);
    }

    [Fact]
    public void A_teams_embedding_backlog_past_its_share_is_429_rate_limited_with_a_minute_to_wait()
    {
        var problem = KnowledgeEndpoints.EmbeddingBacklogFull(25_000).ToProblem();

        Assert.Equal(429, problem.StatusCode);
        Assert.Equal("urn:faultmaven:problem:rate-limited", problem.ProblemDetails.Type);
        Assert.Equal(60, problem.ProblemDetails.Extensions[FailureResults.RetryAfterExtension]);
        Assert.Contains("25,000 chunks your team imported still wait for vectors", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_backlog_of_all_teams_full_while_this_team_is_within_its_share_is_503_busy_with_a_minute_to_wait()
    {
        var problem = KnowledgeEndpoints.EmbeddingBacklogFullInAll(100_500).ToProblem();

        Assert.Equal(503, problem.StatusCode);
        Assert.Equal("urn:faultmaven:problem:service-unavailable", problem.ProblemDetails.Type);
        Assert.Equal(60, problem.ProblemDetails.Extensions[FailureResults.RetryAfterExtension]);
        Assert.Contains("100,500 chunks imported by all teams still wait for vectors", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    // A JSON document whose text is sent a few bytes at a time until released.
    internal sealed class TrickledDocument : HttpContent
    {
        private readonly string id;
        private readonly Task release;

        public TrickledDocument(string id, Task release)
        {
            this.id = id;
            this.release = release;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\",\"text\":\"# Slow upload\\n\\n"));
            while (!release.IsCompleted)
            {
                await stream.WriteAsync("restart "u8.ToArray());
                await stream.FlushAsync();
                await Task.WhenAny(release, Task.Delay(10));
            }

            await stream.WriteAsync("the pod.\"}"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    // Every request so far was answered below 500: the availability objective counted them all as good (the 429 among them).
    internal static async Task SloCounterAsync(InProcessServer server, int requests)
    {
        var tracker = server.Services.GetRequiredService<SloTracker>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var availability = tracker.Evaluate(DateTimeOffset.UtcNow).Single(o => o.Name == "availability");
            if (availability.Total >= requests)
            {
                Assert.Equal(availability.Total, availability.Good);
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the refused request was never counted");
            await Task.Delay(50, Token);
        }
    }
}
