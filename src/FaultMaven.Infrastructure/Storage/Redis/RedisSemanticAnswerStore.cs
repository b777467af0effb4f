using System.Text.Json;
using FaultMaven.Core.Agent.SemanticCache;
using StackExchange.Redis;

namespace FaultMaven.Infrastructure.Storage.Redis;

/// <summary>Cached model answers in Redis (scale-out), shared by every instance: one list per bucket under
/// <c>faultmaven:semcache:</c>, newest first, trimmed to <see cref="ISemanticAnswerStore.MaxPerBucket"/>, the key expiring with its
/// newest answer. Each answer carries its own expiry, checked on read, so an older answer in a list kept alive by a newer one is not
/// given past its time. While Redis is away nothing is cached and every turn goes to the model.</summary>
internal sealed class RedisSemanticAnswerStore(RedisConnection redis, TimeProvider timeProvider) : ISemanticAnswerStore
{
    public const string KeyPrefix = RedisConnection.Prefix + "semcache:";

    public async Task<IReadOnlyList<CachedAnswer>> ListAsync(string bucket, CancellationToken cancellationToken = default)
    {
        RedisValue[] values;
        try
        {
            values = await redis.RunAsync(database => database.ListRangeAsync(KeyPrefix + bucket, 0, ISemanticAnswerStore.MaxPerBucket - 1));
        }
        catch (StorageUnavailableException)
        {
            return []; // logged by the connection
        }

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

    public async Task AddAsync(string bucket, CachedAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var key = KeyPrefix + bucket;
        var value = JsonSerializer.SerializeToUtf8Bytes(answer, StorageJsonContext.Default.CachedAnswer);
        var lifetime = answer.ExpiresAt - timeProvider.GetUtcNow();
        if (lifetime <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await redis.RunAsync(async database =>
            {
                var batch = database.CreateTransaction();
                _ = batch.ListLeftPushAsync(key, value);
                _ = batch.ListTrimAsync(key, 0, ISemanticAnswerStore.MaxPerBucket - 1);
                _ = batch.KeyExpireAsync(key, lifetime);
                return await batch.ExecuteAsync();
            });
        }
        catch (StorageUnavailableException)
        {
            // Logged by the connection; the answer is simply not cached.
        }
    }
}
