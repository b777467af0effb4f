using System.Globalization;
using System.Text.Json;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using Npgsql;
using NpgsqlTypes;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Postgres;

internal sealed partial class PostgresCaseStore
{
    private const string TurnColumns = "case_id, sequence, role, content, attachments, created_at, idempotency_key, fingerprint, reply";

    public Task<AppendTurnResult> AppendTurnAsync(string caseId, TurnDraft draft, CancellationToken cancellationToken = default) => database.TransactAsync(
        async (connection, transaction) =>
        {
            // The case row is locked for the transaction: appends to one case from any instance queue here, so the sequence and the
            // idempotency check below see every earlier append.
            await using var read = new NpgsqlCommand("SELECT status, turn_count FROM cases WHERE id = $1 FOR UPDATE", connection, transaction);
            read.Parameters.Add(new() { Value = caseId });
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
            // The writes go in one round trip: the case row stays locked for as short a time as possible.
            var insert = new NpgsqlBatchCommand($"INSERT INTO turns ({TurnColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)");
            insert.Parameters.Add(new() { Value = caseId });
            insert.Parameters.Add(new() { Value = turn.Sequence });
            insert.Parameters.Add(new() { Value = ToText(turn.Role) });
            insert.Parameters.Add(new() { Value = turn.Content });
            insert.Parameters.Add(new() { Value = JsonSerializer.Serialize([.. turn.Attachments], StorageJsonContext.Default.ListString), NpgsqlDbType = NpgsqlDbType.Jsonb });
            insert.Parameters.Add(new() { Value = ToTicks(turn.CreatedAt) });
            insert.Parameters.Add(new() { Value = (object?)draft.IdempotencyKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new() { Value = draft.Fingerprint });
            insert.Parameters.Add(new() { Value = (object?)draft.Reply ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            var count = new NpgsqlBatchCommand("UPDATE cases SET turn_count = $2, updated_at = $3, version = version + 1 WHERE id = $1");
            count.Parameters.Add(new() { Value = caseId });
            count.Parameters.Add(new() { Value = turn.Sequence });
            count.Parameters.Add(new() { Value = ToTicks(turn.CreatedAt) });
            var detail = new Dictionary<string, string> { ["sequence"] = turn.Sequence.ToString(CultureInfo.InvariantCulture), ["role"] = ToText(turn.Role) };
            await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { insert, count, Audit(caseId, turn.CreatedAt, "turn", detail) } };
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return new AppendTurnResult(AppendTurnStatus.Appended, turn);
        },
        cancellationToken);

    public Task<Page<Turn>?> ListTurnsAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var count = new NpgsqlCommand("SELECT turn_count FROM cases WHERE id = $1", connection);
            count.Parameters.Add(new() { Value = caseId });
            if (await count.ExecuteScalarAsync(cancellationToken) is not int total)
            {
                return null;
            }

            await using var command = new NpgsqlCommand($"SELECT {TurnColumns} FROM turns WHERE case_id = $1 ORDER BY sequence LIMIT $2 OFFSET $3", connection);
            command.Parameters.Add(new() { Value = caseId });
            command.Parameters.Add(new() { Value = page.Limit });
            command.Parameters.Add(new() { Value = page.Offset });
            var items = new List<Turn>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(ReadTurn(reader).Turn);
            }

            return (Page<Turn>?)new Page<Turn>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    private static async Task<(Turn Turn, string Fingerprint)?> FindByKeyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string caseId, string key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {TurnColumns} FROM turns WHERE case_id = $1 AND idempotency_key = $2", connection, transaction);
        command.Parameters.Add(new() { Value = caseId });
        command.Parameters.Add(new() { Value = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadTurn(reader) : null;
    }

    private static (Turn Turn, string Fingerprint) ReadTurn(NpgsqlDataReader reader) => (
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
