using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sessions;
using Microsoft.Data.Sqlite;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>Sessions in the embedded SQLite database.</summary>
internal sealed class SqliteSessionStore(SqliteDatabase database) : ISessionStore
{
    private const string Columns = "id, client_kind, user_label, metadata, created_at, last_active_at, expires_at, owner, team";

    public Task CreateAsync(Session session, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO sessions ({Columns}) VALUES ($id, $kind, $label, $metadata, $created, $active, $expires, $owner, $team)";
            command.Parameters.AddWithValue("$id", session.Id);
            command.Parameters.AddWithValue("$kind", ToText(session.ClientKind));
            command.Parameters.AddWithValue("$label", (object?)session.UserLabel ?? DBNull.Value);
            command.Parameters.AddWithValue("$metadata", JsonSerializer.Serialize(new Dictionary<string, string>(session.Metadata), StorageJsonContext.Default.DictionaryStringString));
            command.Parameters.AddWithValue("$created", ToTicks(session.CreatedAt));
            command.Parameters.AddWithValue("$active", ToTicks(session.LastActiveAt));
            command.Parameters.AddWithValue("$expires", ToTicks(session.ExpiresAt));
            command.Parameters.AddWithValue("$owner", (object?)session.Owner ?? DBNull.Value);
            command.Parameters.AddWithValue("$team", (object?)session.Team ?? DBNull.Value);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    public Task<Session?> GetAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM sessions WHERE id = $id AND expires_at > $now";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$now", ToTicks(now));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        },
        cancellationToken);

    public Task<Page<Session>> ListAsync(DateTimeOffset now, OwnerScope? scope, PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            const string Filter = "expires_at > $now AND ($scoped = 0 OR team = $team OR owner = $owner)";
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM sessions WHERE {Filter}";
            BindFilter(count, now, scope);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken));

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM sessions WHERE {Filter} ORDER BY created_at DESC, id DESC LIMIT $limit OFFSET $offset";
            BindFilter(command, now, scope);
            command.Parameters.AddWithValue("$limit", page.Limit);
            command.Parameters.AddWithValue("$offset", page.Offset);
            var items = new List<Session>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Read(reader));
            }

            return new Page<Session>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    public Task<Session?> TouchAsync(string id, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE sessions SET last_active_at = $now, expires_at = $expires WHERE id = $id AND expires_at > $now RETURNING {Columns}";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$now", ToTicks(now));
            command.Parameters.AddWithValue("$expires", ToTicks(expiresAt));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        },
        cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM sessions WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        },
        cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM sessions WHERE expires_at <= $now";
            command.Parameters.AddWithValue("$now", ToTicks(now));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    private static void BindFilter(SqliteCommand command, DateTimeOffset now, OwnerScope? scope)
    {
        command.Parameters.AddWithValue("$now", ToTicks(now));
        command.Parameters.AddWithValue("$scoped", scope is null ? 0 : 1);
        command.Parameters.AddWithValue("$team", (object?)scope?.Team ?? DBNull.Value);
        command.Parameters.AddWithValue("$owner", (object?)scope?.Owner ?? DBNull.Value);
    }

    private static Session Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        ToEnum<ClientKind>(reader.GetString(1)),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        JsonSerializer.Deserialize(reader.GetString(3), StorageJsonContext.Default.DictionaryStringString)!,
        FromTicks(reader.GetInt64(4)),
        FromTicks(reader.GetInt64(5)),
        FromTicks(reader.GetInt64(6)),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8));
}
