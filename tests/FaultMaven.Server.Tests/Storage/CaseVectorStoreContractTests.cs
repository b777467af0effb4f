using FaultMaven.Core.Cases;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Cases.Similar;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Storage;

/// <summary>What both stores of resolved-case vectors promise, run against SQLite (embedded) and a real PostgreSQL (scale-out): a
/// vector is given back only for the same case, team, text hash and model signature; a newer one replaces it; it goes with its case,
/// and one for a case that is not there is not kept.</summary>
public abstract class CaseVectorStoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private StoreHost _stores = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ICaseVectorStore Vectors => _stores.Get<ICaseVectorStore>();

    private ICaseStore Cases => _stores.Get<ICaseStore>();

    protected abstract Task<IReadOnlyDictionary<string, string?>> SettingsAsync();

    public async ValueTask InitializeAsync() => _stores = await StoreHost.StartAsync(await SettingsAsync());

    public async ValueTask DisposeAsync() => await _stores.DisposeAsync();

    [Fact]
    public async Task A_vector_comes_back_only_for_its_case_team_text_and_model()
    {
        await Cases.CreateAsync(Resolved("cas_red", "red"), Ct);
        await Cases.CreateAsync(Resolved("cas_none", null), Ct);
        await Vectors.SaveAsync([new(new("cas_red", "red", "hash-1"), [1f, 2f, 3f]), new(new("cas_none", null, "hash-2"), [4f, 5f, 6f])], "model-a", Ct);

        var found = await Vectors.GetAsync([new("cas_red", "red", "hash-1"), new("cas_none", null, "hash-2")], "model-a", Ct);

        Assert.Equal([1f, 2f, 3f], found["cas_red"]);
        Assert.Equal([4f, 5f, 6f], found["cas_none"]);
        Assert.Empty(await Vectors.GetAsync([new("cas_red", "red", "hash-1")], "model-b", Ct));
        Assert.Empty(await Vectors.GetAsync([new("cas_red", "red", "hash-changed")], "model-a", Ct));
        // Another team asking by the case's id and text gets nothing, and a team's key does not meet a case of no team.
        Assert.Empty(await Vectors.GetAsync([new("cas_red", "blue", "hash-1")], "model-a", Ct));
        Assert.Empty(await Vectors.GetAsync([new("cas_red", null, "hash-1")], "model-a", Ct));
        Assert.Empty(await Vectors.GetAsync([new("cas_none", "red", "hash-2")], "model-a", Ct));
        Assert.Empty(await Vectors.GetAsync([], "model-a", Ct));
    }

    [Fact]
    public async Task A_newer_vector_replaces_the_older_and_goes_with_its_case()
    {
        await Cases.CreateAsync(Resolved("cas_1", "red"), Ct);
        await Vectors.SaveAsync([new(new("cas_1", "red", "hash-old"), [1f, 0f])], "model-a", Ct);
        await Vectors.SaveAsync([new(new("cas_1", "red", "hash-new"), [0f, 1f])], "model-b", Ct);

        Assert.Empty(await Vectors.GetAsync([new("cas_1", "red", "hash-old")], "model-a", Ct));
        var newer = await Vectors.GetAsync([new("cas_1", "red", "hash-new")], "model-b", Ct);
        Assert.Equal([0f, 1f], newer["cas_1"]);

        Assert.True(await Cases.DeleteAsync("cas_1", Ct));
        Assert.Empty(await Vectors.GetAsync([new("cas_1", "red", "hash-new")], "model-b", Ct));
    }

    [Fact]
    public async Task A_vector_of_a_case_that_is_not_there_is_not_kept_and_the_others_are()
    {
        await Cases.CreateAsync(Resolved("cas_here", "red"), Ct);
        await Vectors.SaveAsync([new(new("cas_gone", "red", "h"), [1f]), new(new("cas_here", "red", "h"), [2f])], "m", Ct);

        var found = await Vectors.GetAsync([new("cas_gone", "red", "h"), new("cas_here", "red", "h")], "m", Ct);

        Assert.Equal(["cas_here"], found.Keys);
    }

    [Fact]
    public async Task A_full_batch_is_written_and_read_at_once()
    {
        var keys = Enumerable.Range(0, ICaseVectorStore.MaxBatch).Select(i => new CaseVectorKey($"cas_{i:D4}", "red", $"hash-{i}")).ToList();
        foreach (var key in keys)
        {
            await Cases.CreateAsync(Resolved(key.CaseId, "red"), Ct);
        }

        await Vectors.SaveAsync([.. keys.Select((k, i) => new CaseVector(k, [i, 1f]))], "m", Ct);
        var found = await Vectors.GetAsync(keys, "m", Ct);

        Assert.Equal(ICaseVectorStore.MaxBatch, found.Count);
        Assert.Equal([999f, 1f], found["cas_0999"]);
    }

    private static Case Resolved(string id, string? team) =>
        new(id, "title " + id, CaseStatus.Resolved, null, T0, T0, T0, 0, 1, InvestigationState.Empty, "alice", team);
}

public sealed class EmbeddedCaseVectorStoreContractTests : CaseVectorStoreContractTests
{
    protected override Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
}

public sealed class PostgresCaseVectorStoreContractTests(ServerStores servers) : CaseVectorStoreContractTests
{
    protected override async Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => await servers.NewSettingsAsync();
}
