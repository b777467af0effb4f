using System.Text.Json;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using Microsoft.Data.Sqlite;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>Cases in the embedded SQLite database; turns are in <c>SqliteCaseStore.Turns.cs</c>.</summary>
internal sealed partial class SqliteCaseStore(SqliteDatabase database) : ICaseStore
{
    private const string Columns = "id, title, status, session_id, created_at, updated_at, closed_at, turn_count, version, investigation";

    public Task CreateAsync(Case value, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO cases ({Columns}) VALUES ($id, $title, $status, $session, $created, $updated, $closed, $turns, $version, $investigation)";
            Bind(command, value);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    public Task<Case?> GetAsync(string id, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM cases WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        },
        cancellationToken);

    public Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            const string Filter = "($status IS NULL OR status = $status) AND ($session IS NULL OR session_id = $session)";
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM cases WHERE {Filter}";
            BindFilter(count, status, sessionId);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken));

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM cases WHERE {Filter} ORDER BY created_at DESC, id DESC LIMIT $limit OFFSET $offset";
            BindFilter(command, status, sessionId);
            command.Parameters.AddWithValue("$limit", page.Limit);
            command.Parameters.AddWithValue("$offset", page.Offset);
            var items = new List<Case>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Read(reader));
            }

            return new Page<Case>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    public Task<bool> UpdateAsync(Case value, long expectedVersion, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            // turn_count is owned by AppendTurnAsync; an update never writes it back from a stale read.
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE cases
                SET title = $title, status = $status, updated_at = $updated, closed_at = $closed, version = $version, investigation = $investigation
                WHERE id = $id AND version = $expected
                """;
            Bind(command, value);
            command.Parameters.AddWithValue("$expected", expectedVersion);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        },
        cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM cases WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        },
        cancellationToken);

    private static void BindFilter(SqliteCommand command, CaseStatus? status, string? sessionId)
    {
        command.Parameters.AddWithValue("$status", status is { } s ? ToText(s) : DBNull.Value);
        command.Parameters.AddWithValue("$session", (object?)sessionId ?? DBNull.Value);
    }

    private static void Bind(SqliteCommand command, Case value)
    {
        command.Parameters.AddWithValue("$id", value.Id);
        command.Parameters.AddWithValue("$title", value.Title);
        command.Parameters.AddWithValue("$status", ToText(value.Status));
        command.Parameters.AddWithValue("$session", (object?)value.SessionId ?? DBNull.Value);
        command.Parameters.AddWithValue("$created", ToTicks(value.CreatedAt));
        command.Parameters.AddWithValue("$updated", ToTicks(value.UpdatedAt));
        command.Parameters.AddWithValue("$closed", value.ClosedAt is { } closed ? ToTicks(closed) : DBNull.Value);
        command.Parameters.AddWithValue("$turns", value.TurnCount);
        command.Parameters.AddWithValue("$version", value.Version);
        command.Parameters.AddWithValue("$investigation", JsonSerializer.Serialize(value.Investigation, StorageJsonContext.Default.InvestigationState));
    }

    private static Case Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        ToEnum<CaseStatus>(reader.GetString(2)),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        FromTicks(reader.GetInt64(4)),
        FromTicks(reader.GetInt64(5)),
        reader.IsDBNull(6) ? null : FromTicks(reader.GetInt64(6)),
        reader.GetInt32(7),
        reader.GetInt64(8),
        JsonSerializer.Deserialize(reader.GetString(9), StorageJsonContext.Default.InvestigationState)!);
}
