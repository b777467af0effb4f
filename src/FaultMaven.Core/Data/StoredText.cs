using FaultMaven.Core.Data.Sealing;

namespace FaultMaven.Core.Data;

/// <summary>An upload's redacted text as a file holds it: plain UTF-8, or sealed when <c>FM_ENCRYPTION_KEY</c> is set (see
/// <see cref="ContentEncryption"/>). Readers get a seekable stream of the text either way and need not know which.</summary>
public sealed class StoredText
{
    private readonly string _path;
    private readonly byte[]? _key;

    internal StoredText(string path, string uploadId, byte[]? key)
    {
        _path = path;
        _key = key;
        UploadId = uploadId;
    }

    /// <summary>Gets the id of the upload the text belongs to.</summary>
    public string UploadId { get; }

    /// <summary>Gets whether the file is there (an upload deleted since it was listed has none).</summary>
    public bool Exists => File.Exists(_path);

    /// <summary>Gets when the file was last written.</summary>
    public DateTimeOffset LastModified => File.GetLastWriteTimeUtc(_path);

    /// <summary>Opens the text for reading: a seekable, read-only stream whose length is the text's. A sealed file is decrypted a
    /// segment at a time as it is read; a plain one (written without a key, also before one was set) is read as it is.</summary>
    /// <exception cref="StoredTextException">The file is sealed and no key, or another key, is configured, or it was changed.</exception>
    public Stream OpenRead()
    {
        var file = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        try
        {
            Span<byte> head = stackalloc byte[SealedFormat.HeaderSize];
            head = head[..RandomAccess.Read(file, head, 0)];
            if (!SealedFormat.LooksSealed(head))
            {
                return new FileStream(file, FileAccess.Read, 1 << 16);
            }

            if (_key is null)
            {
                throw new StoredTextException($"The stored text of upload '{UploadId}' cannot be read: it is encrypted, but FM_ENCRYPTION_KEY is not set (set the key it was stored with).");
            }

            return SealedStream.Open(file, head, _key, UploadId);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Creates the file (replacing any) and returns a stream that writes the text into it, sealed when a key is configured.
    /// The file is complete once the stream is disposed.</summary>
    public Stream Create()
    {
        var file = new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: true);
        return _key is null ? file : new SealingStream(file, _key, UploadId);
    }
}
