using FaultMaven.Core.Cases;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Cases.Similar;
using FaultMaven.Core.Knowledge;
using FaultMaven.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Tests.Storage;

/// <summary>Resolved-case vectors outlive a restart, on SQLite (embedded) and on a real PostgreSQL (scale-out): the stores are stopped
/// and started again on the same files or database, with a new finder and a new embedder that counts what it embeds. Unchanged cases
/// are read back, not embedded; a new model, or a case re-resolved with another cause, is embedded again; and a team's search never
/// returns another team's case, however alike.</summary>
public abstract class SimilarIncidentVectorsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _directory = new();
    private IReadOnlyDictionary<string, string?> _settings = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<IReadOnlyDictionary<string, string?>> SettingsAsync();

    public async ValueTask InitializeAsync()
    {
        _settings = await SettingsAsync();
        await using var stores = await StartAsync();
        var cases = stores.Get<ICaseStore>();
        await cases.CreateAsync(Resolved("cas_red_redis", "red", "checkout cannot reach redis", "redis is down: connections to 6379 are refused", "restart redis"), Ct);
        await cases.CreateAsync(Resolved("cas_red_tls", "red", "TLS certificate expired on the api gateway", "the gateway certificate expired", "renew the certificate"), Ct);
        // Word for word the red case, in another team.
        await cases.CreateAsync(Resolved("cas_blue_redis", "blue", "checkout cannot reach redis", "redis is down: connections to 6379 are refused", "restart redis"), Ct);
        await cases.CreateAsync(Open("cas_red_now", "red", "checkout fails: redis connection refused"), Ct);
        await cases.CreateAsync(Open("cas_blue_now", "blue", "checkout fails: redis connection refused"), Ct);
    }

    public ValueTask DisposeAsync()
    {
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Restart_ReadsTheVectorsBack_EmbeddingOnlyTheQueries_AndKeepsTeamsApart()
    {
        var before = new CountingEmbedder("model-a");
        await using (var stores = await StartAsync())
        {
            Assert.Equal("cas_red_redis", (await FindAsync(stores, before, "cas_red_now"))[0].CaseId);
            await FindAsync(stores, before, "cas_blue_now");
        }

        Assert.Equal(3, before.Documents.Count);

        var after = new CountingEmbedder("model-a");
        await using (var stores = await StartAsync())
        {
            var red = await FindAsync(stores, after, "cas_red_now");
            var blue = await FindAsync(stores, after, "cas_blue_now");

            Assert.Empty(after.Documents);
            Assert.Equal(2, after.Queries);
            Assert.Equal("cas_red_redis", red[0].CaseId);
            Assert.DoesNotContain(red, r => r.CaseId.StartsWith("cas_blue", StringComparison.Ordinal));
            // Compared by meaning too: the vectors read back took part.
            Assert.NotNull(red[0].Similarity);
            Assert.Equal(["cas_blue_redis"], blue.Select(r => r.CaseId));
            Assert.NotNull(blue[0].Similarity);
        }
    }

    [Fact]
    public async Task ANewModel_EmbedsEveryCaseAgain()
    {
        await using (var stores = await StartAsync())
        {
            await FindAsync(stores, new CountingEmbedder("model-a"), "cas_red_now");
        }

        var other = new CountingEmbedder("model-b");
        await using (var stores = await StartAsync())
        {
            await FindAsync(stores, other, "cas_red_now");
        }

        Assert.Equal(2, other.Documents.Count);

        // ...and keeps the new vectors: a third start on model-b embeds nothing.
        var again = new CountingEmbedder("model-b");
        await using (var stores = await StartAsync())
        {
            await FindAsync(stores, again, "cas_red_now");
        }

        Assert.Empty(again.Documents);
    }

    [Fact]
    public async Task ACaseReResolvedWithANewRootCause_IsEmbeddedAgain_AloneAndWithItsNewCause()
    {
        await using (var stores = await StartAsync())
        {
            await FindAsync(stores, new CountingEmbedder("model-a"), "cas_red_now");
            var cases = stores.Get<ICaseStore>();
            var tls = (await cases.GetAsync("cas_red_tls", Ct))!;
            var changed = tls with { Investigation = Investigation("an intermediate certificate was missing from the chain", "add the intermediate"), Version = tls.Version + 1 };
            Assert.True(await cases.UpdateAsync(changed, tls.Version, Ct));
        }

        var after = new CountingEmbedder("model-a");
        await using (var stores = await StartAsync())
        {
            await FindAsync(stores, after, "cas_red_now");
        }

        var embedded = Assert.Single(after.Documents);
        Assert.Contains("an intermediate certificate was missing from the chain", embedded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile3_TheOwnersCaseInAnotherTeam_DoesNotTakePart()
    {
        // alice's resolved case of team blue (she moved teams, or works in both), word for word: what the agent finds for her red
        // case is written into it, which all of red reads.
        await using var stores = await StartAsync();
        await stores.Get<ICaseStore>().CreateAsync(
            Resolved("cas_blue_by_alice", "blue", "checkout cannot reach redis", "redis is down: connections to 6379 are refused", "restart redis") with { Owner = "alice" }, Ct);

        var red = await FindAsync(stores, new CountingEmbedder("model-a"), "cas_red_now");

        Assert.Equal("cas_red_redis", red[0].CaseId);
        Assert.DoesNotContain(red, r => r.CaseId.StartsWith("cas_blue", StringComparison.Ordinal));
    }

    private Task<StoreHost> StartAsync() => StoreHost.StartAsync(_settings, dataDirectory: _directory.Path);

    private static async Task<List<SimilarIncident>> FindAsync(StoreHost stores, IEmbeddingGenerator<string, Embedding<float>> embedder, string caseId)
    {
        var finder = new SimilarIncidentFinder(
            stores.Get<ICaseStore>(), Options.Create(new KnowledgeOptions()), NullLogger<SimilarIncidentFinder>.Instance, embedder, stores.Get<ICaseVectorStore>());
        return await finder.FindByIdAsync(caseId, null, cancellationToken: Ct);
    }

    private static Case Resolved(string id, string team, string title, string cause, string fix) =>
        new(id, title, CaseStatus.Resolved, null, T0, T0, T0, 1, 1, Investigation(cause, fix), OwnerIn(team), team);

    private static Case Open(string id, string team, string title) =>
        new(id, title, CaseStatus.Open, null, T0, T0, null, 0, 1, InvestigationState.Empty, OwnerIn(team), team);

    // A person sees their own cases in any team, so each team's cases have their own engineer.
    private static string OwnerIn(string team) => team == "red" ? "alice" : "bob";

    private static InvestigationState Investigation(string cause, string fix) => InvestigationState.Empty with
    {
        Hypotheses = [new Hypothesis("h1", cause, 0.9, HypothesisStatus.Supported, [], [])],
        Solution = new Solution([fix], [], [], []),
    };
}

public sealed class EmbeddedSimilarIncidentVectorsTests : SimilarIncidentVectorsTests
{
    protected override Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
}

public sealed class PostgresSimilarIncidentVectorsTests(ServerStores servers) : SimilarIncidentVectorsTests
{
    protected override async Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => await servers.NewSettingsAsync();
}
