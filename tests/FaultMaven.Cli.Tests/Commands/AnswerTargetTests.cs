using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FaultMaven.Cli.Commands;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary>Where <c>fm ask</c> and <c>fm chat</c> answer from when no flag says: the server at FM_URL when it is up, else in-process,
/// announced on standard error only; <c>--data-dir</c> forces in-process.</summary>
public sealed class AnswerTargetTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Ask_NoFlags_ServerUp_AnswersWithTheServer_CaseListedThere()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var localData = Path.Combine(_directory.Path, "local");
        var log = Write("billing.log", "ERROR billing: environment variable LEDGER_URL is not set\n");

        var result = await CliRunner.RunWithEnvironmentAsync(Environment(server.BaseAddress.ToString(), localData), "ask", "why is billing down?", "-f", log, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var caseId = JsonDocument.Parse(result.Output).RootElement.GetProperty("caseId").GetString();
        using var listed = await server.Client.GetAsync($"api/v1/cases/{caseId}", TestContext.Current.CancellationToken);
        Assert.True(listed.StatusCode == HttpStatusCode.OK, $"{caseId}: {listed.StatusCode} {await listed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}; {result.Error}");
        Assert.Contains($"fm: answering with the server at {server.BaseAddress}", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(localData), "the embedded store was opened although the server answered");
    }

    [Fact]
    public async Task Ask_NoFlags_NoServer_AnswersInProcess_SaysSoOnStandardErrorOnly()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}";
        var localData = Path.Combine(_directory.Path, "local");
        var log = Write("billing.log", "ERROR billing: environment variable LEDGER_URL is not set\n");

        var result = await CliRunner.RunWithEnvironmentAsync(Environment(url, localData), "ask", "why is billing down?", "-f", log, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("offline analysis", JsonDocument.Parse(result.Output).RootElement.GetProperty("engine").GetString());
        Assert.Contains($"fm: no server at {url}; answering in-process over {localData}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("fm:", result.Output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(localData));
    }

    [Fact]
    public async Task Ask_DataDir_ServerUp_StillAnswersInProcess()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var explicitData = Path.Combine(_directory.Path, "explicit");

        var result = await CliRunner.RunWithEnvironmentAsync(Environment(server.BaseAddress.ToString(), null), "ask", "why is billing down?", "--data-dir", explicitData, "--json");

        Assert.Equal(0, result.ExitCode);
        var caseId = JsonDocument.Parse(result.Output).RootElement.GetProperty("caseId").GetString();
        using var listed = await server.Client.GetAsync($"api/v1/cases/{caseId}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, listed.StatusCode);
        Assert.True(Directory.Exists(explicitData));
        Assert.DoesNotContain("answering with the server", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ServerAndDataDir_UsageError()
    {
        var result = await CliRunner.RunAsync("ask", "why?", "--server", "http://127.0.0.1:1", "--data-dir", _directory.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("give one of them", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_NoFlags_NoServer_TalksInProcess_AndSaysSo()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}";
        var localData = Path.Combine(_directory.Path, "local");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = Environment(url, localData);
        var context = new CliContext(output, error, name => environment.TryGetValue(name, out var value) ? value : null) { Input = new StringReader("why is billing down?\n/quit\n") };

        var code = await FmCommandLine.RunAsync(["chat"], context, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        Assert.Contains($"fm: no server at {url}; answering in-process over {localData}", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("## Root cause", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_NoFlags_ServerAcceptsButAnswersLate_WaitsForIt_AndSaysWhy()
    {
        // A loaded machine's server accepts at once (the kernel does) and answers its health probe seconds later: it is there.
        using var server = new LateHealthServer(answerAfter: AnswerTarget.WaitNotice + TimeSpan.FromSeconds(1));
        using var error = new StringWriter();
        var context = new CliContext(TextWriter.Null, error, name => name == "FM_URL" ? server.Url : null);

        var target = await AnswerTarget.ResolveAsync(context, null, null, TestContext.Current.CancellationToken);

        Assert.True(target.IsServer, error.ToString());
        Assert.Equal(server.Url, target.ServerUrl);
        Assert.Contains($"fm: the server at {server.Url} accepted the connection but has not answered yet; waiting up to 20 s", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"fm: answering with the server at {server.Url}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_NoFlags_ListenerNeverAnswers_AnswersInProcessAfterTheWait_NamingIt()
    {
        using var server = new LateHealthServer(answerAfter: Timeout.InfiniteTimeSpan);
        using var error = new StringWriter();
        var localData = Path.Combine(_directory.Path, "local");
        var environment = Environment(server.Url, localData);
        var context = new CliContext(TextWriter.Null, error, name => environment.TryGetValue(name, out var value) ? value : null);

        var target = await AnswerTarget.ResolveAsync(context, null, null, AnswerTarget.WaitNotice + TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        Assert.False(target.IsServer);
        Assert.Equal(localData, target.DataDir);
        Assert.Contains("accepted the connection but has not answered yet; waiting up to 4 s", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"fm: the server at {server.Url} did not answer within 4 s; answering in-process over {localData}", error.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Environment(string url, string? dataDir) => new() { ["FM_URL"] = url, ["FM_DATA_DIR"] = dataDir };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A loopback listener that accepts every connection and answers its request with 200 after <c>answerAfter</c>
    /// (never, for an infinite span): a busy server, or something else listening on the port.</summary>
    private sealed class LateHealthServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public LateHealthServer(TimeSpan answerAfter)
        {
            _listener.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
            _ = ServeAsync(answerAfter);
        }

        public string Url { get; }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }

        private async Task ServeAsync(TimeSpan answerAfter)
        {
            try
            {
                while (true)
                {
                    var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    _ = AnswerAsync(client, answerAfter);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
            }
        }

        private async Task AnswerAsync(TcpClient client, TimeSpan answerAfter)
        {
            using (client)
            {
                try
                {
                    await Task.Delay(answerAfter, _stop.Token);
                    var answer = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 7\r\nConnection: close\r\n\r\nHealthy"u8.ToArray();
                    await client.GetStream().WriteAsync(answer, _stop.Token);
                }
                catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or IOException)
                {
                }
            }
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}
