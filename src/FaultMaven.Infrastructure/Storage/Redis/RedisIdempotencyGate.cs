using FaultMaven.Core.Common;
using StackExchange.Redis;

namespace FaultMaven.Infrastructure.Storage.Redis;

/// <summary>Idempotency keys held in Redis, so a retry sent to another instance waits for the first attempt too. The hold is a key
/// with a short lease that its holder renews while it works; a holder that dies lets go when the lease runs out.</summary>
internal sealed class RedisIdempotencyGate(RedisConnection redis) : IIdempotencyGate
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    // Renew or release only a hold that is still ours (the token), never one a later holder took after our lease ran out.
    private static readonly LuaScript Renew = LuaScript.Prepare("if redis.call('GET', @key) == @token then return redis.call('PEXPIRE', @key, @ms) else return 0 end");
    private static readonly LuaScript Release = LuaScript.Prepare("if redis.call('GET', @key) == @token then return redis.call('DEL', @key) else return 0 end");

    public async ValueTask<IAsyncDisposable> EnterAsync(string key, CancellationToken cancellationToken = default)
    {
        var redisKey = (RedisKey)(RedisConnection.Prefix + "idempotency:" + key);
        var token = Guid.NewGuid().ToString("N");
        while (!await redis.RunAsync(database => database.StringSetAsync(redisKey, token, Lease, When.NotExists)))
        {
            await Task.Delay(Poll, cancellationToken);
        }

        return new Hold(redis, redisKey, token);
    }

    private sealed class Hold : IAsyncDisposable
    {
        private readonly RedisConnection _redis;
        private readonly RedisKey _key;
        private readonly string _token;
        private readonly Timer _renewal;

        public Hold(RedisConnection redis, RedisKey key, string token)
        {
            (_redis, _key, _token) = (redis, key, token);
            _renewal = new Timer(_ => _ = RenewAsync(), null, Lease / 3, Lease / 3);
        }

        public async ValueTask DisposeAsync()
        {
            await _renewal.DisposeAsync();
            try
            {
                await _redis.RunAsync(database => database.ScriptEvaluateAsync(Release, new { key = _key, token = _token }));
            }
            catch (StorageUnavailableException)
            {
                // Redis is away; the lease runs out by itself.
            }
        }

        private async Task RenewAsync()
        {
            try
            {
                await _redis.RunAsync(database => database.ScriptEvaluateAsync(Renew, new { key = _key, token = _token, ms = (long)Lease.TotalMilliseconds }));
            }
            catch (StorageUnavailableException)
            {
                // A missed renewal only shortens the hold; the work goes on.
            }
        }
    }
}
