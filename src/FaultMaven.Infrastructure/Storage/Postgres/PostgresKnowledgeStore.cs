using System.Runtime.CompilerServices;
using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Security;
using Npgsql;
using NpgsqlTypes;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>Knowledge documents in PostgreSQL, the source every instance builds its in-memory index from.</summary>
internal sealed class PostgresKnowledgeStore(PostgresDatabase database) : IKnowledgeStore
{
    private static readonly JsonSerializerOptions Json = StoredJson.Options;

    public Task UpsertAsync(StoredDocument document, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO knowledge_documents (id, content_hash, updated_at, document) VALUES ($1, $2, $3, $4)
                ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, updated_at = excluded.updated_at, document = excluded.document
                """,
                connection);
            command.Parameters.Add(new() { Value = document.Document.Id });
            command.Parameters.Add(new() { Value = document.ContentHash });
            command.Parameters.Add(new() { Value = StoredValues.ToTicks(document.UpdatedAt) });
            command.Parameters.Add(new() { Value = JsonSerializer.Serialize(document, Json), NpgsqlDbType = NpgsqlDbType.Jsonb });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    public Task SaveVectorsAsync(string documentId, string contentHash, string signature, IReadOnlyList<ReadOnlyMemory<float>> vectors, CancellationToken cancellationToken = default) =>
        database.RunAsync(
            async connection =>
            {
                // A document deleted meanwhile has no row to hang the vectors on; they are simply not kept.
                await using var command = new NpgsqlCommand(
                    """
                    INSERT INTO knowledge_vectors (document_id, content_hash, signature, vectors)
                    SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM knowledge_documents WHERE id = $1)
                    ON CONFLICT (document_id) DO UPDATE SET content_hash = excluded.content_hash, signature = excluded.signature, vectors = excluded.vectors
                    """,
                    connection);
                command.Parameters.Add(new() { Value = documentId });
                command.Parameters.Add(new() { Value = contentHash });
                command.Parameters.Add(new() { Value = signature });
                command.Parameters.Add(new() { Value = VectorBlob.Pack(vectors) });
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    public Task<IReadOnlyList<ReadOnlyMemory<float>>?> GetVectorsAsync(string documentId, string contentHash, string signature, CancellationToken cancellationToken = default) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand("SELECT vectors FROM knowledge_vectors WHERE document_id = $1 AND content_hash = $2 AND signature = $3", connection);
                command.Parameters.Add(new() { Value = documentId });
                command.Parameters.Add(new() { Value = contentHash });
                command.Parameters.Add(new() { Value = signature });
                return await command.ExecuteScalarAsync(cancellationToken) is byte[] blob ? (IReadOnlyList<ReadOnlyMemory<float>>?)VectorBlob.Unpack(blob) : null;
            },
            cancellationToken);

    public IAsyncEnumerable<StoredVectors> ReadVectorsAsync(string signature, CancellationToken cancellationToken = default) =>
        VectorBlob.ReadPagesAsync((after, token) => database.RunAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    SELECT document_id, content_hash, vectors FROM knowledge_vectors WHERE signature = $1 AND document_id COLLATE "C" > $2
                    ORDER BY document_id COLLATE "C" LIMIT $3
                    """,
                    connection);
                command.Parameters.Add(new() { Value = signature });
                command.Parameters.Add(new() { Value = after });
                command.Parameters.Add(new() { Value = VectorBlob.PageSize });
                await using var reader = await command.ExecuteReaderAsync(token);
                return await VectorBlob.ReadRowsAsync(reader, token);
            },
            token), cancellationToken);

    public Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken = default) => ReadOneAsync("id = $1", id, cancellationToken);

    private static void BindScope(NpgsqlCommand command, OwnerScope? scope)
    {
        command.Parameters.Add(new() { Value = scope is not null });
        command.Parameters.Add(new() { Value = (object?)scope?.Team ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)scope?.Owner ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
    }

    public Task<StoredDocument?> FindByContentAsync(string contentHash, CancellationToken cancellationToken = default) =>
        ReadOneAsync("content_hash = $1", contentHash, cancellationToken);

    // The owner and team live in the document's JSON (see SqliteKnowledgeStore).
    private const string InScope = "(NOT $1"
        + " OR (document->'document'->>'owner' IS NULL AND document->'document'->>'team' IS NULL)"
        + " OR document->'document'->>'team' = $2 OR document->'document'->>'owner' = $3)";

    public Task<Page<StoredDocument>> ListAsync(PageRequest page, OwnerScope? scope = null, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM knowledge_documents WHERE {InScope}", connection);
            BindScope(count, scope);
            var total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
            await using var command = new NpgsqlCommand($"SELECT document FROM knowledge_documents WHERE {InScope} ORDER BY updated_at DESC, id DESC LIMIT $4 OFFSET $5", connection);
            BindScope(command, scope);
            command.Parameters.Add(new() { Value = page.Limit });
            command.Parameters.Add(new() { Value = page.Offset });
            var items = new List<StoredDocument>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(JsonSerializer.Deserialize<StoredDocument>(reader.GetString(0), Json)!);
            }

            return new Page<StoredDocument>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => await database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM knowledge_documents WHERE id = $1", connection);
            command.Parameters.Add(new() { Value = id });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken) > 0;

    public async IAsyncEnumerable<StoredDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var json in KeysetPages.ReadAsync(after => ReadPageAsync(after, cancellationToken), cancellationToken))
        {
            yield return JsonSerializer.Deserialize<StoredDocument>(json, Json)!;
        }
    }

    private Task<List<(string Id, string Value)>> ReadPageAsync(string after, CancellationToken cancellationToken) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT id, document FROM knowledge_documents WHERE id COLLATE \"C\" > $1 ORDER BY id COLLATE \"C\" LIMIT $2", connection);
            command.Parameters.Add(new() { Value = after });
            command.Parameters.Add(new() { Value = KeysetPages.PageSize });
            var items = new List<(string Id, string Value)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add((reader.GetString(0), reader.GetString(1)));
            }

            return items;
        },
        cancellationToken);

    private Task<StoredDocument?> ReadOneAsync(string where, string value, CancellationToken cancellationToken) => database.RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT document FROM knowledge_documents WHERE {where} LIMIT 1", connection);
            command.Parameters.Add(new() { Value = value });
            return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize<StoredDocument>(json, Json) : null;
        },
        cancellationToken);
}
