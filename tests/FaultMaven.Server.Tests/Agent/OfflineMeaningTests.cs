using System.Text;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Data;
using FaultMaven.Core.Knowledge;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>With <c>FM_EMBEDDINGS=off</c> the offline engine judges runbooks by words as before the semantic gate: a runbook whose
/// passage shares the evidence's words supplies the fix, one describing the same failure in other words is not found.</summary>
public sealed class OfflineMeaningTests : IAsyncLifetime
{
    private const string SharedWords = """
        # Orders database connection pool exhausted

        ## Symptoms

        - orders-api logs "connection pool exhausted" and requests queue

        ## Mitigation

        1. Restart the orders-api pods one at a time to release leaked connections
        2. Lower orders-api replicas' pool size so the total stays under max_connections
        """;

    private const string OtherWords = """
        # Ordering service waits for a free database session

        ## What happens

        Every session the ordering backend may open is taken by work that never hands it back, so new work waits for one.

        ## Mitigation

        - Recycle the ordering backend's instances in turn to free the sessions they hold
        """;

    private readonly TempDirectory _directory = new();
    private IHost? _host;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = FaultMavenApplication.CreateEmbedded(new Dictionary<string, string?> { ["FM_DATA_DIR"] = _directory.Path, ["FM_DATA_WARMUP"] = "false", ["FM_EMBEDDINGS"] = "off" });
        await _host.StartAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _host!.StopAsync(Token);
        _host.Dispose();
        _directory.Dispose();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EmbeddingsOff_TheRunbookSharingTheEvidencesWordsGivesTheFix_TheOneInOtherWordsIsNotFound(bool sharedWords)
    {
        var knowledge = _host!.Services.GetRequiredService<KnowledgeService>();
        Assert.Equal("off", knowledge.Status().State);
        var imported = await knowledge.ImportAsync(Encoding.UTF8.GetBytes(sharedWords ? SharedWords : OtherWords), "runbook.md", new DocumentMetadata(Id: "runbook"), cancellationToken: Token);
        Assert.True(imported.Succeeded);
        var log = string.Concat(Enumerable.Range(0, 50).Select(i => $"2026-06-13T09:00:{i:00}Z ERROR orders-api: connection pool exhausted (active=40, idle=0, waiting={i + 3})\n"));

        var agent = _host.Services.GetRequiredService<AgentService>();
        var outcome = await agent.QueryAsync("orders-api is timing out", [new TurnAttachment(new MemoryStream(Encoding.UTF8.GetBytes(log)), new DataSource("orders-api.log"))], Token);

        Assert.True(outcome.Succeeded, outcome.Failure?.Detail);
        var steps = outcome.Value.Investigation.Solution!.Steps;
        var cited = outcome.Value.Citations.Any(c => c.Kind == Core.Cases.Investigation.EvidenceKind.KnowledgeChunk && c.Id.StartsWith("runbook#", StringComparison.Ordinal));
        Assert.Equal(sharedWords, cited);
        Assert.Equal(sharedWords, steps.Any(s => s.StartsWith("Restart the orders-api pods one at a time", StringComparison.Ordinal)));
        Assert.DoesNotContain(steps, s => s.StartsWith("Recycle the ordering backend", StringComparison.Ordinal));
    }
}
