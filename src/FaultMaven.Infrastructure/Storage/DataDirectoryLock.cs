namespace FaultMaven.Infrastructure.Storage;

/// <summary>An advisory lock on <c>faultmaven.lock</c> in the data directory. Every process using the embedded store (the server, the
/// in-process CLI, <c>fm backup</c>) holds it shared; <c>fm restore</c> takes it exclusively, so neither runs over the other.</summary>
public sealed class DataDirectoryLock : IDisposable
{
    /// <summary>The lock file's name in the data directory.</summary>
    public const string FileName = "faultmaven.lock";

    private readonly FileStream _file;

    private DataDirectoryLock(FileStream file) => _file = file;

    /// <summary>Takes the lock shared with other users of the directory.</summary>
    /// <exception cref="IOException">A restore holds the directory.</exception>
    public static DataDirectoryLock Shared(string dataDirectory)
    {
        try
        {
            // .NET locks the file with flock(2): LOCK_SH for a read-only handle that shares, LOCK_EX for FileShare.None.
            return new(new FileStream(PathOf(dataDirectory), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IOException($"The data directory '{dataDirectory}' is being restored (fm restore holds {FileName}); start again when it is done.", ex);
        }
    }

    /// <summary>Takes the lock alone; null when a server or another command is using the directory.</summary>
    public static DataDirectoryLock? TryExclusive(string dataDirectory)
    {
        try
        {
            return new(new FileStream(PathOf(dataDirectory), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();

    private static string PathOf(string dataDirectory) => Path.Combine(Path.GetFullPath(dataDirectory), FileName);
}
