using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary>A real HTTP/1.1 server on a loopback port that answers each request with whatever <c>answer</c> writes to the raw
/// socket: garbage, the wrong JSON, an endless body, nothing at all. It counts connections and the request bytes it received.</summary>
internal sealed class MisbehavingServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, Stream, CancellationToken, Task> _answer;
    private readonly Task _accepting;
    private long _requestBytes;
    private int _connections;

    private MisbehavingServer(Func<string, Stream, CancellationToken, Task> answer)
    {
        _answer = answer;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Bytes received from clients, headers and bodies.</summary>
    public long RequestBytes => Interlocked.Read(ref _requestBytes);

    /// <summary>Answers every request by calling <paramref name="answer"/> with the request's head and the connection.</summary>
    public static MisbehavingServer Start(Func<string, Stream, CancellationToken, Task> answer) => new(answer);

    /// <summary>Answers every request with this status, headers and body, then closes.</summary>
    public static MisbehavingServer Answering(string status, string headers, string body) => Start(async (_, stream, ct) =>
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{headers}Content-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"), ct);
        await stream.WriteAsync(bytes, ct);
    });

    public static MisbehavingServer Json(string body) => Answering("200 OK", "Content-Type: application/json\r\n", body);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                connections.Add(ServeAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Stopped. A loop that comes back to accept after Stop() meets "Not listening" (InvalidOperationException), not a cancellation.
        }

        await Task.WhenAll(connections);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadRequestAsync(stream, _stop.Token);
                await _answer(head, stream, _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The client went away, or the test ended.
            }
        }
    }

    // Reads the head and the whole body (Content-Length or chunked) so the client never sees a reset while it is still sending.
    private async Task<string> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var buffer = new byte[1 << 16];
        int headEnd;
        while ((headEnd = IndexOf(received, "\r\n\r\n"u8)) < 0)
        {
            received.Write(buffer, 0, await ReadSomeAsync(stream, buffer, cancellationToken));
        }

        var head = Encoding.ASCII.GetString(received.GetBuffer(), 0, headEnd);
        var lengthLine = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var chunked = head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase);
        var total = headEnd + 4 + (lengthLine is null ? 0 : long.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture));
        while (chunked ? !EndsWith(received, "\r\n0\r\n\r\n"u8) : received.Length < total)
        {
            received.Write(buffer, 0, await ReadSomeAsync(stream, buffer, cancellationToken));
        }

        Interlocked.Add(ref _requestBytes, received.Length);
        return head;
    }

    private static async Task<int> ReadSomeAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var read = await stream.ReadAsync(buffer, cancellationToken);
        return read > 0 ? read : throw new IOException("the client closed the connection");
    }

    private static int IndexOf(MemoryStream stream, ReadOnlySpan<byte> value) => stream.GetBuffer().AsSpan(0, (int)stream.Length).IndexOf(value);

    private static bool EndsWith(MemoryStream stream, ReadOnlySpan<byte> value) => stream.GetBuffer().AsSpan(0, (int)stream.Length).EndsWith(value);
}
