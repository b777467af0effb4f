namespace FaultMaven.Core.Data;

/// <summary>Where uploads' redacted text lives: <c>uploads/&lt;id&gt;.txt</c> under the data directory, and <c>uploads/tmp</c> for
/// bytes being received. Both folders are created on first use.</summary>
public sealed class DataDirectory
{
    /// <summary>The extension of stored content files.</summary>
    public const string ContentExtension = ".txt";

    /// <summary>Initializes the folders under <paramref name="dataDirectory"/>.</summary>
    public DataDirectory(string dataDirectory)
    {
        ContentDirectory = Path.Combine(Path.GetFullPath(dataDirectory), "uploads");
        TemporaryDirectory = Path.Combine(ContentDirectory, "tmp");
        Directory.CreateDirectory(TemporaryDirectory);
    }

    /// <summary>Gets the folder of stored content.</summary>
    public string ContentDirectory { get; }

    /// <summary>Gets the folder of files being received.</summary>
    public string TemporaryDirectory { get; }

    /// <summary>Gets the path of an upload's stored text.</summary>
    public string ContentPath(string id) => Path.Combine(ContentDirectory, id + ContentExtension);

    /// <summary>Gets a fresh temporary file name.</summary>
    public string NewTemporaryFile() => Path.Combine(TemporaryDirectory, Guid.NewGuid().ToString("N") + ".part");
}
