using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using Npgsql;
using NpgsqlTypes;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>API keys (their hashes) in PostgreSQL, shared by every instance: a key revoked on one is refused by all.</summary>
internal sealed class PostgresApiKeyStore(PostgresDatabase database) : IApiKeyStore
{
    private const string Columns = "id, name, role, team, prefix, created_at, created_by, last_used_at, revoked_at, hash";

    public Task CreateAsync(ApiKey key, string hash, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand($"INSERT INTO api_keys ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL, $8)", connection);
            command.Parameters.Add(new() { Value = key.Id });
            command.Parameters.Add(new() { Value = key.Name });
            command.Parameters.Add(new() { Value = ToText(key.Role) });
            command.Parameters.Add(new() { Value = (object?)key.Team ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = key.Prefix });
            command.Parameters.Add(new() { Value = ToTicks(key.CreatedAt) });
            command.Parameters.Add(new() { Value = (object?)key.CreatedBy ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = hash });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    public Task<(ApiKey Key, string Hash)?> FindByHashAsync(string hash, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {Columns} FROM api_keys WHERE hash = $1", connection);
            command.Parameters.Add(new() { Value = hash });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? (Read(reader), reader.GetString(9)) : ((ApiKey, string)?)null;
        },
        cancellationToken);

    public Task<ApiKey?> GetAsync(string id, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {Columns} FROM api_keys WHERE id = $1", connection);
            command.Parameters.Add(new() { Value = id });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        },
        cancellationToken);

    public Task<Page<ApiKey>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var count = new NpgsqlCommand("SELECT count(*) FROM api_keys", connection);
            var total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
            await using var command = new NpgsqlCommand($"SELECT {Columns} FROM api_keys ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2", connection);
            command.Parameters.Add(new() { Value = page.Limit });
            command.Parameters.Add(new() { Value = page.Offset });
            var items = new List<ApiKey>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Read(reader));
            }

            return new Page<ApiKey>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    public Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand("UPDATE api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL", connection);
            command.Parameters.Add(new() { Value = id });
            command.Parameters.Add(new() { Value = ToTicks(at) });
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        },
        cancellationToken);

    public Task TouchAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand("UPDATE api_keys SET last_used_at = $2 WHERE id = $1", connection);
            command.Parameters.Add(new() { Value = id });
            command.Parameters.Add(new() { Value = ToTicks(at) });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    private static ApiKey Read(NpgsqlDataReader reader) => new(
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
