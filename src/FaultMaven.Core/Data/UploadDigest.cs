using System.Security.Cryptography;
using System.Text;

namespace FaultMaven.Core.Data;

/// <summary>
/// The digest an upload is known by (and deduplicated by within its case): HMAC-SHA-256 of the raw bytes under a per-installation key
/// kept in the data directory (<see cref="KeyFileName"/>, readable by the owner only, created on first use). A plain SHA-256 of the raw
/// bytes, returned by the API and stored, let anyone who could read it confirm a guess at a short secret pasted in the upload.
/// </summary>
public sealed class UploadDigest
{
    /// <summary>The key's file name in the data directory.</summary>
    public const string KeyFileName = "upload-digest.key";

    private readonly Lazy<byte[]> _key;

    /// <summary>Uses (or creates) the key in <paramref name="dataDirectory"/>.</summary>
    public UploadDigest(string dataDirectory) =>
        _key = new(() => LoadOrCreateKey(Path.Combine(Path.GetFullPath(dataDirectory), KeyFileName)));

    /// <summary>Starts a digest; append the raw bytes and take the hash.</summary>
    public IncrementalHash Create() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key.Value);

    private static byte[] LoadOrCreateKey(string path)
    {
        if (File.Exists(path))
        {
            var text = File.ReadAllText(path).Trim();
            var key = new byte[32];
            return Convert.TryFromBase64String(text, key, out var written) && written == key.Length
                ? key
                : throw new InvalidOperationException($"{path} does not hold a base64 256-bit key; delete it to start a new one (uploads already kept are then not recognised when sent again).");
        }

        var created = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(created));
            return created;
        }
        catch (IOException) when (File.Exists(path))
        {
            return LoadOrCreateKey(path); // another process created it first
        }
    }
}
