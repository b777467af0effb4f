using System.Text.Json;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using Npgsql;
using NpgsqlTypes;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>Cases in PostgreSQL; turns are in <c>PostgresCaseStore.Turns.cs</c>. Every change writes its audit event
/// (<c>case_events</c>) in the same transaction.</summary>
internal sealed partial class PostgresCaseStore(PostgresDatabase database, TimeProvider time) : ICaseStore
{
    private const string Columns = "id, title, status, session_id, created_at, updated_at, closed_at, turn_count, version, investigation, owner, team";

    public Task CreateAsync(Case value, CancellationToken cancellationToken = default) => database.TransactAsync(
        async (connection, transaction) =>
        {
            var insert = new NpgsqlBatchCommand($"INSERT INTO cases ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)");
            Bind(insert.Parameters, value);
            var audit = Audit(value.Id, value.CreatedAt, "created", new() { ["status"] = ToText(value.Status), ["title"] = value.Title });
            await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { insert, audit } };
            return await batch.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    public Task<Case?> GetAsync(string id, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {Columns} FROM cases WHERE id = $1", connection);
            command.Parameters.Add(new() { Value = id });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        },
        cancellationToken);

    public Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, OwnerScope? scope, string? titleContains, PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            var words = CaseTitleWords.Of(titleContains);
            var filter = "($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR session_id = $2) AND (NOT $5 OR team = $6 OR owner = $7)"
                + string.Concat(words.Select((_, i) => $" AND strpos(lower(title), lower(${8 + i})) > 0"));
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM cases WHERE {filter}", connection);
            BindFilter(count, status, sessionId);
            count.Parameters.Add(new() { Value = 0 });
            count.Parameters.Add(new() { Value = 0 });
            BindScope(count, scope);
            BindWords(count, words);
            var total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;

            await using var command = new NpgsqlCommand($"SELECT {Columns} FROM cases WHERE {filter} ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4", connection);
            BindFilter(command, status, sessionId);
            command.Parameters.Add(new() { Value = page.Limit });
            command.Parameters.Add(new() { Value = page.Offset });
            BindScope(command, scope);
            BindWords(command, words);
            var items = new List<Case>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Read(reader));
            }

            return new Page<Case>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    public Task<bool> UpdateAsync(Case value, long expectedVersion, CancellationToken cancellationToken = default) => database.TransactAsync(
        async (connection, transaction) =>
        {
            // Lock the row at the expected version first: the status it had is what the audit event records as "from".
            await using var read = new NpgsqlCommand("SELECT status FROM cases WHERE id = $1 AND version = $2 FOR UPDATE", connection, transaction);
            read.Parameters.Add(new() { Value = value.Id });
            read.Parameters.Add(new() { Value = expectedVersion });
            if (await read.ExecuteScalarAsync(cancellationToken) is not string before)
            {
                return false;
            }

            // turn_count is owned by AppendTurnAsync; an update never writes it back from a stale read.
            var update = new NpgsqlBatchCommand("UPDATE cases SET title = $2, status = $3, updated_at = $6, closed_at = $7, version = $9, investigation = $10 WHERE id = $1");
            Bind(update.Parameters, value);

            var detail = new Dictionary<string, string> { ["version"] = value.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (before != ToText(value.Status))
            {
                detail["from"] = before;
                detail["to"] = ToText(value.Status);
            }

            var audit = Audit(value.Id, value.UpdatedAt, before == ToText(value.Status) ? "updated" : "status", detail);
            await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { update, audit } };
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return true;
        },
        cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => database.TransactAsync(
        async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM cases WHERE id = $1", connection, transaction);
            command.Parameters.Add(new() { Value = id });
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }

            var pseudonyms = new NpgsqlBatchCommand("DELETE FROM pseudonyms WHERE scope = $1");
            pseudonyms.Parameters.Add(new() { Value = id });
            await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { pseudonyms, Audit(id, time.GetUtcNow(), "deleted", []) } };
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return true;
        },
        cancellationToken);

    /// <summary>One change of a case for the audit trail, by the current caller, to run in the batch (and so the transaction) that makes it.</summary>
    private static NpgsqlBatchCommand Audit(string caseId, DateTimeOffset at, string kind, Dictionary<string, string> detail) =>
        PostgresAuditTrail.Insert("case", caseId, kind, at, detail);

    private static void BindScope(NpgsqlCommand command, OwnerScope? scope)
    {
        command.Parameters.Add(new() { Value = scope is not null });
        command.Parameters.Add(new() { Value = (object?)scope?.Team ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)scope?.Owner ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
    }

    private static void BindWords(NpgsqlCommand command, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            command.Parameters.Add(new() { Value = word, NpgsqlDbType = NpgsqlDbType.Text });
        }
    }

    private static void BindFilter(NpgsqlCommand command, CaseStatus? status, string? sessionId)
    {
        command.Parameters.Add(new() { Value = status is { } s ? ToText(s) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)sessionId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
    }

    private static void Bind(NpgsqlParameterCollection parameters, Case value)
    {
        parameters.Add(new() { Value = value.Id });
        parameters.Add(new() { Value = value.Title });
        parameters.Add(new() { Value = ToText(value.Status) });
        parameters.Add(new() { Value = (object?)value.SessionId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new() { Value = ToTicks(value.CreatedAt) });
        parameters.Add(new() { Value = ToTicks(value.UpdatedAt) });
        parameters.Add(new() { Value = value.ClosedAt is { } closed ? ToTicks(closed) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        parameters.Add(new() { Value = value.TurnCount });
        parameters.Add(new() { Value = value.Version });
        parameters.Add(new() { Value = JsonSerializer.Serialize(value.Investigation, StorageJsonContext.Default.InvestigationState), NpgsqlDbType = NpgsqlDbType.Jsonb });
        parameters.Add(new() { Value = (object?)value.Owner ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new() { Value = (object?)value.Team ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
    }

    private static Case Read(NpgsqlDataReader reader) => new(
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
