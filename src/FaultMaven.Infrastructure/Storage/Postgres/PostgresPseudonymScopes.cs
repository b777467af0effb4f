using System.Security.Cryptography;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>The pseudonym maps of cases in PostgreSQL, shared by every instance, real values sealed with AES-GCM. The key comes from
/// <c>FM_PRIVACY_KEY</c>; without it the first instance creates one and keeps it in the database for the others (a warning says
/// so: a dump of the database then holds both the key and what it seals).</summary>
internal sealed class PostgresPseudonymScopes(PostgresDatabase database, string? configuredKey, ILogger<PostgresPseudonymScopes> logger) : IPseudonymScopes
{
    private PseudonymCipher? _cipher;

    public async ValueTask<PseudonymMap> GetAsync(string scope, CancellationToken cancellationToken)
    {
        var cipher = await CipherAsync(cancellationToken);
        return await database.RunAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand("SELECT token, type, value FROM pseudonyms WHERE scope = $1", connection);
                command.Parameters.Add(new() { Value = scope });
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var pseudonyms = new List<Pseudonym>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (PiiTypes.TryParse(reader.GetString(1), out var type))
                    {
                        pseudonyms.Add(new Pseudonym(type, reader.GetString(0), cipher.Decrypt((byte[])reader[2], scope)));
                    }
                }

                return new PseudonymMap(pseudonyms);
            },
            cancellationToken);
    }

    public async ValueTask SaveAsync(string scope, PseudonymMap map, CancellationToken cancellationToken)
    {
        var added = map.TakeAdded();
        if (added.Count == 0)
        {
            return;
        }

        var cipher = await CipherAsync(cancellationToken);
        await database.RunAsync(
            async connection =>
            {
                await using var batch = new NpgsqlBatch(connection);
                foreach (var pseudonym in added)
                {
                    var command = new NpgsqlBatchCommand("INSERT INTO pseudonyms (scope, token, type, value) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING");
                    command.Parameters.Add(new() { Value = scope });
                    command.Parameters.Add(new() { Value = pseudonym.Token });
                    command.Parameters.Add(new() { Value = pseudonym.Type.Label() });
                    command.Parameters.Add(new() { Value = cipher.Encrypt(pseudonym.Value, scope) });
                    batch.BatchCommands.Add(command);
                }

                // A batch runs in one implicit transaction: all of the map's new pseudonyms land or none.
                return await batch.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    private async ValueTask<PseudonymCipher> CipherAsync(CancellationToken cancellationToken)
    {
        if (_cipher is { } known)
        {
            return known;
        }

        var key = configuredKey is null ? await SharedKeyAsync(cancellationToken) : PseudonymCipher.ParseKey(configuredKey)!;
        return _cipher = new PseudonymCipher(key);
    }

    private async Task<byte[]> SharedKeyAsync(CancellationToken cancellationToken)
    {
        logger.PrivacyKeyInDatabase();
        var candidate = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        // The first instance's key wins; every later one reads it back.
        var stored = await database.RunAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    WITH created AS (INSERT INTO secrets (name, value) VALUES ('privacy_key', $1) ON CONFLICT (name) DO NOTHING RETURNING value)
                    SELECT value FROM created UNION ALL SELECT value FROM secrets WHERE name = 'privacy_key' LIMIT 1
                    """,
                    connection);
                command.Parameters.Add(new() { Value = candidate });
                return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
            },
            cancellationToken);
        return PseudonymCipher.ParseKey(stored) ?? throw new InvalidOperationException("The privacy key kept in PostgreSQL (table secrets) is not a base64 256-bit key.");
    }
}
