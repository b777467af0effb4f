namespace FaultMaven.Cli.Commands;

/// <summary>A file's stream whose failed writes (a full disk, the file-size limit, which .NET reports as an
/// <see cref="ArgumentOutOfRangeException"/>) are thrown as <paramref name="failed"/> makes them: a message naming the file and
/// why, not the runtime's.</summary>
internal sealed class ReportedWrites(FileStream inner, Func<Exception, Exception> failed) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Report(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
        {
            throw failed(ex);
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.WriteAsync(buffer, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
        {
            throw failed(ex);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => Report(inner.Flush);

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await inner.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
        {
            throw failed(ex);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Report(inner.Dispose);
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await inner.DisposeAsync();
        }
        catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
        {
            throw failed(ex);
        }

        await base.DisposeAsync();
    }

    private void Report(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
        {
            throw failed(ex);
        }
    }
}
