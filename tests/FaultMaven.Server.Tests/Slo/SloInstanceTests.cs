using System.Net;
using FaultMaven.Server.Slo;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Slo;

/// <summary>Each server counts only its own requests: two servers in one process share the process's meters and listeners, and
/// one's requests must not show in the other's objectives (nor be lost to it), and GET /api/v1/slo holds them once evaluated.</summary>
public sealed class SloInstanceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_servers_in_one_process_each_count_only_their_own_requests()
    {
        var settings = new Dictionary<string, string?> { ["FM_EMBEDDINGS"] = "off", ["FM_SLO_EVALUATION_INTERVAL"] = "100ms" };
        await using var uploads = await InProcessServer.StartAsync(settings, cancellationToken: Token);
        await using var searches = await InProcessServer.StartAsync(settings, cancellationToken: Token);

        Assert.Equal(HttpStatusCode.Created, (await uploads.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-own", text = "# Disk full\n\nRotate the logs." }, Token)).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            (await searches.Client.GetAsync($"/api/v1/knowledge/search?q=redis+{i}", Token)).EnsureSuccessStatusCode();
        }

        // A request is measured as it ends, a moment after its client has the answer.
        var ofUploads = await CountedAsync(uploads, "upload", 1);
        var ofSearches = await CountedAsync(searches, "knowledge-search", 3);

        // Totals only: whether a cold first request was within its latency threshold is the machine's, not the counting's.
        Assert.Equal(1, ofUploads);
        Assert.Equal(3, ofSearches);
        Assert.Equal(0, Total(searches, "upload"));
        Assert.Equal(0, Total(uploads, "knowledge-search"));

        // The report, as of the monitor's next evaluation, holds the same counts.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var report = await (await uploads.Client.GetAsync("/api/v1/slo", Token)).ReadJsonAsync(Token);
            if (SloAlertingTests.Objective(report, "upload").GetProperty("total").GetInt64() == 1)
            {
                Assert.Equal(0, SloAlertingTests.Objective(report, "knowledge-search").GetProperty("total").GetInt64());
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "the report never held the upload");
            await Task.Delay(100, Token);
        }
    }

    private static long Total(InProcessServer server, string objective) =>
        server.Services.GetRequiredService<SloTracker>().Evaluate(DateTimeOffset.UtcNow).Single(o => o.Name == objective).Total;

    private static async Task<long> CountedAsync(InProcessServer server, string objective, long expected)
    {
        var tracker = server.Services.GetRequiredService<SloTracker>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var counted = tracker.Evaluate(DateTimeOffset.UtcNow).Single(o => o.Name == objective);
            if (counted.Total >= expected || DateTime.UtcNow >= deadline)
            {
                return counted.Total;
            }

            await Task.Delay(50, Token);
        }
    }
}
