using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using ModelContextProtocol;

namespace FaultMaven.Server.Mcp;

/// <summary>Stands between standard input and the SDK's stream transport in <c>fm mcp</c>. The SDK drops a line it cannot read — not
/// JSON, a JSON-RPC batch, a message that is no object — without an answer, so a client waits forever. Here each line is read once
/// (linear, capped in size) and one that is no MCP message is answered as JSON-RPC 2.0 says: -32700 for what is not JSON, -32600 for a
/// batch (MCP removed JSON-RPC batching in its 2025-06-18 revision, the SDK's revisions since do not take them) or any other invalid
/// request; the next line is served as usual. Messages pass through unchanged. The SDK's output is written whole, one line at a time,
/// so an answer from here never lands inside one of its messages.</summary>
public sealed class McpStdioGuard : IHostedService, IAsyncDisposable
{
    private const string Transport = "stdio";

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly long _maxMessageBytes;
    private readonly Pipe _toServer = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private IServiceProvider? _services;
    private Task _pump = Task.CompletedTask;

    /// <summary>Creates a guard over <paramref name="input"/> and <paramref name="output"/> (standard input and output).</summary>
    /// <param name="input">Where the client's lines come from.</param>
    /// <param name="output">Where the answers go.</param>
    /// <param name="maxMessageBytes">The longest line taken; a longer one is skipped to its end and answered with -32600.</param>
    public McpStdioGuard(Stream input, Stream output, long maxMessageBytes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessageBytes, 1024);
        _input = input;
        _output = output;
        _maxMessageBytes = maxMessageBytes;
        ServerInput = _toServer.Reader.AsStream();
        ServerOutput = new WholeLineStream(this);
    }

    /// <summary>What the SDK's transport reads: the lines that are messages.</summary>
    public Stream ServerInput { get; }

    /// <summary>What the SDK's transport writes to; each message reaches the output whole.</summary>
    public Stream ServerOutput { get; }

    /// <summary>Gives the guard the host's services (its logs, metrics).</summary>
    public McpStdioGuard UseServices(IServiceProvider services)
    {
        _services = services;
        return this;
    }

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _pump = Task.Run(() => PumpAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _pump.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _stopping.Dispose();
        _writeLock.Dispose();
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(_input, new StreamPipeReaderOptions(leaveOpen: true));
        // The start of a line whose end has not come yet, moved out of the reader so each read is searched for a line end once: a
        // long line sent a few bytes at a time would otherwise be searched from its start again on every read (quadratic).
        var pending = new ArrayBufferWriter<byte>();
        var skipping = false;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } end)
                {
                    var tail = buffer.Slice(0, end);
                    buffer = buffer.Slice(buffer.GetPosition(1, end));
                    if (skipping || pending.WrittenCount + tail.Length > _maxMessageBytes)
                    {
                        skipping = false;
                        pending = Emptied(pending);
                        await TooLargeAsync();
                    }
                    else if (pending.WrittenCount == 0)
                    {
                        await LineAsync(tail, cancellationToken);
                    }
                    else
                    {
                        Append(pending, tail);
                        await LineAsync(new ReadOnlySequence<byte>(pending.WrittenMemory), cancellationToken);
                        pending = Emptied(pending);
                    }
                }

                if (!skipping && pending.WrittenCount + buffer.Length > _maxMessageBytes)
                {
                    // No end in sight: drop what came so far and the rest of the line, and answer once it ends.
                    skipping = true;
                    pending = Emptied(pending);
                }
                else if (!skipping)
                {
                    Append(pending, buffer);
                }

                if (read.IsCompleted)
                {
                    if (!skipping && pending.WrittenCount > 0)
                    {
                        await LineAsync(new ReadOnlySequence<byte>(pending.WrittenMemory), cancellationToken);
                    }

                    break;
                }

                reader.AdvanceTo(buffer.End);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
            // Standard input closed under us: the client went away, as at the end of input.
        }
        finally
        {
            await reader.CompleteAsync();
            await _toServer.Writer.CompleteAsync();
        }
    }

    private static void Append(ArrayBufferWriter<byte> pending, ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes)
        {
            pending.Write(segment.Span);
        }
    }

    // A buffer grown for one long line is let go rather than kept for the rest of the session.
    private static ArrayBufferWriter<byte> Emptied(ArrayBufferWriter<byte> pending)
    {
        if (pending.Capacity > 1024 * 1024)
        {
            return new ArrayBufferWriter<byte>();
        }

        pending.ResetWrittenCount();
        return pending;
    }

    private async Task LineAsync(ReadOnlySequence<byte> line, CancellationToken cancellationToken)
    {
        // A blank line between messages is no message and no mistake: skipped, as the SDK does.
        if (IsBlank(line))
        {
            return;
        }

        if (Check(line) is { } error)
        {
            McpMessageChecks.Reject(_services, Transport, error.Code, error.Message);
            await WriteLineAsync(error.Answer());
            return;
        }

        foreach (var segment in line)
        {
            await _toServer.Writer.WriteAsync(segment, cancellationToken);
        }

        await _toServer.Writer.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            if (segment.Span.IndexOfAnyExcept(" \t\r"u8) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private Task TooLargeAsync()
    {
        var error = new LineError((int)McpErrorCode.InvalidRequest,
            $"Invalid Request: the message is larger than {_maxMessageBytes:N0} bytes; send evidence as an excerpt or upload it through the API.", null);
        McpMessageChecks.Reject(_services, Transport, error.Code, error.Message);
        return WriteLineAsync(error.Answer());
    }

    /// <summary>What is wrong with a line, or null for a message the SDK can take (or a blank line, which it skips).</summary>
    internal static LineError? Check(ReadOnlySequence<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                reader.Skip();
                while (reader.Read())
                {
                }

                return new LineError((int)McpErrorCode.InvalidRequest,
                    "Invalid Request: JSON-RPC batches (arrays) are not supported. MCP removed batching in its 2025-06-18 revision; send each message as a JSON object on its own line.", null);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                while (reader.Read())
                {
                }

                return new LineError((int)McpErrorCode.InvalidRequest, "Invalid Request: a JSON-RPC message is a JSON object with \"jsonrpc\": \"2.0\".", null);
            }

            return CheckMessage(ref reader);
        }
        catch (JsonException ex)
        {
            var detail = ex.Message.Length > 300 ? ex.Message[..300] : ex.Message;
            return new LineError((int)McpErrorCode.ParseError, $"Parse error: the line is not JSON ({detail}). Send one JSON-RPC message per line, UTF-8 encoded.", null);
        }
    }

    /// <summary>Reads a message object to its end: its id (kept to answer with), whether it is a request, a notification or a
    /// response, and whether its envelope (id, method, property names) is text. The parameters' strings are checked by
    /// <see cref="McpMessageChecks"/>, for both transports, and answered with -32602 and the request's id.</summary>
    private static LineError? CheckMessage(ref Utf8JsonReader reader)
    {
        string? id = null;
        string? top = null;
        string? notText = null;
        bool version = false, method = false, answer = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                top = Text(ref reader) ?? (notText ??= "(a property name)");
                if (top is "id" or "jsonrpc" or "method" && reader.Read())
                {
                    switch (top)
                    {
                        case "id" when reader.TokenType is JsonTokenType.Number:
                            id = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
                            break;
                        case "id" when reader.TokenType is JsonTokenType.String && Text(ref reader) is { } text:
                            id = JsonSerializer.Serialize(text);
                            break;
                        case "jsonrpc":
                            version = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("2.0"u8);
                            break;
                        case "method":
                            method = reader.TokenType == JsonTokenType.String && Text(ref reader) is not null;
                            break;
                    }

                    if (reader.TokenType is JsonTokenType.String && Text(ref reader) is null)
                    {
                        notText ??= top;
                    }

                    reader.Skip();
                }

                answer |= top is "result" or "error";
                continue;
            }

        }

        if (!version)
        {
            return new LineError((int)McpErrorCode.InvalidRequest, "Invalid Request: a JSON-RPC 2.0 message has \"jsonrpc\": \"2.0\".", id);
        }

        if (notText is not null)
        {
            return new LineError((int)McpErrorCode.InvalidRequest, $"Invalid Request: the string in '{notText}' {McpMessageChecks.NotTextReason}", id);
        }

        if (!method && !answer)
        {
            return new LineError((int)McpErrorCode.InvalidRequest, "Invalid Request: a request or notification has a \"method\" string; a response has \"result\" or \"error\".", id);
        }

        return null;
    }

    /// <summary>The string at the reader, or null when it is not text (a lone surrogate escaped, bytes that are not UTF-8).</summary>
    private static string? Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private async Task WriteLineAsync(byte[] line)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _output.WriteAsync(line);
            await _output.FlushAsync();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The client closed its end; there is no one to answer.
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>A line's JSON-RPC error; <paramref name="Id"/> is the request's id as JSON, when it could be read.</summary>
    internal sealed record LineError(int Code, string Message, string? Id)
    {
        public byte[] Answer() =>
            Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{Id ?? "null"},\"error\":{{\"code\":{Code},\"message\":{JsonSerializer.Serialize(Message)}}}}}\n");
    }

    /// <summary>The SDK's output: it writes a message, a line break, then flushes (under its own lock); the message goes out whole
    /// on the flush, under the guard's lock.</summary>
    private sealed class WholeLineStream(McpStdioGuard guard) : Stream
    {
        private readonly MemoryStream _pending = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _pending.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _pending.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_pending.Length == 0)
            {
                return;
            }

            await guard._writeLock.WaitAsync(cancellationToken);
            try
            {
                await guard._output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
                await guard._output.FlushAsync(cancellationToken);
            }
            finally
            {
                _pending.SetLength(0);
                guard._writeLock.Release();
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
