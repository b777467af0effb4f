namespace FaultMaven.Core.Data;

/// <summary>Whether uploads' text is encrypted at rest. With a key (<c>FM_ENCRYPTION_KEY</c>) every text written is sealed: AES-256-GCM
/// in 64 KiB segments under a key of its own, derived from this one, the file's random salt and the upload id. Without one, text is
/// written plain. Plain text written before a key was set still reads.</summary>
public sealed class ContentEncryption
{
    /// <summary>The length of a key in bytes (256 bits).</summary>
    public const int KeySize = 32;

    private readonly byte[]? _key;

    /// <summary>Initializes the encryption with a 256-bit <paramref name="key"/>, or none to write text plain.</summary>
    public ContentEncryption(byte[]? key)
    {
        if (key is not null && key.Length != KeySize)
        {
            throw new ArgumentException($"The key must be {KeySize} bytes.", nameof(key));
        }

        _key = key?.ToArray();
    }

    /// <summary>Gets the setting without a key: text is written plain.</summary>
    public static ContentEncryption None { get; } = new(null);

    /// <summary>Gets the text of upload <paramref name="uploadId"/> kept (or to be written) at <paramref name="path"/>.</summary>
    public StoredText Text(string path, string uploadId) => new(path, uploadId, _key);
}
