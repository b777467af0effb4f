using Microsoft.Win32.SafeHandles;

namespace FaultMaven.Core.Data.Sealing;

/// <summary>Reads a sealed file as its plain text: seekable and read-only, each segment read and authenticated when a read first
/// reaches it (one is kept decrypted). Opening it checks the header and the last segment, so a wrong key or a file cut short fails
/// at once; a segment changed on disk fails when it is read. Failures are <see cref="StoredTextException"/>, never altered text.</summary>
internal sealed class SealedStream : Stream
{
    private readonly SafeFileHandle _file;
    private readonly SegmentCipher _cipher;
    private readonly string _uploadId;
    private readonly long _fileLength;
    private readonly long _segments;
    private readonly byte[] _sealed = new byte[SealedFormat.SealedSegmentSize];
    private readonly byte[] _plain = new byte[SealedFormat.SegmentSize];
    private long _loaded = -1;
    private long _position;

    private SealedStream(SafeFileHandle file, SegmentCipher cipher, string uploadId, long fileLength, long segments, long length)
    {
        _file = file;
        _cipher = cipher;
        _uploadId = uploadId;
        _fileLength = fileLength;
        _segments = segments;
        Length = length;
    }

    /// <summary>Opens the sealed file on <paramref name="file"/> (owned by the stream once it is returned) whose first bytes are
    /// <paramref name="head"/>.</summary>
    /// <exception cref="StoredTextException">The file is damaged or does not decrypt with the key.</exception>
    public static SealedStream Open(SafeFileHandle file, ReadOnlySpan<byte> head, ReadOnlySpan<byte> masterKey, string uploadId)
    {
        if (head.Length < SealedFormat.HeaderSize || !head.StartsWith(SealedFormat.Magic))
        {
            throw Unreadable(uploadId, "its header is damaged");
        }

        if (head[SealedFormat.MagicSize] != SealedFormat.Version)
        {
            throw Unreadable(uploadId, $"it is in format version {head[SealedFormat.MagicSize]}, which this version of FaultMaven does not read");
        }

        var fileLength = RandomAccess.GetLength(file);
        if (!SealedFormat.TryMeasure(fileLength, out var segments, out var length))
        {
            throw Unreadable(uploadId, "it was cut short or extended");
        }

        var cipher = new SegmentCipher(masterKey, head, uploadId);
        var stream = new SealedStream(file, cipher, uploadId, fileLength, segments, length);
        try
        {
            // The last segment authenticates only under the right key and only as the last: a wrong key or a cut fails here, at once.
            stream.Load(segments - 1);
            return stream;
        }
        catch
        {
            cipher.Dispose();
            throw;
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty || _position >= Length)
        {
            return 0;
        }

        var index = _position / SealedFormat.SegmentSize;
        if (index != _loaded)
        {
            Load(index);
        }

        return Copy(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty || _position >= Length)
        {
            return 0;
        }

        var index = _position / SealedFormat.SegmentSize;
        if (index != _loaded)
        {
            await LoadAsync(index, cancellationToken);
        }

        return Copy(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
            _cipher.Dispose();
        }

        base.Dispose(disposing);
    }

    private static StoredTextException Unreadable(string uploadId, string reason) =>
        new($"The stored text of upload '{uploadId}' cannot be read: {reason}.");

    /// <summary>Where segment <paramref name="index"/> starts in the file and how many bytes it takes there.</summary>
    private (long Offset, int Size) Locate(long index)
    {
        var offset = SealedFormat.HeaderSize + (index * SealedFormat.SealedSegmentSize);
        return (offset, index < _segments - 1 ? SealedFormat.SealedSegmentSize : (int)(_fileLength - offset));
    }

    private void Load(long index)
    {
        var (offset, size) = Locate(index);
        var read = 0;
        int count;
        while (read < size && (count = RandomAccess.Read(_file, _sealed.AsSpan(read, size - read), offset + read)) > 0)
        {
            read += count;
        }

        Decrypt(index, size, read);
    }

    private async ValueTask LoadAsync(long index, CancellationToken cancellationToken)
    {
        var (offset, size) = Locate(index);
        var read = 0;
        int count;
        while (read < size && (count = await RandomAccess.ReadAsync(_file, _sealed.AsMemory(read, size - read), offset + read, cancellationToken)) > 0)
        {
            read += count;
        }

        Decrypt(index, size, read);
    }

    private void Decrypt(long index, int size, int read)
    {
        _loaded = -1;
        if (read != size)
        {
            throw Unreadable(_uploadId, "the file was cut short while it was read");
        }

        var last = index == _segments - 1;
        if (!_cipher.TryOpen(index, last, _sealed.AsSpan(0, size), _plain))
        {
            // The last segment is checked when the file is opened: failing there is the key's fault as often as the file's.
            throw last
                ? Unreadable(_uploadId, "it does not decrypt with FM_ENCRYPTION_KEY (it was stored under another key, or the file was changed or cut short)")
                : Unreadable(_uploadId, $"segment {index} does not authenticate (the file was changed on disk)");
        }

        _loaded = index;
    }

    private int Copy(Span<byte> buffer)
    {
        var start = (int)(_position % SealedFormat.SegmentSize);
        var available = (int)Math.Min(SealedFormat.SegmentSize - start, Length - _position);
        var count = Math.Min(buffer.Length, available);
        _plain.AsSpan(start, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
