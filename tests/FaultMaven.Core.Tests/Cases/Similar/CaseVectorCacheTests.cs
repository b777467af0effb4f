using FaultMaven.Core.Cases.Similar;

namespace FaultMaven.Core.Tests.Cases.Similar;

public sealed class CaseVectorCacheTests
{
    private static CaseVectorKey Key(int i, string hash = "h") => new($"cas_{i}", "team-a", hash);

    [Fact]
    public void Set_PastTheCapacity_DropsTheOldestAdded()
    {
        var cache = new CaseVectorCache(100);
        for (var i = 0; i < 250; i++)
        {
            cache.Set(Key(i), [i]);
        }

        Assert.Equal(100, cache.Count);
        Assert.False(cache.TryGet(Key(149), out _));
        Assert.True(cache.TryGet(Key(150), out var vector));
        Assert.Equal([150f], vector);
        Assert.True(cache.TryGet(Key(249), out _));
    }

    [Fact]
    public void Set_ForACaseAlreadyHeld_ReplacesItsVector_WithoutGrowing()
    {
        var cache = new CaseVectorCache(3);
        cache.Set(Key(1), [1]);
        for (var round = 0; round < 1_000; round++)
        {
            cache.Set(Key(1, $"h{round}"), [round]);
        }

        cache.Set(Key(2), [2]);
        cache.Set(Key(3), [3]);

        Assert.Equal(3, cache.Count);
        // The vector belongs to the text it was computed from: an older hash, or another team, finds nothing.
        Assert.False(cache.TryGet(Key(1), out _));
        Assert.False(cache.TryGet(Key(1, "h999") with { Team = "team-b" }, out _));
        Assert.True(cache.TryGet(Key(1, "h999"), out var latest));
        Assert.Equal([999f], latest);
    }

    [Fact]
    public async Task ConcurrentSets_NeverHoldMoreThanTheCapacity()
    {
        var cache = new CaseVectorCache(500);
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                cache.Set(Key(w * 10_000 + i % 2_000, $"h{i}"), [i]);
                Assert.InRange(cache.Count, 1, 500);
            }
        }, TestContext.Current.CancellationToken));

        await Task.WhenAll(writers);
        Assert.Equal(500, cache.Count);
    }
}
