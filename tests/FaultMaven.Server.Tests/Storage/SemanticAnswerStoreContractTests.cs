using FaultMaven.Core.Agent.SemanticCache;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FaultMaven.Server.Tests.Storage;

/// <summary>What both stores of the semantic cache promise, run against the in-process one (embedded) and against a real Redis
/// (scale-out), with time from a <see cref="FakeTimeProvider"/>: buckets apart, newest first, bounded per bucket, nothing given past
/// its expiry.</summary>
public abstract class SemanticAnswerStoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(T0);
    private StoreHost _stores = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ISemanticAnswerStore Store => _stores.Get<ISemanticAnswerStore>();

    protected abstract Task<IReadOnlyDictionary<string, string?>> SettingsAsync();

    public async ValueTask InitializeAsync() => _stores = await StoreHost.StartAsync(await SettingsAsync(), services => services.AddSingleton<TimeProvider>(_time));

    public async ValueTask DisposeAsync() => await _stores.DisposeAsync();

    [Fact]
    public async Task Answers_come_back_newest_first_and_only_from_their_own_bucket()
    {
        await Store.AddAsync("bucket-a", Answer("first", TimeSpan.FromHours(1)), Ct);
        _time.Advance(TimeSpan.FromSeconds(1));
        await Store.AddAsync("bucket-a", Answer("second", TimeSpan.FromHours(1)), Ct);
        await Store.AddAsync("bucket-b", Answer("other team", TimeSpan.FromHours(1)), Ct);

        var answers = await Store.ListAsync("bucket-a", Ct);

        Assert.Equal(["second", "first"], answers.Select(a => a.Answer));
        Assert.Equal([1f, 0f, 0f], answers[0].Question);
        Assert.Equal("openai gpt-test", answers[0].Engine);
        Assert.Equal(T0.AddSeconds(1), answers[0].StoredAt);
        Assert.Equal(["other team"], (await Store.ListAsync("bucket-b", Ct)).Select(a => a.Answer));
        Assert.Empty(await Store.ListAsync("bucket-none", Ct));
    }

    [Fact]
    public async Task A_bucket_keeps_only_its_newest_answers()
    {
        var count = ISemanticAnswerStore.MaxPerBucket + 5;
        for (var i = 0; i < count; i++)
        {
            await Store.AddAsync("full", Answer($"answer {i}", TimeSpan.FromHours(1)), Ct);
        }

        var answers = await Store.ListAsync("full", Ct);

        Assert.Equal(Enumerable.Range(5, ISemanticAnswerStore.MaxPerBucket).Reverse().Select(i => $"answer {i}"), answers.Select(a => a.Answer));
    }

    [Fact]
    public async Task An_answer_is_not_given_past_its_expiry_though_a_newer_one_keeps_the_bucket()
    {
        await Store.AddAsync("ttl", Answer("short", TimeSpan.FromMinutes(10)), Ct);
        await Store.AddAsync("ttl", Answer("long", TimeSpan.FromHours(2)), Ct);
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(["long", "short"], (await Store.ListAsync("ttl", Ct)).Select(a => a.Answer));

        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(["long"], (await Store.ListAsync("ttl", Ct)).Select(a => a.Answer));

        _time.Advance(TimeSpan.FromHours(2));
        Assert.Empty(await Store.ListAsync("ttl", Ct));
    }

    private CachedAnswer Answer(string text, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow();
        return new CachedAnswer([1f, 0f, 0f], text, "openai gpt-test", now, now + lifetime);
    }
}

public sealed class EmbeddedSemanticAnswerStoreContractTests : SemanticAnswerStoreContractTests
{
    protected override Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
}

public sealed class RedisSemanticAnswerStoreContractTests(ServerStores servers) : SemanticAnswerStoreContractTests
{
    protected override async Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => await servers.NewSettingsAsync();
}
