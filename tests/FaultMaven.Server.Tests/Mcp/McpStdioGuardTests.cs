using System.Diagnostics;
using System.Text;
using FaultMaven.Server.Mcp;

namespace FaultMaven.Server.Tests.Mcp;

/// <summary>The guard in front of <c>fm mcp</c>'s standard input, fed as a pipe feeds it: a few kilobytes per read.</summary>
public sealed class McpStdioGuardTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hostile3_ALongLineTrickledIn_IsReadInLinearTime_AndPassedWhole()
    {
        // 24 MiB sent 256 bytes at a time (a client may write as little as it likes): searching the whole line again on every read
        // for its end is over a terabyte of searching (a minute or more of a core, standard input stalled meanwhile); searching
        // each byte once is well under a second, so the bound below is generous for a busy machine.
        var line = Message(24 * 1024 * 1024);
        var (passed, answers, elapsed) = await RunAsync([line, "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\"}\n"u8.ToArray()], 32 * 1024 * 1024, 256);

        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"took {elapsed}");
        Assert.Equal(line.Length + 41, passed);
        Assert.Equal("", answers);
    }

    [Fact]
    public async Task Hostile3_ALineOverTheLimitTrickledIn_IsSkippedAndAnswered_AndTheNextLineIsServed()
    {
        var (passed, answers, elapsed) = await RunAsync([Message(8 * 1024 * 1024), "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\"}\n"u8.ToArray()], 1024 * 1024, 256);

        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"took {elapsed}");
        Assert.Equal(41, passed);
        Assert.Contains("\"code\":-32600", answers, StringComparison.Ordinal);
        Assert.Contains("larger than", answers, StringComparison.Ordinal);
    }

    private static byte[] Message(int size)
    {
        var head = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\",\"params\":{\"pad\":\""u8;
        var tail = "\"}}\n"u8;
        var bytes = new byte[size];
        head.CopyTo(bytes);
        bytes.AsSpan(head.Length, size - head.Length - tail.Length).Fill((byte)'x');
        tail.CopyTo(bytes.AsSpan(size - tail.Length));
        return bytes;
    }

    /// <summary>Runs the guard over the lines, reading what it passes on; the bytes passed, the guard's own answers, the time taken.</summary>
    private static async Task<(long Passed, string Answers, TimeSpan Elapsed)> RunAsync(byte[][] lines, long maxMessageBytes, int chunk)
    {
        var input = new TrickleStream([.. lines.SelectMany(l => l)], chunk);
        using var output = new MemoryStream();
        var guard = new McpStdioGuard(input, output, maxMessageBytes);
        await using (guard)
        {
            var started = Stopwatch.GetTimestamp();
            await guard.StartAsync(Token);
            var buffer = new byte[81920];
            long passed = 0;
            int read;
            while ((read = await guard.ServerInput.ReadAsync(buffer, Token)) > 0)
            {
                passed += read;
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            await guard.StopAsync(Token);
            return (passed, Encoding.UTF8.GetString(output.ToArray()), elapsed);
        }
    }

    /// <summary>A pipe's read end: at most <c>chunk</c> bytes per read.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(chunk, buffer.Length), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
