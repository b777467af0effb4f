using System.Buffers;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Cases.Similar;
using Microsoft.Data.Sqlite;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>Resolved-case vectors in the embedded database, one row per case (removed with it), matched on case, team, text hash
/// and model signature together.</summary>
internal sealed class SqliteCaseVectorStore(SqliteDatabase database) : ICaseVectorStore
{
    public async Task<IReadOnlyDictionary<string, float[]>> GetAsync(IReadOnlyCollection<CaseVectorKey> keys, string signature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return new Dictionary<string, float[]>();
        }

        // The keys travel as one JSON array: one parameter however many there are. `IS` matches a case of no team to a row of none.
        var json = KeysJson(keys.Take(ICaseVectorStore.MaxBatch));
        return await database.RunAsync<IReadOnlyDictionary<string, float[]>>(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT v.case_id, v.vector
                    FROM json_each($keys) AS k
                    JOIN case_vectors AS v ON v.case_id = json_extract(k.value, '$[0]')
                    WHERE v.team IS json_extract(k.value, '$[1]') AND v.content_hash = json_extract(k.value, '$[2]') AND v.signature = $signature
                    """;
                command.Parameters.AddWithValue("$keys", json);
                command.Parameters.AddWithValue("$signature", signature);
                var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (VectorBlob.Unpack((byte[])reader.GetValue(1)) is [var vector])
                    {
                        found[reader.GetString(0)] = vector.ToArray();
                    }
                }

                return found;
            },
            cancellationToken);
    }

    // Written by hand rather than serialised: no reflection, and the shape ([id, team, hash] rows) is the query's.
    private static string KeysJson(IEnumerable<CaseVectorKey> keys)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var key in keys)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(key.CaseId);
                if (key.Team is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteStringValue(key.Team);
                }

                writer.WriteStringValue(key.ContentHash);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public Task SaveAsync(IReadOnlyCollection<CaseVector> vectors, string signature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        return vectors.Count == 0 ? Task.CompletedTask : database.WriteAsync(
            async connection =>
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                // A case deleted meanwhile has no row to hang the vector on; it is simply not kept.
                command.CommandText = """
                    INSERT INTO case_vectors (case_id, team, content_hash, signature, vector)
                    SELECT $id, $team, $hash, $signature, $vector WHERE EXISTS (SELECT 1 FROM cases WHERE id = $id)
                    ON CONFLICT (case_id) DO UPDATE SET team = excluded.team, content_hash = excluded.content_hash, signature = excluded.signature, vector = excluded.vector
                    """;
                var id = command.Parameters.Add("$id", SqliteType.Text);
                var team = command.Parameters.Add("$team", SqliteType.Text);
                var hash = command.Parameters.Add("$hash", SqliteType.Text);
                command.Parameters.AddWithValue("$signature", signature);
                var blob = command.Parameters.Add("$vector", SqliteType.Blob);
                foreach (var vector in vectors.Take(ICaseVectorStore.MaxBatch))
                {
                    id.Value = vector.Key.CaseId;
                    team.Value = (object?)vector.Key.Team ?? DBNull.Value;
                    hash.Value = vector.Key.ContentHash;
                    blob.Value = VectorBlob.Pack([vector.Vector]);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return vectors.Count;
            },
            cancellationToken);
    }
}
