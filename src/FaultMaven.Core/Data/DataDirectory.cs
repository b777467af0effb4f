namespace FaultMaven.Core.Data;

/// <summary>Where uploads' redacted text lives: <c>uploads/&lt;id&gt;.txt</c> under the data directory, and <c>uploads/tmp</c> for
/// files being written. Both folders are created on first use, readable by the server's user alone.</summary>
public sealed class DataDirectory
{
    /// <summary>The extension of stored content files.</summary>
    public const string ContentExtension = ".txt";

    /// <summary>The extension of temporary files; raw bytes are never among them (see <see cref="CreateAnonymousFile"/>).</summary>
    public const string TemporaryExtension = ".tmp";

    /// <summary>Initializes the folders under <paramref name="dataDirectory"/>.</summary>
    public DataDirectory(string dataDirectory)
    {
        ContentDirectory = Path.Combine(Path.GetFullPath(dataDirectory), "uploads");
        TemporaryDirectory = Path.Combine(ContentDirectory, "tmp");
        PrivateFiles.CreateDirectory(ContentDirectory);
        PrivateFiles.CreateDirectory(TemporaryDirectory);
    }

    /// <summary>Gets the folder of stored content.</summary>
    public string ContentDirectory { get; }

    /// <summary>Gets the folder of files being written.</summary>
    public string TemporaryDirectory { get; }

    /// <summary>Gets the path of an upload's stored text.</summary>
    public string ContentPath(string id) => Path.Combine(ContentDirectory, id + ContentExtension);

    /// <summary>Gets a fresh temporary file name.</summary>
    public string NewTemporaryFile() => Path.Combine(TemporaryDirectory, Guid.NewGuid().ToString("N") + TemporaryExtension);

    /// <summary>Creates a read-write file that has no name on disk: its bytes go when it is closed or the process dies, even by
    /// <c>kill -9</c>. Unredacted uploads are received into one.</summary>
    public FileStream CreateAnonymousFile()
    {
        var path = NewTemporaryFile();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None, BufferSize = 1 << 16 };
        if (OperatingSystem.IsWindows())
        {
            options.Options = FileOptions.Asynchronous | FileOptions.DeleteOnClose;
            return new FileStream(path, options);
        }

        options.Options = FileOptions.Asynchronous;
        options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var file = new FileStream(path, options);
        // Unlinked while open: the open handle keeps the bytes readable for this process alone.
        File.Delete(path);
        return file;
    }
}
