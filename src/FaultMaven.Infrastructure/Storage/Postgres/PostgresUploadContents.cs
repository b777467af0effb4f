using System.Data;
using FaultMaven.Core.Data;
using Npgsql;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>Uploads' redacted text in PostgreSQL (streamed in and out, never held whole in memory), with a copy on this instance's
/// disk made on first read: an upload received by one instance is readable by every other. The copies are a cache; the clean-up
/// removes those whose upload is gone.</summary>
internal sealed class PostgresUploadContents(PostgresDatabase database, DataDirectory directory) : IUploadContents
{
    public async Task SaveAsync(string caseId, string id, string path, CancellationToken cancellationToken = default)
    {
        await database.RunAsync(
            async connection =>
            {
                await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                await using var command = new NpgsqlCommand("INSERT INTO upload_contents (id, case_id, content) VALUES ($1, $2, $3)", connection);
                command.Parameters.Add(new() { Value = id });
                command.Parameters.Add(new() { Value = caseId });
                command.Parameters.Add(new() { Value = file, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
        File.Move(path, directory.ContentPath(id), overwrite: true);
    }

    public async Task<string?> GetPathAsync(string caseId, string id, CancellationToken cancellationToken = default)
    {
        var local = directory.ContentPath(id);
        if (File.Exists(local))
        {
            return local;
        }

        var temporary = directory.NewTemporaryFile();
        try
        {
            var found = await database.RunAsync(
                async connection =>
                {
                    await using var command = new NpgsqlCommand("SELECT content FROM upload_contents WHERE id = $1 AND case_id = $2", connection);
                    command.Parameters.Add(new() { Value = id });
                    command.Parameters.Add(new() { Value = caseId });
                    await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
                    if (!await reader.ReadAsync(cancellationToken))
                    {
                        return false;
                    }

                    await using var content = await reader.GetStreamAsync(0, cancellationToken);
                    await using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                    await content.CopyToAsync(file, cancellationToken);
                    return true;
                },
                cancellationToken);
            if (!found)
            {
                return null;
            }

            // Two readers fetching at once both write whole copies; whichever lands last wins, and both are the same bytes.
            File.Move(temporary, local, overwrite: true);
            return local;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task DeleteAsync(string caseId, string id, CancellationToken cancellationToken = default)
    {
        await database.RunAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand("DELETE FROM upload_contents WHERE id = $1 AND case_id = $2", connection);
                command.Parameters.Add(new() { Value = id });
                command.Parameters.Add(new() { Value = caseId });
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
        File.Delete(directory.ContentPath(id));
    }
}
