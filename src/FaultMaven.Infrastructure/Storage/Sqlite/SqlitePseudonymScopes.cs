using System.Security.Cryptography;
using System.Text;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>The pseudonym maps of cases in the embedded database. Real values are encrypted at rest with AES-GCM under a key kept
/// in <c>privacy.key</c> beside the database (created on first use, readable by the owner only); a case's pseudonyms go when it is deleted.</summary>
internal sealed class SqlitePseudonymScopes(SqliteDatabase database, IOptions<StorageOptions> options) : IPseudonymScopes
{
    private const int SaveBatch = 1_000;

    private readonly Lazy<PseudonymCipher> _cipher = new(() => new(LoadOrCreateKey(Path.Combine(Path.GetFullPath(options.Value.DataDirectory), "privacy.key"))));

    public async ValueTask<PseudonymMap> GetAsync(string scope, CancellationToken cancellationToken) => await database.RunAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT token, type, value FROM pseudonyms WHERE scope = $scope";
            command.Parameters.AddWithValue("$scope", scope);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var pseudonyms = new List<Pseudonym>();
            while (await reader.ReadAsync(cancellationToken))
            {
                if (PiiTypes.TryParse(reader.GetString(1), out var type))
                {
                    pseudonyms.Add(new Pseudonym(type, reader.GetString(0), _cipher.Value.Decrypt((byte[])reader[2], scope)));
                }
            }

            return new PseudonymMap(pseudonyms);
        },
        cancellationToken);

    public async ValueTask SaveAsync(string scope, PseudonymMap map, CancellationToken cancellationToken)
    {
        var added = map.TakeAdded();
        if (added.Count == 0)
        {
            return;
        }

        // In batches, each its own transaction under the write gate: an upload of many distinct values would otherwise hold every
        // other writer of the server (a new session, another team's upload) for as long as all its rows take.
        foreach (var batch in added.Chunk(SaveBatch))
        {
            var rows = batch.Select(p => (p.Token, Type: p.Type.Label(), Value: _cipher.Value.Encrypt(p.Value, scope))).ToArray();
            await database.WriteAsync(
                async connection =>
                {
                    await using var transaction = connection.BeginTransaction();
                    foreach (var (token, type, value) in rows)
                    {
                        await using var command = connection.CreateCommand();
                        command.Transaction = transaction;
                        command.CommandText = "INSERT OR IGNORE INTO pseudonyms (scope, token, type, value) VALUES ($scope, $token, $type, $value)";
                        command.Parameters.AddWithValue("$scope", scope);
                        command.Parameters.AddWithValue("$token", token);
                        command.Parameters.AddWithValue("$type", type);
                        command.Parameters.AddWithValue("$value", value);
                        await command.ExecuteNonQueryAsync(cancellationToken);
                    }

                    await transaction.CommitAsync(cancellationToken);
                    return rows.Length;
                },
                cancellationToken);
        }
    }

    private static byte[] LoadOrCreateKey(string path)
    {
        if (File.Exists(path))
        {
            return PseudonymCipher.ParseKey(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"{path} does not hold a base64 256-bit key; restore it from a backup (pseudonyms encrypted under another key cannot be read).");
        }

        var key = RandomNumberGenerator.GetBytes(32);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, Encoding.ASCII, fileOptions);
            writer.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return LoadOrCreateKey(path); // another instance created it first
        }
    }
}
