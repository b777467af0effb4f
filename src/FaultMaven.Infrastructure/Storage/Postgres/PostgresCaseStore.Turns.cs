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

    // One statement, so one round trip, and the case row is locked only while it runs: lock the case (appends to one case from any
    // instance queue here; the row is re-read once the lock is ours, so the next number is right), find an earlier turn with the
    // same idempotency key, insert the turn unless that or a final case forbids it, count it on the case, audit it.
    private const string AppendSql = $"""
        WITH locked AS (SELECT id, status, turn_count FROM cases WHERE id = $1 FOR UPDATE),
        earlier AS (SELECT {TurnColumns} FROM turns WHERE case_id = $1 AND idempotency_key = $6),
        turn AS (
            INSERT INTO turns ({TurnColumns})
            SELECT id, turn_count + 1, $2, $3, $4, $5, $6, $7, $8 FROM locked
            WHERE status <> ALL ($9) AND NOT EXISTS (SELECT 1 FROM earlier)
            RETURNING case_id, sequence),
        counted AS (
            UPDATE cases SET turn_count = turn.sequence, updated_at = $5, version = cases.version + 1
            FROM turn WHERE cases.id = turn.case_id RETURNING 1),
        audited AS (
            INSERT INTO case_events (case_id, at, kind, detail, actor_id, actor_name, client_ip, correlation_id)
            SELECT case_id, $5, 'turn', jsonb_build_object('sequence', sequence::text, 'role', $2::text), $10, $11, $12, $13 FROM turn RETURNING 1)
        SELECT locked.status, turn.sequence, earlier.* FROM locked LEFT JOIN turn ON true LEFT JOIN earlier ON true
        """;

    private static readonly string[] FinalStatuses = [.. Enum.GetValues<CaseStatus>().Where(CaseStatusTransitions.IsFinal).Select(s => ToText(s))];

    public async Task<AppendTurnResult> AppendTurnAsync(string caseId, TurnDraft draft, CancellationToken cancellationToken = default)
    {
        try
        {
            return await AppendOnceAsync(caseId, draft, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && draft.IdempotencyKey is not null)
        {
            // The statement's snapshot predates the lock wait, so it missed a turn with this key that the previous holder of the lock
            // had just committed. Asked again, it sees that turn and replays it.
            return await AppendOnceAsync(caseId, draft, cancellationToken);
        }
    }

    private Task<AppendTurnResult> AppendOnceAsync(string caseId, TurnDraft draft, CancellationToken cancellationToken) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand(AppendSql, connection);
            command.Parameters.Add(new() { Value = caseId });
            command.Parameters.Add(new() { Value = ToText(draft.Role) });
            command.Parameters.Add(new() { Value = draft.Content });
            command.Parameters.Add(new() { Value = JsonSerializer.Serialize([.. draft.Attachments], StorageJsonContext.Default.ListString), NpgsqlDbType = NpgsqlDbType.Jsonb });
            command.Parameters.Add(new() { Value = ToTicks(draft.CreatedAt) });
            command.Parameters.Add(new() { Value = (object?)draft.IdempotencyKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = draft.Fingerprint });
            command.Parameters.Add(new() { Value = (object?)draft.Reply ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = FinalStatuses });
            var (actorId, actorName, clientIp, correlationId) = AuditColumns.Origin();
            command.Parameters.Add(new() { Value = actorId, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = actorName, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = clientIp, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new() { Value = correlationId, NpgsqlDbType = NpgsqlDbType.Text });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return new AppendTurnResult(AppendTurnStatus.CaseNotFound, null);
            }

            if (!reader.IsDBNull(1))
            {
                return new AppendTurnResult(AppendTurnStatus.Appended, new Turn(caseId, reader.GetInt32(1), draft.Role, draft.Content, draft.Attachments, draft.CreatedAt, draft.Reply));
            }

            var earlier = reader.IsDBNull(2) ? ((Turn, string)?)null : ReadTurn(reader, offset: 2);
            return TurnAppendRules.Decide(ToEnum<CaseStatus>(reader.GetString(0)), earlier, draft)
                ?? throw new InvalidOperationException($"Turn append on case '{caseId}' neither wrote nor refused.");
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

    public Task<(Turn Turn, string Fingerprint)?> FindTurnByKeyAsync(string caseId, string idempotencyKey, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {TurnColumns} FROM turns WHERE case_id = $1 AND idempotency_key = $2", connection);
            command.Parameters.Add(new() { Value = caseId });
            command.Parameters.Add(new() { Value = idempotencyKey });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? ReadTurn(reader) : ((Turn, string)?)null;
        },
        cancellationToken);

    private static (Turn Turn, string Fingerprint) ReadTurn(NpgsqlDataReader reader, int offset = 0) => (
        new Turn(
            reader.GetString(offset),
            reader.GetInt32(offset + 1),
            ToEnum<TurnRole>(reader.GetString(offset + 2)),
            reader.GetString(offset + 3),
            JsonSerializer.Deserialize(reader.GetString(offset + 4), StorageJsonContext.Default.ListString)!,
            FromTicks(reader.GetInt64(offset + 5)),
            reader.IsDBNull(offset + 8) ? null : reader.GetString(offset + 8)),
        reader.GetString(offset + 7));
}
