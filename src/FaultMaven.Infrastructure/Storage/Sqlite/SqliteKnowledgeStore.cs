using System.Runtime.CompilerServices;
using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Security;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>Knowledge documents in the embedded database, one row each (the document as JSON beside the columns that are queried).</summary>
internal sealed class SqliteKnowledgeStore(SqliteDatabase database) : IKnowledgeStore
{
    private static readonly JsonSerializerOptions Json = StoredJson.Options;

    public Task UpsertAsync(StoredDocument document, CancellationToken cancellationToken = default) => database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO knowledge_documents (id, content_hash, updated_at, document) VALUES ($id, $hash, $updated, $document)
                ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, updated_at = excluded.updated_at, document = excluded.document
                """;
            command.Parameters.AddWithValue("$id", document.Document.Id);
            command.Parameters.AddWithValue("$hash", document.ContentHash);
            command.Parameters.AddWithValue("$updated", StoredValues.ToTicks(document.UpdatedAt));
            command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(document, Json));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        },
        cancellationToken);

    public Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken = default) => ReadOneAsync("id = $value", id, cancellationToken);

    public Task SaveVectorsAsync(string documentId, string contentHash, string signature, IReadOnlyList<ReadOnlyMemory<float>> vectors, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    INSERT INTO knowledge_vectors (document_id, content_hash, signature, vectors) VALUES ($id, $hash, $signature, $vectors)
                    ON CONFLICT (document_id) DO UPDATE SET content_hash = excluded.content_hash, signature = excluded.signature, vectors = excluded.vectors
                    """;
                command.Parameters.AddWithValue("$id", documentId);
                command.Parameters.AddWithValue("$hash", contentHash);
                command.Parameters.AddWithValue("$signature", signature);
                command.Parameters.AddWithValue("$vectors", VectorBlob.Pack(vectors));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    public Task<IReadOnlyList<ReadOnlyMemory<float>>?> GetVectorsAsync(string documentId, string contentHash, string signature, CancellationToken cancellationToken = default) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT vectors FROM knowledge_vectors WHERE document_id = $id AND content_hash = $hash AND signature = $signature";
                command.Parameters.AddWithValue("$id", documentId);
                command.Parameters.AddWithValue("$hash", contentHash);
                command.Parameters.AddWithValue("$signature", signature);
                return await command.ExecuteScalarAsync(cancellationToken) is byte[] blob ? (IReadOnlyList<ReadOnlyMemory<float>>?)VectorBlob.Unpack(blob) : null;
            },
            cancellationToken);

    public IAsyncEnumerable<StoredVectors> ReadVectorsAsync(string signature, CancellationToken cancellationToken = default) =>
        VectorBlob.ReadPagesAsync((after, token) => database.RunAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT document_id, content_hash, vectors FROM knowledge_vectors WHERE signature = $signature AND document_id > $after
                    ORDER BY document_id LIMIT $limit
                    """;
                command.Parameters.AddWithValue("$signature", signature);
                command.Parameters.AddWithValue("$after", after);
                command.Parameters.AddWithValue("$limit", VectorBlob.PageSize);
                await using var reader = await command.ExecuteReaderAsync(token);
                return await VectorBlob.ReadRowsAsync(reader, token);
            },
            token), cancellationToken);

    private static void BindScope(Microsoft.Data.Sqlite.SqliteCommand command, OwnerScope? scope)
    {
        command.Parameters.AddWithValue("$scoped", scope is null ? 0 : 1);
        command.Parameters.AddWithValue("$team", (object?)scope?.Team ?? DBNull.Value);
        command.Parameters.AddWithValue("$owner", (object?)scope?.Owner ?? DBNull.Value);
    }

    public Task<StoredDocument?> FindByContentAsync(string contentHash, CancellationToken cancellationToken = default) =>
        ReadOneAsync("content_hash = $value", contentHash, cancellationToken);

    // The owner and team live in the document's JSON: a team's documents are few (published cases), so they are read from it rather
    // than kept in columns of their own.
    private const string InScope = "($scoped = 0"
        + " OR (json_extract(document, '$.document.owner') IS NULL AND json_extract(document, '$.document.team') IS NULL)"
        + " OR json_extract(document, '$.document.team') = $team OR json_extract(document, '$.document.owner') = $owner)";

    public Task<Page<StoredDocument>> ListAsync(PageRequest page, OwnerScope? scope = null, CancellationToken cancellationToken = default) => database.RunAsync(
        async connection =>
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM knowledge_documents WHERE {InScope}";
            BindScope(count, scope);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT document FROM knowledge_documents WHERE {InScope} ORDER BY updated_at DESC, id DESC LIMIT $limit OFFSET $offset";
            BindScope(command, scope);
            command.Parameters.AddWithValue("$limit", page.Limit);
            command.Parameters.AddWithValue("$offset", page.Offset);
            var items = new List<StoredDocument>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(JsonSerializer.Deserialize<StoredDocument>(reader.GetString(0), Json)!);
            }

            return new Page<StoredDocument>(items, total, page.Offset, page.Limit);
        },
        cancellationToken);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => await database.WriteAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM knowledge_documents WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
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
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, document FROM knowledge_documents WHERE id > $after ORDER BY id LIMIT $limit";
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$limit", KeysetPages.PageSize);
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
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT document FROM knowledge_documents WHERE {where} LIMIT 1";
            command.Parameters.AddWithValue("$value", value);
            return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize<StoredDocument>(json, Json) : null;
        },
        cancellationToken);
}
