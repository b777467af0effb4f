namespace FaultMaven.Core.Data;

/// <summary>Where the pipeline writes redacted UTF-8 text: the stored file and, when a log is being analysed at the same time,
/// the analyser's pipe. Counts characters (UTF-16, as API offsets are) and lines on the way, so nothing reads the file back to measure it.</summary>
internal sealed class RedactedOutput(Stream file, Stream? analysis) : Stream
{
    private byte _last = (byte)'\n';

    /// <summary>Gets the UTF-16 length of the text written.</summary>
    public long Characters { get; private set; }

    /// <summary>Gets the number of lines written (a last line without a line end counts).</summary>
    public long Lines => NewLines + (Characters > 0 && _last != '\n' ? 1 : 0);

    private long NewLines { get; set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Count(buffer);
        file.Write(buffer);
        analysis?.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Count(buffer.Span);
        await file.WriteAsync(buffer, cancellationToken);
        if (analysis is not null)
        {
            await analysis.WriteAsync(buffer, cancellationToken);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
        file.Flush();
        analysis?.Flush();
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await file.FlushAsync(cancellationToken);
        if (analysis is not null)
        {
            await analysis.FlushAsync(cancellationToken);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Count(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        NewLines += bytes.Count((byte)'\n');
        // Every UTF-8 sequence starts with a byte that is not 10xxxxxx; a 4-byte one is a surrogate pair in UTF-16.
        var continuation = 0;
        var fourByte = 0;
        foreach (var b in bytes)
        {
            continuation += (b & 0xC0) == 0x80 ? 1 : 0;
            fourByte += b >= 0xF0 ? 1 : 0;
        }

        Characters += bytes.Length - continuation + fourByte;
        _last = bytes[^1];
    }
}
