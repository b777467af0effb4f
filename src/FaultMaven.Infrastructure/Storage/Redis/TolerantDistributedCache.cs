using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace FaultMaven.Infrastructure.Storage.Redis;

/// <summary>The shared cache as a cache should fail: while Redis is away a read is a miss and a write is skipped, so answers go on
/// (uncached) instead of failing with the cache.</summary>
internal sealed class TolerantDistributedCache(IDistributedCache inner) : IDistributedCache
{
    public byte[]? Get(string key) => Try(() => inner.Get(key));

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) => await TryAsync(() => inner.GetAsync(key, token));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Try(() => { inner.Set(key, value, options); return (byte[]?)null; });

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        TryAsync(async () => { await inner.SetAsync(key, value, options, token); return null; });

    public void Refresh(string key) => Try(() => { inner.Refresh(key); return (byte[]?)null; });

    public Task RefreshAsync(string key, CancellationToken token = default) => TryAsync(async () => { await inner.RefreshAsync(key, token); return null; });

    public void Remove(string key) => Try(() => { inner.Remove(key); return (byte[]?)null; });

    public Task RemoveAsync(string key, CancellationToken token = default) => TryAsync(async () => { await inner.RemoveAsync(key, token); return null; });

    private static byte[]? Try(Func<byte[]?> work)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            return null;
        }
    }

    private static async Task<byte[]?> TryAsync(Func<Task<byte[]?>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            return null;
        }
    }
}
