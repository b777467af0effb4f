using System.Globalization;
using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sessions;
using StackExchange.Redis;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Redis;

/// <summary>Sessions in Redis: a hash per session whose key expires with it (Redis removes it by itself; a heartbeat moves the
/// expiry), and a sorted set by creation time for listing, pruned by the sweeper. Times are UTC ticks written as 19 digits, so Redis
/// compares them as strings.</summary>
internal sealed class RedisSessionStore(RedisConnection redis) : ISessionStore
{
    private static readonly RedisKey Index = RedisConnection.Prefix + "sessions";

    // Slides a live session's expiry in one step; a session that expired (or was deleted) stays gone.
    private static readonly LuaScript Touch = LuaScript.Prepare(
        """
        local expires = redis.call('HGET', @key, 'expires')
        if not expires or expires <= @now then return nil end
        redis.call('HSET', @key, 'active', @now, 'expires', @expires)
        redis.call('PEXPIRE', @key, @ttl)
        return redis.call('HGETALL', @key)
        """);

    public Task CreateAsync(Session session, CancellationToken cancellationToken = default) => redis.RunAsync(
        async database =>
        {
            var transaction = database.CreateTransaction();
            var key = Key(session.Id);
            var fields = new List<HashEntry>
            {
                new("kind", ToText(session.ClientKind)),
                new("metadata", JsonSerializer.Serialize(new Dictionary<string, string>(session.Metadata), StorageJsonContext.Default.DictionaryStringString)),
                new("created", Ticks(session.CreatedAt)),
                new("active", Ticks(session.LastActiveAt)),
                new("expires", Ticks(session.ExpiresAt)),
            };
            if (session.UserLabel is { } label)
            {
                fields.Add(new("label", label));
            }

            if (session.Owner is { } owner)
            {
                fields.Add(new("owner", owner));
            }

            if (session.Team is { } team)
            {
                fields.Add(new("team", team));
            }

            _ = transaction.HashSetAsync(key, [.. fields]);
            _ = transaction.KeyExpireAsync(key, Lifetime(session.LastActiveAt, session.ExpiresAt));
            _ = transaction.SortedSetAddAsync(Index, session.Id, session.CreatedAt.UtcTicks);
            return await transaction.ExecuteAsync();
        });

    public Task<Session?> GetAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default) => redis.RunAsync(
        async database => Read(id, await database.HashGetAllAsync(Key(id)), now));

    public Task<Page<Session>> ListAsync(DateTimeOffset now, OwnerScope? scope, PageRequest page, CancellationToken cancellationToken = default) => redis.RunAsync(
        async database =>
        {
            // Newest first; entries whose hash is gone (expired) are skipped here and pruned by the sweeper.
            var ids = await database.SortedSetRangeByRankAsync(Index, order: Order.Descending);
            var batch = database.CreateBatch();
            var reads = ids.Select(id => batch.HashGetAllAsync(Key(id!))).ToList();
            batch.Execute();
            var live = new List<Session>();
            for (var i = 0; i < ids.Length; i++)
            {
                if (Read(ids[i]!, await reads[i], now) is { } session && (scope is null || scope.Includes(session.Owner, session.Team)))
                {
                    live.Add(session);
                }
            }

            return new Page<Session>(live.Skip(page.Offset).Take(page.Limit).ToList(), live.Count, page.Offset, page.Limit);
        });

    public Task<Session?> TouchAsync(string id, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) => redis.RunAsync(
        async database =>
        {
            var result = await database.ScriptEvaluateAsync(Touch, new
            {
                key = Key(id),
                now = (RedisValue)Ticks(now),
                expires = (RedisValue)Ticks(expiresAt),
                ttl = (long)Lifetime(now, expiresAt).TotalMilliseconds,
            });
            return result.IsNull ? null : Read(id, ((RedisResult[])result!).Chunk(2).Select(p => new HashEntry((RedisValue)p[0], (RedisValue)p[1])).ToArray(), now);
        });

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => redis.RunAsync(
        async database =>
        {
            var transaction = database.CreateTransaction();
            var deleted = transaction.KeyDeleteAsync(Key(id));
            _ = transaction.SortedSetRemoveAsync(Index, id);
            await transaction.ExecuteAsync();
            return await deleted;
        });

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) => redis.RunAsync(
        async database =>
        {
            var ids = await database.SortedSetRangeByRankAsync(Index);
            var batch = database.CreateBatch();
            var expiries = ids.Select(id => batch.HashGetAsync(Key(id!), "expires")).ToList();
            batch.Execute();
            var removed = 0;
            for (var i = 0; i < ids.Length; i++)
            {
                var expires = await expiries[i];
                if (expires.IsNull || string.CompareOrdinal(expires, Ticks(now)) <= 0)
                {
                    await database.KeyDeleteAsync(Key(ids[i]!));
                    removed += await database.SortedSetRemoveAsync(Index, ids[i]) ? 1 : 0;
                }
            }

            return removed;
        });

    private static RedisKey Key(string id) => RedisConnection.Prefix + "session:" + id;

    private static string Ticks(DateTimeOffset value) => ToTicks(value).ToString("D19", CultureInfo.InvariantCulture);

    // At least a millisecond: Redis refuses a zero expiry, and a session that is already over should vanish at once.
    private static TimeSpan Lifetime(DateTimeOffset now, DateTimeOffset expiresAt) =>
        expiresAt - now > TimeSpan.FromMilliseconds(1) ? expiresAt - now : TimeSpan.FromMilliseconds(1);

    private static DateTimeOffset TicksOf(RedisValue value) => FromTicks(long.Parse(value.ToString(), CultureInfo.InvariantCulture));

    private static Session? Read(string id, HashEntry[] fields, DateTimeOffset now)
    {
        if (fields.Length == 0)
        {
            return null;
        }

        var values = fields.ToDictionary(f => f.Name.ToString(), f => f.Value, StringComparer.Ordinal);
        var expires = TicksOf(values["expires"]);
        if (expires <= now)
        {
            return null;
        }

        return new Session(
            id,
            ToEnum<ClientKind>(values["kind"]!),
            Optional(values, "label"),
            JsonSerializer.Deserialize(values["metadata"].ToString(), StorageJsonContext.Default.DictionaryStringString)!,
            TicksOf(values["created"]),
            TicksOf(values["active"]),
            expires,
            Optional(values, "owner"),
            Optional(values, "team"));
    }

    private static string? Optional(Dictionary<string, RedisValue> values, string field) =>
        values.TryGetValue(field, out var value) && !value.IsNull ? value.ToString() : null;
}
