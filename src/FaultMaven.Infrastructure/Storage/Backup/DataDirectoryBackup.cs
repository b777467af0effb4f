using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using FaultMaven.Core.Data;
using FaultMaven.Core.Diagnostics;
using Microsoft.Data.Sqlite;

namespace FaultMaven.Infrastructure.Storage.Backup;

/// <summary>Writes a data directory to one zip archive while a server may be serving from it: the database through SQLite's online
/// backup API (one consistent snapshot), then the files under the directory (upload text, <c>privacy.key</c>, anything later versions
/// add), then <c>manifest.json</c>, to a stream the caller puts in place (<c>fm backup</c> writes it to a private file and renames it).</summary>
public static class DataDirectoryBackup
{
    /// <summary>The database's name in the data directory and in the archive.</summary>
    public const string DatabaseName = "faultmaven.db";

    /// <summary>The pseudonym key's name in the data directory and in the archive.</summary>
    public const string PrivacyKeyName = "privacy.key";

    /// <summary>Writes the archive of <paramref name="dataDirectory"/> to <paramref name="destination"/> (which may be unseekable);
    /// the caller puts it in place. The database's snapshot is made in <paramref name="scratchFolder"/> (an existing private folder
    /// of the caller's, which it removes) and deleted before this returns or throws.</summary>
    /// <exception cref="BackupException">No database, the directory is being restored, or the snapshot could not be written.</exception>
    public static async Task<BackupManifest> WriteAsync(string dataDirectory, Stream destination, string scratchFolder, bool includePrivacyKey, TimeProvider time, CancellationToken cancellationToken = default)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("backup.create");
        var root = Path.GetFullPath(dataDirectory);
        if (!File.Exists(Path.Combine(root, DatabaseName)))
        {
            throw new BackupException($"'{dataDirectory}' holds no FaultMaven database ({DatabaseName}); set --data-dir or FM_DATA_DIR to the server's data directory.");
        }

        using var directoryLock = TakeSharedLock(dataDirectory);
        var snapshot = Path.Combine(scratchFolder, DatabaseName);
        try
        {
            var createdAt = time.GetUtcNow();
            var (counts, live) = SnapshotInto(Path.Combine(root, DatabaseName), snapshot);
            var files = new List<BackupFile>();
            BackupManifest manifest;
            using (var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true))
            {
                files.Add(await AddAsync(zip, snapshot, DatabaseName, cancellationToken));
                // The copy is in the archive: it does not wait on disk while the other files are read.
                DeleteSnapshot(snapshot);
                foreach (var (path, name) in DataFiles(root, includePrivacyKey, live))
                {
                    if (await TryAddAsync(zip, path, name, cancellationToken) is { } file)
                    {
                        files.Add(file);
                    }
                }

                manifest = new BackupManifest(BackupManifest.FormatName, BackupManifest.CurrentVersion, createdAt, counts, files.Any(f => f.Path == PrivacyKeyName), files);
                await using var manifestStream = zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal).Open();
                await JsonSerializer.SerializeAsync(manifestStream, manifest, BackupJsonContext.Default.BackupManifest, cancellationToken);
            }

            activity?.SetTag("backup.files", files.Count);
            activity?.SetTag("backup.bytes", manifest.TotalBytes);
            return manifest;
        }
        finally
        {
            DeleteSnapshot(snapshot);
        }
    }

    private static void DeleteSnapshot(string snapshot)
    {
        foreach (var suffix in (string[])["", "-journal", "-wal", "-shm"])
        {
            File.Delete(snapshot + suffix);
        }
    }

    // A snapshot that cannot be written (a full disk, the file-size limit) is the backup's failure, said as such.
    private static (BackupCounts Counts, IReadOnlySet<string> LiveUploads) SnapshotInto(string database, string snapshot)
    {
        try
        {
            return Snapshot(database, snapshot);
        }
        catch (SqliteException ex) when ((ex.SqliteErrorCode & 0xFF) is 10 or 13)
        {
            // SQLITE_IOERR or SQLITE_FULL.
            throw new BackupException($"the database could not be copied into {Path.GetDirectoryName(snapshot)}: the disk is full or the file would be larger than this process may write (ulimit -f).", ex);
        }
    }

    /// <summary>The files under the data directory that a restore needs, beside the database: every regular file but the live
    /// database and its journals, the lock, temporary uploads, write probes and the text of uploads <paramref name="live"/> does not
    /// name (their case was deleted; the clean-up has not removed them yet). Symbolic links are not followed.</summary>
    internal static IEnumerable<(string Path, string Name)> DataFiles(string root, bool includePrivacyKey, IReadOnlySet<string> live)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
        foreach (var path in Directory.EnumerateFiles(root, "*", options).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            var skipped = name is DatabaseName or DatabaseName + "-wal" or DatabaseName + "-shm" or DatabaseName + "-journal" or DataDirectoryLock.FileName
                || name.StartsWith("uploads/tmp/", StringComparison.Ordinal)
                || IsDeadUpload(name, live)
                || name.StartsWith(".write-probe-", StringComparison.Ordinal)
                || name.StartsWith(DataDirectoryRestore.StagingPrefix, StringComparison.Ordinal)
                || (name == PrivacyKeyName && !includePrivacyKey);
            if (!skipped)
            {
                yield return (path, name);
            }
        }
    }

    /// <summary>Whether <paramref name="name"/> is the stored text of an upload the snapshot holds no live row for.</summary>
    private static bool IsDeadUpload(string name, IReadOnlySet<string> live) =>
        name.StartsWith("uploads/", StringComparison.Ordinal) && name.IndexOf('/', "uploads/".Length) < 0
        && name.EndsWith(DataDirectory.ContentExtension, StringComparison.Ordinal)
        && !live.Contains(name["uploads/".Length..^DataDirectory.ContentExtension.Length]);

    private static DataDirectoryLock TakeSharedLock(string dataDirectory)
    {
        try
        {
            return DataDirectoryLock.Shared(dataDirectory);
        }
        catch (IOException ex)
        {
            throw new BackupException(ex.Message, ex);
        }
    }

    // sqlite3_backup_step(-1) copies every page under one read transaction: writers carry on (WAL), and the copy is the database as
    // of one instant. The copy is switched out of WAL so that it is one self-contained file.
    private static (BackupCounts Counts, IReadOnlySet<string> LiveUploads) Snapshot(string database, string snapshot)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 }.ToString());
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        source.Open();
        copy.Open();
        source.BackupDatabase(copy);
        using var command = copy.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=DELETE";
        command.ExecuteNonQuery();
        // The uploads of the snapshot's cases: text of a deleted case is not carried into a backup (and so not into a restore).
        command.CommandText = "SELECT id FROM uploads WHERE case_id IN (SELECT id FROM cases)";
        var live = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                live.Add(reader.GetString(0));
            }
        }

        return (Count(copy), live);
    }

    internal static BackupCounts Count(SqliteConnection connection)
    {
        long Rows(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }

        return new BackupCounts(Rows("cases"), Rows("turns"), Rows("uploads"), Rows("knowledge_documents"));
    }

    private static async Task<BackupFile> AddAsync(ZipArchive zip, string path, string name, CancellationToken cancellationToken) =>
        await TryAddAsync(zip, path, name, cancellationToken) ?? throw new BackupException($"'{path}' vanished while it was being backed up.");

    // A file deleted between the snapshot and now (its upload or case was deleted meanwhile) is left out, not an error.
    private static async Task<BackupFile?> TryAddAsync(ZipArchive zip, string path, string name, CancellationToken cancellationToken)
    {
        FileStream source;
        try
        {
            source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        await using (source)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
            entry.LastWriteTime = File.GetLastWriteTimeUtc(path);
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long bytes = 0;
            var buffer = new byte[1 << 16];
            await using var target = entry.Open();
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                bytes += read;
            }

            return new BackupFile(name, bytes, Convert.ToHexStringLower(sha.GetHashAndReset()));
        }
    }
}
