using System.Text.Json;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using Microsoft.Data.Sqlite;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

internal sealed partial class SqliteCaseStore
{
    private const string TurnColumns = "case_id, sequence, role, content, attachments, created_at, idempotency_key, fingerprint, reply";

    public Task<AppendTurnResult> AppendTurnAsync(string caseId, TurnDraft draft, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            // BEGIN IMMEDIATE takes the write lock up front, so the sequence read below cannot race another append.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

            await using var read = connection.CreateCommand();
            read.Transaction = transaction;
            read.CommandText = "SELECT status, turn_count FROM cases WHERE id = $id";
            read.Parameters.AddWithValue("$id", caseId);
            CaseStatus status;
            int turnCount;
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return new AppendTurnResult(AppendTurnStatus.CaseNotFound, null);
                }

                status = ToEnum<CaseStatus>(reader.GetString(0));
                turnCount = reader.GetInt32(1);
            }

            var earlier = draft.IdempotencyKey is { } key ? await FindByKeyAsync(connection, transaction, caseId, key, cancellationToken) : null;
            if (TurnAppendRules.Decide(status, earlier, draft) is { } decided)
            {
                return decided;
            }

            var turn = new Turn(caseId, turnCount + 1, draft.Role, draft.Content, draft.Attachments, draft.CreatedAt, draft.Reply);
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO turns ({TurnColumns}) VALUES ($case, $sequence, $role, $content, $attachments, $created, $key, $fingerprint, $reply)";
                insert.Parameters.AddWithValue("$case", caseId);
                insert.Parameters.AddWithValue("$sequence", turn.Sequence);
                insert.Parameters.AddWithValue("$role", ToText(turn.Role));
                insert.Parameters.AddWithValue("$content", turn.Content);
                insert.Parameters.AddWithValue("$attachments", JsonSerializer.Serialize([.. turn.Attachments], StorageJsonContext.Default.ListString));
                insert.Parameters.AddWithValue("$created", ToTicks(turn.CreatedAt));
                insert.Parameters.AddWithValue("$key", (object?)draft.IdempotencyKey ?? DBNull.Value);
                insert.Parameters.AddWithValue("$fingerprint", draft.Fingerprint);
                insert.Parameters.AddWithValue("$reply", (object?)draft.Reply ?? DBNull.Value);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var update = connection.CreateCommand())
            {
                update.Transaction = transaction;
                update.CommandText = "UPDATE cases SET turn_count = $count, updated_at = $updated, version = version + 1 WHERE id = $id";
                update.Parameters.AddWithValue("$count", turn.Sequence);
                update.Parameters.AddWithValue("$updated", ToTicks(turn.CreatedAt));
                update.Parameters.AddWithValue("$id", caseId);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await AuditAsync(connection, transaction, caseId, turn.CreatedAt, "turn", new() { ["sequence"] = turn.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), ["role"] = ToText(turn.Role) }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AppendTurnResult(AppendTurnStatus.Appended, turn);
        },
        cancellationToken);

    public Task<Page<Turn>?> ListTurnsAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT turn_count FROM cases WHERE id = $id";
            count.Parameters.AddWithValue("$id", caseId);
            if (await count.ExecuteScalarAsync(cancellationToken) is not long total)
            {
                return null;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {TurnColumns} FROM turns WHERE case_id = $id ORDER BY sequence LIMIT $limit OFFSET $offset";
            command.Parameters.AddWithValue("$id", caseId);
            command.Parameters.AddWithValue("$limit", page.Limit);
            command.Parameters.AddWithValue("$offset", page.Offset);
            var items = new List<Turn>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(ReadTurn(reader).Turn);
            }

            return new Page<Turn>(items, (int)total, page.Offset, page.Limit);
        },
        cancellationToken);

    public Task<(Turn Turn, string Fingerprint)?> FindTurnByKeyAsync(string caseId, string idempotencyKey, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {TurnColumns} FROM turns WHERE case_id = $case AND idempotency_key = $key";
            command.Parameters.AddWithValue("$case", caseId);
            command.Parameters.AddWithValue("$key", idempotencyKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? ReadTurn(reader) : ((Turn, string)?)null;
        },
        cancellationToken);

    private static async Task<(Turn Turn, string Fingerprint)?> FindByKeyAsync(
        SqliteConnection connection, SqliteTransaction transaction, string caseId, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {TurnColumns} FROM turns WHERE case_id = $case AND idempotency_key = $key";
        command.Parameters.AddWithValue("$case", caseId);
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadTurn(reader) : null;
    }

    private static (Turn Turn, string Fingerprint) ReadTurn(SqliteDataReader reader) => (
        new Turn(
            reader.GetString(0),
            reader.GetInt32(1),
            ToEnum<TurnRole>(reader.GetString(2)),
            reader.GetString(3),
            JsonSerializer.Deserialize(reader.GetString(4), StorageJsonContext.Default.ListString)!,
            FromTicks(reader.GetInt64(5)),
            reader.IsDBNull(8) ? null : reader.GetString(8)),
        reader.GetString(7));
}
