using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Data.Sqlite;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>Uploads' metadata, analyses and redaction reports in the embedded database, as JSON documents beside the columns that
/// are queried (case, content hash, time). Rows go with their case (trigger); their content files are removed by the clean-up.</summary>
internal sealed class SqliteDataStore(SqliteDatabase database) : IDataStore
{
    private static readonly JsonSerializerOptions Json = StoredJson.Options;

    public Task AddAsync(DataUpload upload, DataAnalysis analysis, IReadOnlyList<Redaction> redactions, CancellationToken cancellationToken = default)
    {
        // Serialized before the write gate is taken: a report of many redactions takes seconds to write out, and every other writer of
        // the server would wait for it.
        var (metadata, analysisJson, redactionsJson) = (JsonSerializer.Serialize(upload, Json), JsonSerializer.Serialize(analysis, Json), JsonSerializer.Serialize(redactions, Json));
        return database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    INSERT INTO uploads (id, case_id, sha256, created_at, metadata, analysis, redactions)
                    VALUES ($id, $case, $sha, $created, $metadata, $analysis, $redactions)
                    """;
                command.Parameters.AddWithValue("$id", upload.Id);
                command.Parameters.AddWithValue("$case", upload.CaseId);
                command.Parameters.AddWithValue("$sha", upload.Sha256);
                command.Parameters.AddWithValue("$created", StoredValues.ToTicks(upload.CreatedAt));
                command.Parameters.AddWithValue("$metadata", metadata);
                command.Parameters.AddWithValue("$analysis", analysisJson);
                command.Parameters.AddWithValue("$redactions", redactionsJson);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public Task<DataUpload?> GetAsync(string caseId, string id, CancellationToken cancellationToken = default) =>
        ReadOneAsync<DataUpload>("metadata", "case_id = $case AND id = $id", caseId, id, cancellationToken);

    public Task<DataUpload?> FindByContentAsync(string caseId, string sha256, CancellationToken cancellationToken = default) =>
        ReadOneAsync<DataUpload>("metadata", "case_id = $case AND sha256 = $id", caseId, sha256, cancellationToken);

    public Task<DataAnalysis?> GetAnalysisAsync(string caseId, string id, CancellationToken cancellationToken = default) =>
        ReadOneAsync<DataAnalysis>("analysis", "case_id = $case AND id = $id", caseId, id, cancellationToken);

    public IAsyncEnumerable<Redaction> ReadRedactionsAsync(string caseId, string id, CancellationToken cancellationToken = default) =>
        RedactionSpool.ReadAsync(
            (spool, token) => database.RunAsync(
                async connection =>
                {
                    // With the rowid selected, the value is read incrementally rather than whole.
                    await using var command = connection.CreateCommand();
                    command.CommandText = "SELECT rowid, redactions FROM uploads WHERE case_id = $case AND id = $id LIMIT 1";
                    command.Parameters.AddWithValue("$case", caseId);
                    command.Parameters.AddWithValue("$id", id);
                    await using var reader = await command.ExecuteReaderAsync(token);
                    if (!await reader.ReadAsync(token))
                    {
                        return false;
                    }

                    await using var value = reader.GetStream(1);
                    await value.CopyToAsync(spool, token);
                    return true;
                },
                token),
            Json,
            cancellationToken);

    public Task<Page<DataUpload>> ListAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM uploads WHERE case_id = $case";
            count.Parameters.AddWithValue("$case", caseId);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT metadata FROM uploads WHERE case_id = $case ORDER BY created_at DESC, id DESC LIMIT $limit OFFSET $offset";
            command.Parameters.AddWithValue("$case", caseId);
            command.Parameters.AddWithValue("$limit", page.Limit);
            command.Parameters.AddWithValue("$offset", page.Offset);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var items = new List<DataUpload>();
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(JsonSerializer.Deserialize<DataUpload>(reader.GetString(0), Json)!);
            }

            return new Page<DataUpload>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    public async Task<bool> DeleteAsync(string caseId, string id, CancellationToken cancellationToken = default)
    {
        var deleted = await database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM uploads WHERE case_id = $case AND id = $id";
                command.Parameters.AddWithValue("$case", caseId);
                command.Parameters.AddWithValue("$id", id);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken) > 0;
        if (deleted)
        {
            // The analysis and redaction report of the upload leave the WAL too (see SqliteDatabase.CheckpointAsync).
            await database.CheckpointAsync();
        }

        return deleted;
    }

    public Task<IReadOnlySet<string>> ListIdsAsync(CancellationToken cancellationToken = default) => database.RunAsync<IReadOnlySet<string>>(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            // Rows of a deleted case are not live: an upload that finished while its case was being deleted (SQLite has no foreign
            // key here) or left by an older version would otherwise keep its text on disk for ever.
            command.CommandText = "SELECT id FROM uploads WHERE case_id IN (SELECT id FROM cases)";
            return await ReadIdsAsync(command, cancellationToken);
        },
        cancellationToken);

    public Task<IReadOnlySet<string>> ListIdsOfCaseAsync(string caseId, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM uploads WHERE case_id = $case";
            command.Parameters.AddWithValue("$case", caseId);
            return await ReadIdsAsync(command, cancellationToken);
        },
        cancellationToken);

    private static async Task<IReadOnlySet<string>> ReadIdsAsync(System.Data.Common.DbCommand command, CancellationToken cancellationToken)
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
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {column} FROM uploads WHERE {where} LIMIT 1";
            command.Parameters.AddWithValue("$case", caseId);
            command.Parameters.AddWithValue("$id", id);
            return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize<T>(json, Json) : null;
        },
        cancellationToken);
}
