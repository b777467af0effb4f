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
    public async Task InProcess_Ask_ReportsProgress()
    {
        await McpToolChecks.AskReportsProgressAsync(await StartAsync(["--data-dir", DataDir]));
    }

    [Fact]
    public async Task Issue20_LinesThatAreNoMessage_GetJsonRpcErrors_AndTheNextLineIsServed()
    {
        var info = new ProcessStartInfo("dotnet", [FmAssembly(), "mcp", "--data-dir", DataDir])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["FM_MAX_UPLOAD_BYTES"] = MaxUploadBytes.ToString();
        info.Environment["FM_URL"] = $"http://127.0.0.1:{ServerProcess.FreePort()}";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync(Token);
        // The line cap is twice the upload limit and 1 MiB: this line is past it, with no JSON to read.
        var huge = new string('x', (int)(2 * MaxUploadBytes) + (2 * 1024 * 1024));
        string[] requests =
        [
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            "",
            "  \t ",
            "this is not json",
            """[{"jsonrpc":"2.0","id":2,"method":"tools/list"}]""",
            "[]",
            "42",
            """{"jsonrpc":"2.0","id":3}""",
            """{"id":4,"method":"tools/list"}""",
            """{"jsonrpc":"2.0","id":"\ud800","method":"tools/list"}""",
            """{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"redact_text","arguments":{"text":"mail ana@example.com \ud800 here"}}}""",
            """{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"redact_text","arguments":{"text":"paired \ud83d\ude00 is fine"}}}""",
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"redact_text\",\"arguments\":{\"text\":\"" + huge + "\"}}}",
            """{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"redact_text","arguments":{"text":"still serving ana@example.com"}}}""",
        ];
        foreach (var request in requests)
        {
            await process.StandardInput.WriteLineAsync(request);
        }

        await process.StandardInput.FlushAsync(Token);
        var answers = new List<JsonElement>();
        while (answers.Count < 12 && await process.StandardOutput.ReadLineAsync(Token) is { } line)
        {
            answers.Add(JsonDocument.Parse(line).RootElement.Clone());
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(Token);

        Assert.Equal(0, process.ExitCode);
        var errors = answers.Where(a => a.TryGetProperty("error", out _)).Select(a => (
            Id: a.GetProperty("id").ValueKind == JsonValueKind.Null ? null : a.GetProperty("id").GetRawText(),
            Code: a.GetProperty("error").GetProperty("code").GetInt32(),
            Message: a.GetProperty("error").GetProperty("message").GetString()!)).ToList();
        // The SDK answers id 5 on its own schedule; the rest come in the order of their lines.
        (string? Id, int Code, string Says)[] expected =
        [
            (null, -32700, "not JSON"), (null, -32600, "batches"), (null, -32600, "batches"), (null, -32600, "JSON object"),
            ("3", -32600, "\"method\""), ("4", -32600, "\"jsonrpc\": \"2.0\""), (null, -32600, "'id'"), ("5", -32602, "'text'"), (null, -32600, "larger than"),
        ];
        Assert.Equal(expected.Length, errors.Count);
        Assert.All(expected, x => Assert.Contains(errors, e => e.Id == x.Id && e.Code == x.Code && e.Message.Contains(x.Says, StringComparison.Ordinal)));
        Assert.Equal(expected.Where(x => x.Id != "5").Select(x => x.Says), errors.Where(e => e.Id != "5").Select(e => expected.First(x => e.Message.Contains(x.Says, StringComparison.Ordinal)).Says));
        Assert.Contains("surrogate", errors.Single(e => e.Id == "5").Message, StringComparison.Ordinal);
        var results = answers.Where(a => a.TryGetProperty("result", out _)).ToDictionary(a => a.GetProperty("id").GetInt32(), a => a.GetProperty("result"));
        Assert.Equal([1, 6, 8], results.Keys.Order());
        Assert.Equal("paired 😀 is fine", JsonDocument.Parse(results[6].GetProperty("content")[0].GetProperty("text").GetString()!).RootElement.GetProperty("redacted").GetString());
        Assert.Contains("EMAIL_1", results[8].GetProperty("content")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var log = await stderr;
        Assert.Contains("MCP message rejected on stdio with JSON-RPC error -32700", log, StringComparison.Ordinal);
        // The refused argument is not repeated in the log.
        Assert.DoesNotContain("ana@example.com", log, StringComparison.Ordinal);
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

        // The server's progress notifications come through the relay with the client's own token.
        await McpToolChecks.AskReportsProgressAsync(alice);

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
