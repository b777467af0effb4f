using System.Text.Json;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using Microsoft.Data.Sqlite;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>Cases in the embedded SQLite database; turns are in <c>SqliteCaseStore.Turns.cs</c>. Every change writes its audit event
/// (<c>case_events</c>) in the same transaction, as the PostgreSQL store does.</summary>
internal sealed partial class SqliteCaseStore(SqliteDatabase database, TimeProvider time) : ICaseStore
{
    private const string Columns = "id, title, status, session_id, created_at, updated_at, closed_at, turn_count, version, investigation, owner, team";

    public Task CreateAsync(Case value, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO cases ({Columns}) VALUES ($id, $title, $status, $session, $created, $updated, $closed, $turns, $version, $investigation, $owner, $team)";
            Bind(command, value);
            var inserted = await command.ExecuteNonQueryAsync(cancellationToken);
            await AuditAsync(connection, transaction, value.Id, value.CreatedAt, "created", new() { ["status"] = ToText(value.Status), ["title"] = value.Title }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return inserted;
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

    public Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, OwnerScope? scope, string? titleContains, PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            // SQLite's lower() folds ASCII only: the words are folded here the same way, so "Redis" finds "REDIS" as "redis".
            var words = CaseTitleWords.Of(titleContains);
            var filter = "($status IS NULL OR status = $status) AND ($session IS NULL OR session_id = $session)"
                + " AND ($scoped = 0 OR team = $team OR owner = $owner)"
                + string.Concat(words.Select((_, i) => $" AND instr(lower(title), $word{i}) > 0"));
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM cases WHERE {filter}";
            BindFilter(count, status, sessionId, scope, words);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken));

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM cases WHERE {filter} ORDER BY created_at DESC, id DESC LIMIT $limit OFFSET $offset";
            BindFilter(command, status, sessionId, scope, words);
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
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var read = connection.CreateCommand();
            read.Transaction = transaction;
            read.CommandText = "SELECT status FROM cases WHERE id = $id AND version = $expected";
            read.Parameters.AddWithValue("$id", value.Id);
            read.Parameters.AddWithValue("$expected", expectedVersion);
            if (await read.ExecuteScalarAsync(cancellationToken) is not string before)
            {
                return false;
            }

            // turn_count is owned by AppendTurnAsync; an update never writes it back from a stale read.
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE cases
                SET title = $title, status = $status, updated_at = $updated, closed_at = $closed, version = $version, investigation = $investigation
                WHERE id = $id AND version = $expected
                """;
            Bind(command, value);
            command.Parameters.AddWithValue("$expected", expectedVersion);
            await command.ExecuteNonQueryAsync(cancellationToken);

            var detail = new Dictionary<string, string> { ["version"] = value.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (before != ToText(value.Status))
            {
                detail["from"] = before;
                detail["to"] = ToText(value.Status);
            }

            await AuditAsync(connection, transaction, value.Id, value.UpdatedAt, before == ToText(value.Status) ? "updated" : "status", detail, cancellationToken);

            await transaction.CommitAsync(cancellationToken);
            return true;
        },
        cancellationToken);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var deleted = await database.WriteAsync(
            async connection =>
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "DELETE FROM cases WHERE id = $id";
                command.Parameters.AddWithValue("$id", id);
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    return false;
                }

                await AuditAsync(connection, transaction, id, time.GetUtcNow(), "deleted", [], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            },
            cancellationToken);
        if (deleted)
        {
            await database.CheckpointAsync();
        }

        return deleted;
    }

    /// <summary>One change of a case for the audit trail, written in the transaction that makes it.</summary>
    internal static Task AuditAsync(SqliteConnection connection, SqliteTransaction transaction, string caseId, DateTimeOffset at, string kind, Dictionary<string, string> detail, CancellationToken cancellationToken) =>
        SqliteAuditTrail.InsertAsync(connection, transaction, "case", caseId, kind, at, detail, cancellationToken);

    private static void BindFilter(SqliteCommand command, CaseStatus? status, string? sessionId, OwnerScope? scope, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            command.Parameters.AddWithValue($"$word{i}", AsciiLower(words[i]));
        }

        command.Parameters.AddWithValue("$status", status is { } s ? ToText(s) : DBNull.Value);
        command.Parameters.AddWithValue("$session", (object?)sessionId ?? DBNull.Value);
        command.Parameters.AddWithValue("$scoped", scope is null ? 0 : 1);
        command.Parameters.AddWithValue("$team", (object?)scope?.Team ?? DBNull.Value);
        command.Parameters.AddWithValue("$owner", (object?)scope?.Owner ?? DBNull.Value);
    }

    private static string AsciiLower(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
        }
    });

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
        command.Parameters.AddWithValue("$owner", (object?)value.Owner ?? DBNull.Value);
        command.Parameters.AddWithValue("$team", (object?)value.Team ?? DBNull.Value);
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
        JsonSerializer.Deserialize(reader.GetString(9), StorageJsonContext.Default.InvestigationState)!,
        reader.IsDBNull(10) ? null : reader.GetString(10),
        reader.IsDBNull(11) ? null : reader.GetString(11));
}
