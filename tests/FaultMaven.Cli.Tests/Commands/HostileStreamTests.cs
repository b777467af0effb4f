using System.Text;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary>The hostile pass's uncapped answers: <c>fm chat</c> reads a turn as server-sent events and <c>fm mcp</c> lets the MCP
/// client read the relay's answers; against a real misbehaving server both stop at the 64 MiB cap every other command keeps, with
/// one <c>fm: error:</c> line.</summary>
public sealed class HostileStreamTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chat_AnEndlessEventLine_StopsAtTheCap_WithOneLine()
    {
        // One event whose data line never ends: an SSE reader buffers a line whole, so only a cap on the stream stops it.
        await using var server = Endless("200 OK", "text/event-stream", "event: token\ndata: \"");

        var run = await RunAsync("why is the worker down?\n", "chat", "--server", server.Url);

        // A failed turn ends the turn, not the conversation: the input ran out, so fm chat ends normally.
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("larger than 64 MiB", run.Error);
        AssertOneErrorLine(run);
    }

    [Fact]
    public async Task Chat_AnEndlessErrorBody_IsReadOnlyToTheErrorCap_AndReportedWithItsStatus()
    {
        await using var server = Endless("502 Bad Gateway", "text/html", "<html><body>");

        var run = await RunAsync("why is the worker down?\n", "chat", "--server", server.Url);

        // A failed turn ends the turn, not the conversation: the input ran out, so fm chat ends normally.
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("HTTP 502", run.Error);
        AssertOneErrorLine(run);
    }

    [Fact]
    public async Task Chat_AnErrorThatIsNotJson_IsOneLineWithItsStatus()
    {
        await using var server = MisbehavingServer.Answering("500 Internal Server Error", "Content-Type: text/html\r\n", "<html>oops</html>");

        var run = await RunAsync("why is the worker down?\n", "chat", "--server", server.Url);

        // A failed turn ends the turn, not the conversation: the input ran out, so fm chat ends normally.
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("HTTP 500", run.Error);
        AssertOneErrorLine(run);
    }

    [Fact]
    public async Task Mcp_AnEndlessAnswerToInitialize_StopsAtTheCap_WithOneLine()
    {
        // A JSON reply whose string never ends: the MCP client's reader would buffer it whole.
        await using var server = Endless("200 OK", "application/json", """{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"x""");

        var run = await RunAsync("", "mcp", "--server", server.Url).WaitAsync(TimeSpan.FromMinutes(3), Token);

        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.Contains("larger than 64 MiB", run.Error);
        AssertOneLine(run);
    }

    private static MisbehavingServer Endless(string status, string contentType, string opening) => MisbehavingServer.Start(async (_, stream, ct) =>
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nTransfer-Encoding: chunked\r\n\r\n"), ct);
        var first = Encoding.UTF8.GetBytes(opening);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{first.Length:x}\r\n"), ct);
        await stream.WriteAsync(first, ct);
        await stream.WriteAsync("\r\n"u8.ToArray(), ct);
        var chunk = Encoding.ASCII.GetBytes($"10000\r\n{new string('a', 0x10000)}\r\n");
        while (true)
        {
            await stream.WriteAsync(chunk, ct);
        }
    });

    private static async Task<CliResult> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, _ => null) { Input = new StringReader(input) };
        var code = await FmCommandLine.RunAsync(args, context, Token);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    private static void AssertOneErrorLine(CliResult run)
    {
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("fm: error: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error);
    }

    private static void AssertOneLine(CliResult run)
    {
        Assert.StartsWith("fm: error: ", run.Error);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", run.Error);
    }
}
