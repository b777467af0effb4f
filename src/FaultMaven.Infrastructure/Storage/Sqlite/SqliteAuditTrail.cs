using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using Microsoft.Data.Sqlite;
using static FaultMaven.Infrastructure.Storage.StoredValues;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>The audit trail in the embedded database (<c>case_events</c>, which the case store also writes in its own transactions).</summary>
internal sealed class SqliteAuditTrail(SqliteDatabase database, TimeProvider timeProvider) : IAuditTrail
{
    public Task RecordAsync(string action, string? target, IReadOnlyDictionary<string, string>? detail = null, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            var (targetKind, kind) = AuditColumns.Split(action);
            await InsertAsync(connection, null, targetKind, target ?? "", kind ?? "", timeProvider.GetUtcNow(), new(detail ?? new Dictionary<string, string>()), cancellationToken);
            return 0;
        },
        cancellationToken);

    public Task<Page<AuditEvent>> ListAsync(AuditQuery query, PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            const string Filter = """
                ($actor IS NULL OR actor_id = $actor) AND ($target_kind IS NULL OR target_kind = $target_kind) AND ($kind IS NULL OR kind = $kind)
                AND ($target IS NULL OR case_id = $target) AND ($since IS NULL OR at >= $since) AND ($until IS NULL OR at < $until)
                """;
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM case_events WHERE {Filter}";
            Bind(count, query);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken));

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {AuditColumns.Select} FROM case_events WHERE {Filter} ORDER BY id DESC LIMIT $limit OFFSET $offset";
            Bind(command, query);
            command.Parameters.AddWithValue("$limit", page.Limit);
            command.Parameters.AddWithValue("$offset", page.Offset);
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

    /// <summary>Writes one event by the current caller; within <paramref name="transaction"/> when one is given.</summary>
    internal static async Task InsertAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string targetKind, string target, string kind, DateTimeOffset at, Dictionary<string, string> detail, CancellationToken cancellationToken)
    {
        var (actorId, actorName, clientIp, correlationId) = AuditColumns.Origin();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO case_events ({AuditColumns.Insert}) VALUES ($target, $at, $kind, $detail, $target_kind, $actor, $name, $ip, $correlation)";
        command.Parameters.AddWithValue("$target", target);
        command.Parameters.AddWithValue("$at", ToTicks(at));
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$detail", JsonSerializer.Serialize(detail, StorageJsonContext.Default.DictionaryStringString));
        command.Parameters.AddWithValue("$target_kind", targetKind);
        command.Parameters.AddWithValue("$actor", actorId);
        command.Parameters.AddWithValue("$name", actorName);
        command.Parameters.AddWithValue("$ip", clientIp);
        command.Parameters.AddWithValue("$correlation", correlationId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Bind(SqliteCommand command, AuditQuery query)
    {
        var (targetKind, kind) = query.Action is { Length: > 0 } action ? AuditColumns.Split(action) : (null, null);
        command.Parameters.AddWithValue("$actor", (object?)query.Actor ?? DBNull.Value);
        command.Parameters.AddWithValue("$target_kind", (object?)targetKind ?? DBNull.Value);
        command.Parameters.AddWithValue("$kind", (object?)kind ?? DBNull.Value);
        command.Parameters.AddWithValue("$target", (object?)query.Target ?? DBNull.Value);
        command.Parameters.AddWithValue("$since", query.Since is { } since ? ToTicks(since) : DBNull.Value);
        command.Parameters.AddWithValue("$until", query.Until is { } until ? ToTicks(until) : DBNull.Value);
    }
}
