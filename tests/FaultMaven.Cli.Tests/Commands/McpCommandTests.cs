using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using FaultMaven.Core.Knowledge;
using FaultMaven.Server;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Client;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary><c>fm mcp</c>: the real <c>fm</c> binary started by the SDK's stdio client — in-process over a data directory, and relaying a
/// server's <c>/mcp</c> under the caller's key (its role and team hold); standard output carries JSON-RPC only.</summary>
public sealed class McpCommandTests : IAsyncDisposable
{
    private const string BootstrapKey = "fm_bootstrap0123456789abcdef0123456789abcdef0123456789abcdef";
    private const long MaxUploadBytes = 65_536;

    private readonly TempDirectory _directory = new();
    private readonly List<McpClient> _clients = [];
    private readonly List<string> _stderr = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string DataDir => Path.Combine(_directory.Path, "data");

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        _directory.Dispose();
    }

    [Fact]
    public async Task InProcess_ListsAndCallsEveryTool()
    {
        await ImportRunbookAsync();
        var client = await StartAsync(["--data-dir", DataDir]);

        await McpToolChecks.ListsTheToolsAsync(client);
        await McpToolChecks.EveryToolAnswersAsync(client, "rb-worker-config");
        // The logs went to standard error, one line per call.
        Assert.Contains(Stderr(), l => l.Contains("MCP tool ask answered ok for local", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InProcess_BadArguments_AreToolErrors()
    {
        var client = await StartAsync(["--data-dir", DataDir]);

        await McpToolChecks.BadArgumentsAreToolErrorsAsync(client, MaxUploadBytes);
    }

    [Fact]
    public async Task StandardOutput_CarriesJsonRpcMessagesOnly()
    {
        var info = new ProcessStartInfo("dotnet", [FmAssembly(), "mcp", "--data-dir", DataDir])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync(Token);
        string[] requests =
        [
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"open_case","arguments":{"title":"stdout check"}}}""",
            """{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"get_investigation","arguments":{}}}""",
        ];
        foreach (var request in requests)
        {
            await process.StandardInput.WriteLineAsync(request);
        }

        var lines = new List<string>();
        while (lines.Count < 4 && await process.StandardOutput.ReadLineAsync(Token) is { } line)
        {
            lines.Add(line);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(Token);
        lines.AddRange((await process.StandardOutput.ReadToEndAsync(Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(0, process.ExitCode);
        Assert.Equal([1, 2, 3, 4], lines.Select(l => JsonDocument.Parse(l).RootElement).Select(m =>
        {
            Assert.Equal("2.0", m.GetProperty("jsonrpc").GetString());
            return m.GetProperty("id").GetInt32();
        }).Order());
        var log = await stderr;
        Assert.Contains("MCP tool open_case answered ok", log, StringComparison.Ordinal);
        Assert.Contains("MCP tool get_investigation answered invalid", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAServer_RelaysItsTools_UnderTheKeysRoleAndTeam()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_AUTH"] = "required", ["FM_BOOTSTRAP_ADMIN_KEY"] = BootstrapKey }, cancellationToken: Token);
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BootstrapKey);
        async Task<string> KeyAsync(string name, string role, string team) =>
            (await (await admin.PostJsonAsync("/api/v1/admin/api-keys", new { name, role, team }, Token)).ReadJsonAsync(Token)).GetProperty("key").GetString()!;
        var url = server.BaseAddress.ToString();

        var alice = await StartAsync(["--server", url], await KeyAsync("alice", "engineer", "red"));
        await McpToolChecks.ListsTheToolsAsync(alice);
        var caseId = (await McpToolChecks.CallOkAsync(alice, "open_case", new { title = "red worker down" })).GetProperty("id").GetString()!;
        var answer = await McpToolChecks.CallOkAsync(alice, "ask", new { caseId, question = "why?", evidence = new[] { new { text = McpToolChecks.CrashLog, fileName = "worker.log" } } });
        Assert.Contains("QUEUE_URL", answer.GetProperty("rootCause").GetString(), StringComparison.Ordinal);
        // The server did the work: the case is on it, in alice's team.
        var stored = await (await admin.GetAsync($"/api/v1/cases/{caseId}", Token)).ReadJsonAsync(Token);
        Assert.Equal("red", stored.GetProperty("team").GetString());
        Assert.Equal(2, stored.GetProperty("turnCount").GetInt32());

        var vera = await StartAsync(["--server", url], await KeyAsync("vera", "viewer", "red"));
        await McpToolChecks.CallErrorAsync(vera, "open_case", new { title = "viewer's case" }, "urn:faultmaven:problem:forbidden");
        await McpToolChecks.CallOkAsync(vera, "get_investigation", new { caseId });

        var bob = await StartAsync(["--server", url], await KeyAsync("bob", "engineer", "blue"));
        await McpToolChecks.CallErrorAsync(bob, "get_investigation", new { caseId }, "urn:faultmaven:problem:not-found");
        await McpToolChecks.CallErrorAsync(bob, "ask", new { caseId, question = "why?" }, "urn:faultmaven:problem:not-found");
    }

    [Fact]
    public async Task WithAServer_NoKey_IsRefusedWithAMessage()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_AUTH"] = "required", ["FM_BOOTSTRAP_ADMIN_KEY"] = BootstrapKey }, cancellationToken: Token);

        await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(["--server", server.BaseAddress.ToString()]));

        Assert.Contains(Stderr(), l => l.Contains("refused the credentials (401): set FM_API_KEY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InProcess_BadVariable_IsOneLineNamingIt_AndExitCode2()
    {
        var info = new ProcessStartInfo("dotnet", [FmAssembly(), "mcp", "--data-dir", DataDir])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["FM_URL"] = $"http://127.0.0.1:{ServerProcess.FreePort()}";
        info.Environment["FM_MAX_UPLOAD_BYTES"] = "0";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Token);
        var stderr = process.StandardError.ReadToEndAsync(Token);

        await process.WaitForExitAsync(Token);

        Assert.Equal(2, process.ExitCode);
        var line = Assert.Single((await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("fm: error: ", line, StringComparison.Ordinal);
        Assert.Contains("FM_MAX_UPLOAD_BYTES", line, StringComparison.Ordinal);
        Assert.Equal("", await stdout); // standard output is the client's JSON-RPC channel: nothing else goes there
    }

    /// <summary>Starts <c>fm mcp</c> as MCP clients do: the binary, its arguments, an environment of its own.</summary>
    private async Task<McpClient> StartAsync(string[] arguments, string? apiKey = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["FM_MAX_UPLOAD_BYTES"] = MaxUploadBytes.ToString(),
            // Nothing listens here: a test never reaches a server it did not start.
            ["FM_URL"] = $"http://127.0.0.1:{ServerProcess.FreePort()}",
        };
        if (apiKey is not null)
        {
            environment["FM_API_KEY"] = apiKey;
        }

        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [FmAssembly(), "mcp", .. arguments],
            InheritEnvironmentVariables = false,
            EnvironmentVariables = environment,
            StandardErrorLines = line => { lock (_stderr) { _stderr.Add(line); } },
        });
        var client = await McpClient.CreateAsync(transport, cancellationToken: Token);
        _clients.Add(client);
        return client;
    }

    private List<string> Stderr()
    {
        lock (_stderr)
        {
            return [.. _stderr];
        }
    }

    private async Task ImportRunbookAsync()
    {
        using var host = FaultMavenApplication.CreateEmbedded(new Dictionary<string, string?> { ["FM_DATA_DIR"] = DataDir, ["FM_DATA_WARMUP"] = "false" });
        await host.StartAsync(Token);
        var imported = await host.Services.GetRequiredService<KnowledgeService>().ImportAsync(
            "# Worker exits at start\n\nWhen the log says QUEUE_URL is not set, the worker lost its queue settings. Restore QUEUE_URL from the config map and restart."u8.ToArray(),
            "worker.md", new DocumentMetadata("rb-worker-config", "Worker exits at start"), cancellationToken: Token);
        Assert.True(imported.Succeeded, imported.Failure?.Detail);
        await host.StopAsync(Token);
    }

    private static string FmAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fm.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("fm.dll is not beside the tests", path);
    }
}
