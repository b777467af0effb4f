namespace FaultMaven.Infrastructure.Integrations.Kubernetes;

/// <summary>Reads each API response into memory up to a size cap before the Kubernetes client parses it, so a huge list or a lying
/// server costs at most the cap.</summary>
internal sealed class ResponseSizeLimitHandler(long maxBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            response.Dispose();
            throw new ResponseTooLargeException(maxBytes);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                response.Dispose();
                throw new ResponseTooLargeException(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        var content = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
        foreach (var header in response.Content.Headers.Where(h => h.Key != "Content-Length"))
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content.Dispose();
        response.Content = content;
        return response;
    }
}

/// <summary>The API server's answer is larger than FaultMaven reads.</summary>
internal sealed class ResponseTooLargeException(long maxBytes) : Exception($"The answer is larger than {maxBytes:N0} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
