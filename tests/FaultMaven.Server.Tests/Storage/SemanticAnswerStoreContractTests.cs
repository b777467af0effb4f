using FaultMaven.Core.Agent.SemanticCache;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FaultMaven.Server.Tests.Storage;

/// <summary>What both stores of the semantic cache promise, run against the in-process one (embedded) and against a real Redis
/// (scale-out), with time from a <see cref="FakeTimeProvider"/>: buckets apart, newest first, bounded per bucket and per team (a
/// team filling the cache pushes out only its own answers), nothing given past its expiry.</summary>
public abstract class SemanticAnswerStoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(T0);
    private StoreHost _stores = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected ISemanticAnswerStore Store => _stores.Get<ISemanticAnswerStore>();

    protected abstract Task<IReadOnlyDictionary<string, string?>> SettingsAsync();

    public async ValueTask InitializeAsync() => _stores = await StoreHost.StartAsync(await SettingsAsync(), services => services.AddSingleton<TimeProvider>(_time));

    public async ValueTask DisposeAsync() => await _stores.DisposeAsync();

    [Fact]
    public async Task Answers_come_back_newest_first_and_only_from_their_own_bucket()
    {
        await Store.AddAsync("team:red", "bucket-a", Answer("first", TimeSpan.FromHours(1)), Ct);
        _time.Advance(TimeSpan.FromSeconds(1));
        await Store.AddAsync("team:red", "bucket-a", Answer("second", TimeSpan.FromHours(1)), Ct);
        await Store.AddAsync("team:red", "bucket-b", Answer("other team", TimeSpan.FromHours(1)), Ct);

        var answers = await Store.ListAsync("team:red", "bucket-a", Ct);

        Assert.Equal(["second", "first"], answers.Select(a => a.Answer));
        Assert.Equal([1f, 0f, 0f], answers[0].Question);
        Assert.Equal("openai gpt-test", answers[0].Engine);
        Assert.Equal(T0.AddSeconds(1), answers[0].StoredAt);
        Assert.Equal(["other team"], (await Store.ListAsync("team:red", "bucket-b", Ct)).Select(a => a.Answer));
        Assert.Empty(await Store.ListAsync("team:red", "bucket-none", Ct));
    }

    [Fact]
    public async Task A_bucket_keeps_only_its_newest_answers()
    {
        var count = ISemanticAnswerStore.MaxPerBucket + 5;
        for (var i = 0; i < count; i++)
        {
            await Store.AddAsync("team:red", "full", Answer($"answer {i}", TimeSpan.FromHours(1)), Ct);
        }

        var answers = await Store.ListAsync("team:red", "full", Ct);

        Assert.Equal(Enumerable.Range(5, ISemanticAnswerStore.MaxPerBucket).Reverse().Select(i => $"answer {i}"), answers.Select(a => a.Answer));
    }

    [Fact]
    public async Task An_answer_is_not_given_past_its_expiry_though_a_newer_one_keeps_the_bucket()
    {
        await Store.AddAsync("team:red", "ttl", Answer("short", TimeSpan.FromMinutes(10)), Ct);
        await Store.AddAsync("team:red", "ttl", Answer("long", TimeSpan.FromHours(2)), Ct);
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(["long", "short"], (await Store.ListAsync("team:red", "ttl", Ct)).Select(a => a.Answer));

        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(["long"], (await Store.ListAsync("team:red", "ttl", Ct)).Select(a => a.Answer));

        _time.Advance(TimeSpan.FromHours(2));
        Assert.Empty(await Store.ListAsync("team:red", "ttl", Ct));
    }

    [Fact]
    public async Task A_team_filling_the_cache_pushes_out_only_its_own_buckets_written_longest_ago()
    {
        await Store.AddAsync("team:quiet", "quiet-bucket", Answer("quiet answer", TimeSpan.FromHours(1)), Ct);
        var buckets = ISemanticAnswerStore.MaxBucketsPerScope + 2;
        for (var b = 0; b < buckets; b++)
        {
            for (var i = 0; i < ISemanticAnswerStore.MaxPerBucket; i++)
            {
                await Store.AddAsync("team:busy", $"busy-{b}", Answer($"busy {b}.{i}", TimeSpan.FromHours(1)), Ct);
            }

            if (b == 2)
            {
                // Written again: the busy team's bucket 0 is now newer than its bucket 1 and 2.
                await Store.AddAsync("team:busy", "busy-0", Answer("busy 0 again", TimeSpan.FromHours(1)), Ct);
            }
        }

        Assert.Equal(["quiet answer"], (await Store.ListAsync("team:quiet", "quiet-bucket", Ct)).Select(a => a.Answer));
        Assert.Empty(await Store.ListAsync("team:busy", "busy-1", Ct));
        Assert.Empty(await Store.ListAsync("team:busy", "busy-2", Ct));
        Assert.Equal("busy 0 again", (await Store.ListAsync("team:busy", "busy-0", Ct))[0].Answer);
        Assert.Equal(ISemanticAnswerStore.MaxPerBucket, (await Store.ListAsync("team:busy", $"busy-{buckets - 1}", Ct)).Count);
        Assert.Equal(ISemanticAnswerStore.MaxPerBucket, (await Store.ListAsync("team:busy", "busy-3", Ct)).Count);
    }

    [Fact]
    public async Task An_answer_keeps_the_question_it_answered()
    {
        var now = _time.GetUtcNow();
        await Store.AddAsync("team:red", "asked", new CachedAnswer([1f], "answer", "openai gpt-test", now, now.AddHours(1), "literals", "Why is <EMAIL_1> locked out?"), Ct);

        var answer = Assert.Single(await Store.ListAsync("team:red", "asked", Ct));

        Assert.Equal("Why is <EMAIL_1> locked out?", answer.AskedText);
        Assert.Equal("literals", answer.Literals);
    }

    protected CachedAnswer Answer(string text, TimeSpan lifetime)
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
    private Dictionary<string, string?> _settings = null!;

    protected override async Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => _settings = await servers.NewSettingsAsync();

    [Fact]
    public async Task Every_key_of_a_team_lies_in_one_hash_slot_so_the_eviction_script_runs_on_a_cluster()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var b = 0; b < ISemanticAnswerStore.MaxBucketsPerScope + 3; b++)
        {
            await Store.AddAsync("team:red", $"bucket-{b}", Answer("answer", TimeSpan.FromHours(1)), ct);
        }

        await Store.AddAsync("team:blue", "bucket-0", Answer("answer", TimeSpan.FromHours(1)), ct);

        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(_settings["FM_REDIS"]!);
        var slots = redis.GetServers()[0].Keys(pattern: "faultmaven:semcache*").GroupBy(k => ClusterSlot(k!)).Select(g => g.Count()).Order();

        // One slot per team: the other team's bucket and set, and the team's set with the MaxBucketsPerScope buckets it kept.
        Assert.Equal([2, ISemanticAnswerStore.MaxBucketsPerScope + 1], slots);
    }

    /// <summary>The slot Redis Cluster gives a key (its specification: CRC16/XMODEM of the key, or of its first non-empty
    /// <c>{…}</c> tag, modulo 16384). Written out because a standalone server answers no <c>CLUSTER KEYSLOT</c>.</summary>
    private static int ClusterSlot(string key)
    {
        var open = key.IndexOf('{', StringComparison.Ordinal);
        var close = open < 0 ? -1 : key.IndexOf('}', open + 1);
        var hashed = close > open + 1 ? key[(open + 1)..close] : key;
        ushort crc = 0;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(hashed))
        {
            crc ^= (ushort)(b << 8);
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            }
        }

        return crc % 16384;
    }
}
