using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Agent.SemanticCache;
using StackExchange.Redis;

namespace FaultMaven.Infrastructure.Storage.Redis;

/// <summary>Cached model answers in Redis (scale-out), shared by every instance: one list per bucket under
/// <c>faultmaven:semcache:{team}:</c>, newest first, trimmed to <see cref="ISemanticAnswerStore.MaxPerBucket"/>, the key expiring with its
/// newest answer. Each answer carries its own expiry, checked on read, so an older answer in a list kept alive by a newer one is not
/// given past its time. Each scope (team) has a sorted set of its buckets by last write (<c>faultmaven:semcache-scope:</c>); a write
/// beyond <see cref="ISemanticAnswerStore.MaxBucketsPerScope"/> deletes that team's buckets written longest ago, in the same script,
/// so a busy team never pushes out another's. While Redis is away a lookup throws (counted as an error by the cache) and nothing is
/// cached. A team's bucket keys and its set carry the same hash tag (<c>{…}</c>, a hash of the team), so they share one slot and the
/// script, which deletes buckets it was not handed as keys, also runs on Redis Cluster.</summary>
internal sealed class RedisSemanticAnswerStore(RedisConnection redis, TimeProvider timeProvider) : ISemanticAnswerStore
{
    public const string KeyPrefix = RedisConnection.Prefix + "semcache:";

    public const string ScopePrefix = RedisConnection.Prefix + "semcache-scope:";

    // KEYS[1] the bucket, KEYS[2] its scope's set; ARGV: the answer, the bucket bound, its lifetime (ms), the scope's bucket bound.
    // A bucket written again moves to the top of its scope's set (score: the set's highest + 1, so order does not hang on clocks).
    private const string AddScript = """
        redis.call('LPUSH', KEYS[1], ARGV[1])
        redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        local top = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')
        redis.call('ZADD', KEYS[2], (top[2] and tonumber(top[2]) or 0) + 1, KEYS[1])
        local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
        if excess > 0 then
            for _, old in ipairs(redis.call('ZRANGE', KEYS[2], 0, excess - 1)) do
                redis.call('DEL', old)
                redis.call('ZREM', KEYS[2], old)
            end
        end
        if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[3]) then
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
        end
        return excess
        """;

    public async Task<IReadOnlyList<CachedAnswer>> ListAsync(string scope, string bucket, CancellationToken cancellationToken = default)
    {
        // Unreachable Redis throws StorageUnavailableException (logged by the connection): the cache counts it as an error.
        var values = await redis.RunAsync(database => database.ListRangeAsync(BucketKey(scope, bucket), 0, ISemanticAnswerStore.MaxPerBucket - 1));
        var now = timeProvider.GetUtcNow();
        var answers = new List<CachedAnswer>(values.Length);
        foreach (var value in values)
        {
            try
            {
                if (JsonSerializer.Deserialize((byte[])value!, StorageJsonContext.Default.CachedAnswer) is { } answer && answer.ExpiresAt > now)
                {
                    answers.Add(answer);
                }
            }
            catch (JsonException)
            {
                // Written by another version, or not by us: not an answer to give.
            }
        }

        return answers;
    }

    public async Task AddAsync(string scope, string bucket, CachedAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var value = JsonSerializer.SerializeToUtf8Bytes(answer, StorageJsonContext.Default.CachedAnswer);
        var lifetime = answer.ExpiresAt - timeProvider.GetUtcNow();
        if (lifetime <= TimeSpan.Zero)
        {
            return;
        }

        RedisKey[] keys = [BucketKey(scope, bucket), ScopeKey(scope)];
        RedisValue[] arguments = [value, ISemanticAnswerStore.MaxPerBucket, (long)lifetime.TotalMilliseconds, ISemanticAnswerStore.MaxBucketsPerScope];
        try
        {
            await redis.RunAsync(database => database.ScriptEvaluateAsync(AddScript, keys, arguments));
        }
        catch (StorageUnavailableException)
        {
            // Logged by the connection; the answer is simply not cached.
        }
    }

    /// <summary>The scope's set, named by a hash: a team's name is not spelled out in key listings.</summary>
    public static string ScopeKey(string scope) => ScopePrefix + SlotTag(scope);

    /// <summary>A bucket's list, in its scope's slot.</summary>
    public static string BucketKey(string scope, string bucket) => KeyPrefix + SlotTag(scope) + ":" + bucket;

    private static string SlotTag(string scope) =>
        "{" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)))[..32] + "}";
}
