using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Privacy.Redaction;
using Npgsql;
using NpgsqlTypes;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>Uploads' metadata, analyses and redaction reports in PostgreSQL, as JSON documents beside the columns that are queried.
/// Rows go with their case (foreign key).</summary>
internal sealed class PostgresDataStore(PostgresDatabase database) : IDataStore
{
    private static readonly JsonSerializerOptions Json = StoredJson.Options;

    public Task AddAsync(DataUpload upload, DataAnalysis analysis, IReadOnlyList<Redaction> redactions, CancellationToken cancellationToken = default) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    "INSERT INTO uploads (id, case_id, sha256, created_at, metadata, analysis, redactions) VALUES ($1, $2, $3, $4, $5, $6, $7)", connection);
                command.Parameters.Add(new() { Value = upload.Id });
                command.Parameters.Add(new() { Value = upload.CaseId });
                command.Parameters.Add(new() { Value = upload.Sha256 });
                command.Parameters.Add(new() { Value = StoredValues.ToTicks(upload.CreatedAt) });
                command.Parameters.Add(new() { Value = JsonSerializer.Serialize(upload, Json), NpgsqlDbType = NpgsqlDbType.Jsonb });
                command.Parameters.Add(new() { Value = JsonSerializer.Serialize(analysis, Json), NpgsqlDbType = NpgsqlDbType.Jsonb });
                command.Parameters.Add(new() { Value = JsonSerializer.Serialize(redactions, Json), NpgsqlDbType = NpgsqlDbType.Jsonb });
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    public Task<DataUpload?> GetAsync(string caseId, string id, CancellationToken cancellationToken = default) =>
        ReadOneAsync<DataUpload>("metadata", "case_id = $1 AND id = $2", caseId, id, cancellationToken);

    public Task<DataUpload?> FindByContentAsync(string caseId, string sha256, CancellationToken cancellationToken = default) =>
        ReadOneAsync<DataUpload>("metadata", "case_id = $1 AND sha256 = $2", caseId, sha256, cancellationToken);

    public Task<DataAnalysis?> GetAnalysisAsync(string caseId, string id, CancellationToken cancellationToken = default) =>
        ReadOneAsync<DataAnalysis>("analysis", "case_id = $1 AND id = $2", caseId, id, cancellationToken);

    public IAsyncEnumerable<Redaction> ReadRedactionsAsync(string caseId, string id, CancellationToken cancellationToken = default) =>
        RedactionSpool.ReadAsync(
            (spool, token) => database.RunAsync(
                async connection =>
                {
                    await using var command = new NpgsqlCommand("SELECT redactions::text FROM uploads WHERE case_id = $1 AND id = $2 LIMIT 1", connection);
                    command.Parameters.Add(new() { Value = caseId });
                    command.Parameters.Add(new() { Value = id });
                    await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, token);
                    if (!await reader.ReadAsync(token))
                    {
                        return false;
                    }

                    // Sequential access streams the value from the wire instead of buffering the row.
                    using var text = await reader.GetTextReaderAsync(0, token);
                    await using var writer = new StreamWriter(spool, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
                    var buffer = new char[1 << 15];
                    int read;
                    while ((read = await text.ReadAsync(buffer.AsMemory(), token)) > 0)
                    {
                        await writer.WriteAsync(buffer.AsMemory(0, read), token);
                    }

                    return true;
                },
                token),
            Json,
            cancellationToken);

    public Task<Page<DataUpload>> ListAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var count = new NpgsqlCommand("SELECT count(*) FROM uploads WHERE case_id = $1", connection);
            count.Parameters.Add(new() { Value = caseId });
            var total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;

            await using var command = new NpgsqlCommand("SELECT metadata FROM uploads WHERE case_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3", connection);
            command.Parameters.Add(new() { Value = caseId });
            command.Parameters.Add(new() { Value = page.Limit });
            command.Parameters.Add(new() { Value = page.Offset });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var items = new List<DataUpload>();
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(JsonSerializer.Deserialize<DataUpload>(reader.GetString(0), Json)!);
            }

            return new Page<DataUpload>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    public async Task<bool> DeleteAsync(string caseId, string id, CancellationToken cancellationToken = default) => await database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM uploads WHERE case_id = $1 AND id = $2", connection);
            command.Parameters.Add(new() { Value = caseId });
            command.Parameters.Add(new() { Value = id });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken) > 0;

    public Task<IReadOnlySet<string>> ListIdsAsync(CancellationToken cancellationToken = default) => database.RunAsync<IReadOnlySet<string>>(
        async connection =>
        {
            // The foreign key removes a deleted case's rows; the join keeps the meaning the same as SQLite's.
            await using var command = new NpgsqlCommand("SELECT id FROM uploads WHERE case_id IN (SELECT id FROM cases)", connection);
            return await ReadIdsAsync(command, cancellationToken);
        },
        cancellationToken);

    public Task<IReadOnlySet<string>> ListIdsOfCaseAsync(string caseId, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT id FROM uploads WHERE case_id = $1", connection);
            command.Parameters.Add(new() { Value = caseId });
            return await ReadIdsAsync(command, cancellationToken);
        },
        cancellationToken);

    private static async Task<IReadOnlySet<string>> ReadIdsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private Task<T?> ReadOneAsync<T>(string column, string where, string caseId, string id, CancellationToken cancellationToken)
        where T : class => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {column} FROM uploads WHERE {where} LIMIT 1", connection);
            command.Parameters.Add(new() { Value = caseId });
            command.Parameters.Add(new() { Value = id });
            return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize<T>(json, Json) : null;
        },
        cancellationToken);
}
