namespace FaultMaven.Cli.Api;

/// <summary>Caps every answer read through it at <paramref name="maxBytes"/>, however it is read: buffered by <see cref="HttpClient"/>,
/// streamed as server-sent events by <c>fm chat</c>, or read by the MCP client <c>fm mcp</c> relays through. An endless body (or one
/// endless event line, which an SSE reader buffers whole) ends the command with one line instead of filling memory.</summary>
internal sealed class BoundedResponseHandler(HttpMessageHandler inner, long maxBytes, Uri? baseAddress) : DelegatingHandler(inner)
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            response.Dispose();
            throw ResponseChecks.TooLarge(baseAddress ?? request.RequestUri, maxBytes);
        }

        var original = response.Content;
        var bounded = new StreamContent(new BoundedReadStream(await original.ReadAsStreamAsync(cancellationToken), maxBytes, baseAddress ?? request.RequestUri));
        foreach (var header in original.Headers)
        {
            bounded.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = bounded;
        return response;
    }

    /// <summary>A read-only stream that counts what is read from it and throws once the count passes the cap.</summary>
    private sealed class BoundedReadStream(Stream inner, long maxBytes, Uri? baseAddress) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            _read += read;
            return _read > maxBytes ? throw ResponseChecks.TooLarge(baseAddress, maxBytes) : read;
        }
    }
}
