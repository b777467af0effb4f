using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using Npgsql;
using NpgsqlTypes;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>The audit trail in PostgreSQL: <c>case_events</c>, which the case store also writes in the transactions of case changes.</summary>
internal sealed class PostgresAuditTrail(PostgresDatabase database, TimeProvider timeProvider) : IAuditTrail
{
    public Task RecordAsync(string action, string? target, IReadOnlyDictionary<string, string>? detail = null, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            var (targetKind, kind) = AuditColumns.Split(action);
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands = { Insert(targetKind, target ?? "", kind ?? "", timeProvider.GetUtcNow(), new(detail ?? new Dictionary<string, string>())) },
            };
            return await batch.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    public Task<Page<AuditEvent>> ListAsync(AuditQuery query, PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            const string Filter = """
                ($1::text IS NULL OR actor_id = $1) AND ($2::text IS NULL OR target_kind = $2) AND ($3::text IS NULL OR kind = $3)
                AND ($4::text IS NULL OR case_id = $4) AND ($5::bigint IS NULL OR at >= $5) AND ($6::bigint IS NULL OR at < $6)
                """;
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM case_events WHERE {Filter}", connection);
            Bind(count, query);
            var total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;

            await using var command = new NpgsqlCommand($"SELECT {AuditColumns.Select} FROM case_events WHERE {Filter} ORDER BY id DESC LIMIT $7 OFFSET $8", connection);
            Bind(command, query);
            command.Parameters.Add(new() { Value = page.Limit });
            command.Parameters.Add(new() { Value = page.Offset });
            var items = new List<AuditEvent>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new AuditEvent(
                    reader.GetInt64(0),
                    FromTicks(reader.GetInt64(1)),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    AuditColumns.Join(reader.GetString(4), reader.GetString(5)),
                    reader.GetString(6) is { Length: > 0 } target ? target : null,
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8),
                    JsonSerializer.Deserialize(reader.GetString(9), StorageJsonContext.Default.DictionaryStringString)!));
            }

            return new Page<AuditEvent>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    /// <summary>One event by the current caller, to run in the batch (and so the transaction) of the change it records.</summary>
    internal static NpgsqlBatchCommand Insert(string targetKind, string target, string kind, DateTimeOffset at, Dictionary<string, string> detail)
    {
        var (actorId, actorName, clientIp, correlationId) = AuditColumns.Origin();
        var command = new NpgsqlBatchCommand($"INSERT INTO case_events ({AuditColumns.Insert}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)");
        command.Parameters.Add(new() { Value = target });
        command.Parameters.Add(new() { Value = ToTicks(at) });
        command.Parameters.Add(new() { Value = kind });
        command.Parameters.Add(new() { Value = JsonSerializer.Serialize(detail, StorageJsonContext.Default.DictionaryStringString), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new() { Value = targetKind });
        command.Parameters.Add(new() { Value = actorId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = actorName, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = clientIp, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = correlationId, NpgsqlDbType = NpgsqlDbType.Text });
        return command;
    }

    private static void Bind(NpgsqlCommand command, AuditQuery query)
    {
        var (targetKind, kind) = query.Action is { Length: > 0 } action ? AuditColumns.Split(action) : (null, null);
        command.Parameters.Add(new() { Value = (object?)query.Actor ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)targetKind ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)kind ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)query.Target ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = query.Since is { } since ? ToTicks(since) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = query.Until is { } until ? ToTicks(until) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
    }
}
