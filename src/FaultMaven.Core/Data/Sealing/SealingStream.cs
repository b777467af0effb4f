namespace FaultMaven.Core.Data.Sealing;

/// <summary>Writes text to a file in the sealed format: the header at once, then each segment as soon as it is full and more text
/// follows. The last segment is sealed, marked last, when the stream is disposed, so the file is complete only then.</summary>
internal sealed class SealingStream : Stream
{
    private readonly Stream _file;
    private readonly SegmentCipher _cipher;
    private readonly byte[] _plain = new byte[SealedFormat.SegmentSize];
    private readonly byte[] _sealed = new byte[SealedFormat.SealedSegmentSize];
    private int _buffered;
    private long _index;
    private bool _closed;

    /// <summary>Starts a sealed file on <paramref name="file"/>, which the stream owns.</summary>
    public SealingStream(Stream file, ReadOnlySpan<byte> masterKey, string uploadId)
    {
        Span<byte> header = stackalloc byte[SealedFormat.HeaderSize];
        SegmentCipher.NewHeader(header);
        _cipher = new SegmentCipher(masterKey, header, uploadId);
        _file = file;
        _file.Write(header);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_closed;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        while (!buffer.IsEmpty)
        {
            // A full segment is sealed only once more text arrives: the last one must be marked as such.
            if (_buffered == _plain.Length)
            {
                _file.Write(_sealed, 0, SealBuffered(last: false));
            }

            buffer = buffer[Take(buffer)..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        while (!buffer.IsEmpty)
        {
            if (_buffered == _plain.Length)
            {
                await _file.WriteAsync(_sealed.AsMemory(0, SealBuffered(last: false)), cancellationToken);
            }

            buffer = buffer[Take(buffer.Span)..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Flushes the sealed segments; text of the segment not yet full stays buffered until more comes or the stream closes.</summary>
    public override void Flush() => _file.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _file.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closed)
        {
            _closed = true;
            try
            {
                _file.Write(_sealed, 0, SealBuffered(last: true));
            }
            finally
            {
                _file.Dispose();
                _cipher.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_closed)
        {
            _closed = true;
            try
            {
                await _file.WriteAsync(_sealed.AsMemory(0, SealBuffered(last: true)));
            }
            finally
            {
                await _file.DisposeAsync();
                _cipher.Dispose();
            }
        }

        await base.DisposeAsync();
    }

    private int Take(ReadOnlySpan<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _plain.Length - _buffered);
        buffer[..count].CopyTo(_plain.AsSpan(_buffered));
        _buffered += count;
        return count;
    }

    private int SealBuffered(bool last)
    {
        var written = _cipher.Seal(_index++, last, _plain.AsSpan(0, _buffered), _sealed);
        _buffered = 0;
        return written;
    }
}
