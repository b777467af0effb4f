using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using Microsoft.Data.Sqlite;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>API keys (their hashes) in the embedded database.</summary>
internal sealed class SqliteApiKeyStore(SqliteDatabase database) : IApiKeyStore
{
    private const string Columns = "id, name, role, team, prefix, created_at, created_by, last_used_at, revoked_at, hash";

    public Task CreateAsync(ApiKey key, string hash, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO api_keys ({Columns}) VALUES ($id, $name, $role, $team, $prefix, $created, $by, NULL, NULL, $hash)";
            command.Parameters.AddWithValue("$id", key.Id);
            command.Parameters.AddWithValue("$name", key.Name);
            command.Parameters.AddWithValue("$role", ToText(key.Role));
            command.Parameters.AddWithValue("$team", (object?)key.Team ?? DBNull.Value);
            command.Parameters.AddWithValue("$prefix", key.Prefix);
            command.Parameters.AddWithValue("$created", ToTicks(key.CreatedAt));
            command.Parameters.AddWithValue("$by", (object?)key.CreatedBy ?? DBNull.Value);
            command.Parameters.AddWithValue("$hash", hash);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    public Task<(ApiKey Key, string Hash)?> FindByHashAsync(string hash, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM api_keys WHERE hash = $hash";
            command.Parameters.AddWithValue("$hash", hash);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? (Read(reader), reader.GetString(9)) : ((ApiKey, string)?)null;
        },
        cancellationToken);

    public Task<ApiKey?> GetAsync(string id, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM api_keys WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        },
        cancellationToken);

    public Task<Page<ApiKey>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM api_keys";
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken));
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM api_keys ORDER BY created_at DESC, id DESC LIMIT $limit OFFSET $offset";
            command.Parameters.AddWithValue("$limit", page.Limit);
            command.Parameters.AddWithValue("$offset", page.Offset);
            var items = new List<ApiKey>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Read(reader));
            }

            return new Page<ApiKey>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    public Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE api_keys SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$at", ToTicks(at));
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        },
        cancellationToken);

    public Task TouchAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE api_keys SET last_used_at = $at WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$at", ToTicks(at));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    private static ApiKey Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        ToEnum<CallerRole>(reader.GetString(2)),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetString(4),
        FromTicks(reader.GetInt64(5)),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.IsDBNull(7) ? null : FromTicks(reader.GetInt64(7)),
        reader.IsDBNull(8) ? null : FromTicks(reader.GetInt64(8)));
}
