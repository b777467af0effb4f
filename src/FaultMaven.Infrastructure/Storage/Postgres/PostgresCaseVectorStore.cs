using FaultMaven.Core.Cases.Similar;
using Npgsql;
using NpgsqlTypes;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>Resolved-case vectors in PostgreSQL, shared by every instance: one row per case (removed with it), matched on case, team,
/// text hash and model signature together.</summary>
internal sealed class PostgresCaseVectorStore(PostgresDatabase database) : ICaseVectorStore
{
    public async Task<IReadOnlyDictionary<string, float[]>> GetAsync(IReadOnlyCollection<CaseVectorKey> keys, string signature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var batch = keys.Take(ICaseVectorStore.MaxBatch).ToList();
        if (batch.Count == 0)
        {
            return new Dictionary<string, float[]>();
        }

        return await database.RunAsync<IReadOnlyDictionary<string, float[]>>(
            async connection =>
            {
                // The keys travel as three arrays, whatever their number; IS NOT DISTINCT FROM matches a case of no team to a row of none.
                await using var command = new NpgsqlCommand(
                    """
                    SELECT v.case_id, v.vector
                    FROM unnest($1::text[], $2::text[], $3::text[]) AS k (case_id, team, content_hash)
                    JOIN case_vectors AS v ON v.case_id = k.case_id
                    WHERE v.team IS NOT DISTINCT FROM k.team AND v.content_hash = k.content_hash AND v.signature = $4
                    """,
                    connection);
                command.Parameters.Add(new() { Value = batch.Select(k => k.CaseId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                command.Parameters.Add(new() { Value = batch.Select(k => k.Team).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                command.Parameters.Add(new() { Value = batch.Select(k => k.ContentHash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                command.Parameters.Add(new() { Value = signature });
                var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (VectorBlob.Unpack(reader.GetFieldValue<byte[]>(1)) is [var vector])
                    {
                        found[reader.GetString(0)] = vector.ToArray();
                    }
                }

                return found;
            },
            cancellationToken);
    }

    public Task SaveAsync(IReadOnlyCollection<CaseVector> vectors, string signature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        // One row per case in one statement (PostgreSQL refuses to upsert a row twice in one): the last vector of a case wins.
        var batch = vectors.Reverse().DistinctBy(v => v.Key.CaseId, StringComparer.Ordinal).Take(ICaseVectorStore.MaxBatch).ToList();
        return batch.Count == 0 ? Task.CompletedTask : database.RunAsync(
            async connection =>
            {
                // One statement for the batch; a case deleted meanwhile has no row to hang its vector on and is simply not kept.
                await using var command = new NpgsqlCommand(
                    """
                    INSERT INTO case_vectors (case_id, team, content_hash, signature, vector)
                    SELECT k.case_id, k.team, k.content_hash, $5, k.vector
                    FROM unnest($1::text[], $2::text[], $3::text[], $4::bytea[]) AS k (case_id, team, content_hash, vector)
                    WHERE EXISTS (SELECT 1 FROM cases WHERE id = k.case_id)
                    ON CONFLICT (case_id) DO UPDATE SET team = excluded.team, content_hash = excluded.content_hash, signature = excluded.signature, vector = excluded.vector
                    """,
                    connection);
                command.Parameters.Add(new() { Value = batch.Select(v => v.Key.CaseId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                command.Parameters.Add(new() { Value = batch.Select(v => v.Key.Team).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                command.Parameters.Add(new() { Value = batch.Select(v => v.Key.ContentHash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                command.Parameters.Add(new() { Value = batch.Select(v => VectorBlob.Pack([v.Vector])).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
                command.Parameters.Add(new() { Value = signature });
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }
}
