using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using FaultMaven.Core.Data;
using FaultMaven.Core.Diagnostics;
using Microsoft.Data.Sqlite;

namespace FaultMaven.Infrastructure.Storage.Backup;

/// <summary>Restores a <see cref="DataDirectoryBackup"/> archive into a data directory. The archive is read as hostile: it is checked
/// whole (manifest version, every name inside the target, sizes as declared, checksums, a database that opens) in a staging folder
/// before anything already in the target is touched, and the target is locked against servers for the whole restore.</summary>
public static class DataDirectoryRestore
{
    /// <summary>The prefix of the staging folder inside the target.</summary>
    public const string StagingPrefix = ".restore-";

    /// <summary>The most entries an archive may have.</summary>
    public const int MaxEntries = 1_000_000;

    private const int MaxManifestBytes = 64 * 1024 * 1024;

    /// <summary>Restores <paramref name="archive"/> into <paramref name="dataDirectory"/>.</summary>
    /// <param name="archive">The backup archive.</param>
    /// <param name="dataDirectory">The data directory to restore into; created if missing.</param>
    /// <param name="force">Whether what the directory holds is replaced (else a non-empty directory is refused).</param>
    /// <param name="cancellationToken">Cancels the restore before the target is changed.</param>
    /// <exception cref="BackupException">A bad archive, a non-empty target without <paramref name="force"/>, or a target in use.</exception>
    public static async Task<BackupManifest> RestoreAsync(string archive, string dataDirectory, bool force, CancellationToken cancellationToken = default)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("backup.restore");
        var root = Path.GetFullPath(dataDirectory);
        using var zip = Open(archive);
        var manifest = ReadManifest(zip, archive);
        var entries = Check(zip, manifest, archive);

        if (Directory.Exists(root) && !force && Directory.EnumerateFileSystemEntries(root).Any(e => Path.GetFileName(e) != DataDirectoryLock.FileName))
        {
            throw new BackupException($"'{dataDirectory}' is not empty; restore into an empty directory, or pass --force to replace what it holds.");
        }

        PrivateFiles.CreateDirectory(root);
        using var directoryLock = DataDirectoryLock.TryExclusive(root)
            ?? throw new BackupException($"'{dataDirectory}' is in use by a FaultMaven server or another fm command; stop it, then restore.");
        if (new DriveInfo(root).AvailableFreeSpace is var free && free < manifest.TotalBytes)
        {
            throw new BackupException($"'{dataDirectory}' has {free:N0} bytes free; the backup needs {manifest.TotalBytes:N0}.");
        }

        var staging = Path.Combine(root, StagingPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            PrivateFiles.CreateDirectory(staging);
            foreach (var (entry, file) in entries)
            {
                await ExtractAsync(entry, file, Target(staging, file.Path, archive), archive, cancellationToken);
            }

            VerifyDatabase(Path.Combine(staging, DataDirectoryBackup.DatabaseName), manifest, archive);
            cancellationToken.ThrowIfCancellationRequested();

            // From here the target changes: the archive is known good and staged on the same file system.
            Replace(root, staging, keepPrivacyKey: !manifest.Files.Any(f => f.Path == DataDirectoryBackup.PrivacyKeyName));
            activity?.SetTag("backup.files", manifest.Files.Count);
            return manifest;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static ZipArchive Open(string archive)
    {
        try
        {
            return new ZipArchive(File.OpenRead(archive), ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BackupException($"'{archive}' does not exist.", ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw Corrupt(archive, "it is not a readable zip archive", ex);
        }
    }

    private static BackupManifest ReadManifest(ZipArchive zip, string archive)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName) ?? throw Corrupt(archive, $"it has no {BackupManifest.EntryName}");
        if (entry.Length > MaxManifestBytes)
        {
            throw Corrupt(archive, $"its {BackupManifest.EntryName} is larger than {MaxManifestBytes / (1024 * 1024)} MiB");
        }

        BackupManifest? manifest;
        try
        {
            using var stream = entry.Open();
            manifest = JsonSerializer.Deserialize(stream, BackupJsonContext.Default.BackupManifest);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or NotSupportedException)
        {
            throw Corrupt(archive, $"its {BackupManifest.EntryName} cannot be read", ex);
        }

        if (manifest is null || manifest.Format != BackupManifest.FormatName || manifest.Files is null || manifest.Counts is null)
        {
            throw Corrupt(archive, $"its {BackupManifest.EntryName} is not a FaultMaven backup manifest");
        }

        if (manifest.Version != BackupManifest.CurrentVersion)
        {
            throw new BackupException($"'{archive}' is a version {manifest.Version} backup; this fm reads version {BackupManifest.CurrentVersion}. Restore it with the fm that wrote it.");
        }

        return manifest;
    }

    // Every entry is the manifest or a file it lists with the same size, every listed file is present once, and each name stays inside
    // the data directory: a crafted archive can neither write elsewhere (zip-slip) nor expand past what it declares.
    private static List<(ZipArchiveEntry Entry, BackupFile File)> Check(ZipArchive zip, BackupManifest manifest, string archive)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            throw Corrupt(archive, $"it has more than {MaxEntries:N0} entries");
        }

        var listed = new Dictionary<string, BackupFile>(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            if (file?.Path is null || file.Sha256 is null || file.Bytes < 0 || !IsSafeName(file.Path) || !listed.TryAdd(file.Path, file))
            {
                throw Corrupt(archive, $"its manifest lists an unsafe or repeated path '{file?.Path}'");
            }
        }

        if (!listed.ContainsKey(DataDirectoryBackup.DatabaseName))
        {
            throw Corrupt(archive, $"it holds no {DataDirectoryBackup.DatabaseName}");
        }

        var entries = new List<(ZipArchiveEntry, BackupFile)>();
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName == BackupManifest.EntryName)
            {
                continue;
            }

            if (!IsSafeName(entry.FullName))
            {
                throw Corrupt(archive, $"its entry '{entry.FullName}' would be written outside the data directory");
            }

            if (!listed.Remove(entry.FullName, out var file))
            {
                throw Corrupt(archive, $"its entry '{entry.FullName}' is not in the manifest (or is there twice)");
            }

            if (entry.Length != file.Bytes)
            {
                throw Corrupt(archive, $"its entry '{entry.FullName}' is {entry.Length:N0} bytes, the manifest says {file.Bytes:N0}");
            }

            entries.Add((entry, file));
        }

        return listed.Count == 0 ? entries : throw Corrupt(archive, $"'{listed.Keys.First()}' is in the manifest but not in the archive");
    }

    // Relative, '/'-separated, no empty, '.' or '..' segment, no drive or backslash, no control characters, not the lock or staging.
    internal static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 1024
        && !name.StartsWith('/')
        && !name.Any(c => c is '\\' or ':' || char.IsControl(c))
        && name.Split('/').All(segment => segment is { Length: > 0 } and not "." and not "..")
        && name != DataDirectoryLock.FileName
        && !name.StartsWith(StagingPrefix, StringComparison.Ordinal);

    private static string Target(string staging, string name, string archive)
    {
        var path = Path.GetFullPath(Path.Combine(staging, name.Replace('/', Path.DirectorySeparatorChar)));
        return path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw Corrupt(archive, $"its entry '{name}' would be written outside the data directory");
    }

    private static async Task ExtractAsync(ZipArchiveEntry entry, BackupFile file, string path, string archive, CancellationToken cancellationToken)
    {
        PrivateFiles.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 1 << 16, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            await using var source = entry.Open();
            await using var target = new FileStream(path, options);
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long bytes = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                // The declared size bounds what is written, whatever the compressed stream claims to expand to.
                bytes += read;
                if (bytes > file.Bytes)
                {
                    throw Corrupt(archive, $"its entry '{file.Path}' expands past its declared {file.Bytes:N0} bytes");
                }

                sha.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            if (bytes != file.Bytes || !string.Equals(Convert.ToHexStringLower(sha.GetHashAndReset()), file.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw Corrupt(archive, $"its entry '{file.Path}' does not match its checksum");
            }
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(archive, $"its entry '{file.Path}' cannot be decompressed", ex);
        }
    }

    private static void VerifyDatabase(string path, BackupManifest manifest, string archive)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check";
            if (check.ExecuteScalar() as string != "ok")
            {
                throw Corrupt(archive, $"its {DataDirectoryBackup.DatabaseName} fails SQLite's integrity check");
            }

            if (DataDirectoryBackup.Count(connection) != manifest.Counts)
            {
                throw Corrupt(archive, $"its {DataDirectoryBackup.DatabaseName} does not hold the records its manifest counts");
            }
        }
        catch (SqliteException ex)
        {
            throw Corrupt(archive, $"its {DataDirectoryBackup.DatabaseName} is not a FaultMaven database ({ex.SqliteErrorCode})", ex);
        }
    }

    // What the target held goes (but the lock this restore holds, and privacy.key when the backup was made without it: that is the
    // key kept apart), then the staged files move in; both are on one file system, so each move is a rename.
    private static void Replace(string root, string staging, bool keepPrivacyKey)
    {
        foreach (var existing in Directory.EnumerateFileSystemEntries(root).ToList())
        {
            var name = Path.GetFileName(existing);
            if (existing == staging || name == DataDirectoryLock.FileName || (keepPrivacyKey && name == DataDirectoryBackup.PrivacyKeyName))
            {
                continue;
            }

            if (Directory.Exists(existing) && !File.GetAttributes(existing).HasFlag(FileAttributes.ReparsePoint))
            {
                Directory.Delete(existing, recursive: true);
            }
            else
            {
                File.Delete(existing);
            }
        }

        foreach (var staged in Directory.EnumerateFileSystemEntries(staging).ToList())
        {
            var destination = Path.Combine(root, Path.GetFileName(staged));
            if (Directory.Exists(staged))
            {
                Directory.Move(staged, destination);
            }
            else
            {
                File.Move(staged, destination);
            }
        }
    }

    private static BackupException Corrupt(string archive, string reason, Exception? inner = null) =>
        new($"'{archive}' is not a usable FaultMaven backup: {reason}.", inner);
}
