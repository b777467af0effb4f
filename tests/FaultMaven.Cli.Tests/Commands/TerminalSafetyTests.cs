using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary>Whatever the server holds — a case title, a turn, an error detail — reaches the terminal without escape sequences or
/// control characters, so a hostile title cannot retitle the window, clear the screen or hide text.</summary>
public sealed class TerminalSafetyTests : IAsyncLifetime
{
    private const string HostileTitle = "payments \u001b]0;pwned\u0007down\u001b[2J [bold]now[/]";

    private InProcessServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await InProcessServer.StartAsync(cancellationToken: Token);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task CasesListAndShow_HostileTitleAndTurn_PrintWithoutControls()
    {
        var created = await (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = HostileTitle }, Token)).ReadJsonAsync(Token);
        var id = created.GetProperty("id").GetString()!;
        (await _server.Client.PostAsync($"/api/v1/cases/{id}/turns",
            ApiAssert.Json(JsonSerializer.Serialize(new { role = "user", content = "look \u001b[31mhere\u001b[0m\u009b2J\u0008\u0008 done" })), Token)).EnsureSuccessStatusCode();

        var list = await RunAsync("cases", "list");
        var show = await RunAsync("cases", "show", id);

        foreach (var run in new[] { list, show })
        {
            Assert.Equal(0, run.ExitCode);
            AssertPrintable(run.Output + run.Error);
            Assert.Contains("payments down [bold]now[/]", run.Output);
            Assert.DoesNotContain("pwned", run.Output);
        }

        Assert.Contains("look here done", show.Output);
    }

    [Fact]
    public async Task Json_HostileTurn_IsEscapedNotRaw()
    {
        // Titles lose their escapes on the server (see HostileTitle_IsStoredWithoutItsEscapes); a turn keeps what was said, for scripts.
        const string Said = "look \u001b]0;pwned\u0007here";
        var created = await (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = "escapes" }, Token)).ReadJsonAsync(Token);
        var id = created.GetProperty("id").GetString()!;
        (await _server.Client.PostAsync($"/api/v1/cases/{id}/turns", ApiAssert.Json(JsonSerializer.Serialize(new { role = "user", content = Said })), Token)).EnsureSuccessStatusCode();

        var show = await RunAsync("cases", "show", id, "--json");

        Assert.Equal(0, show.ExitCode);
        AssertPrintable(show.Output);
        // The JSON string still holds the escape, written as \u001B, never raw.
        Assert.Contains("\\u001B]0;pwned\\u0007", show.Output);
    }

    [Fact]
    public async Task HostileTitle_IsStoredWithoutItsEscapes()
    {
        var created = await (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = HostileTitle }, Token)).ReadJsonAsync(Token);

        Assert.Equal("payments down [bold]now[/]", created.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ErrorDetail_EchoingHostileInput_PrintsWithoutControls()
    {
        var show = await RunAsync("cases", "show", "case_\u001b]0;pwned\u0007\u001b[2J");

        Assert.Equal(ExitCodes.NotFound, show.ExitCode);
        Assert.StartsWith("fm: error: No case with id 'case_", show.Error);
        AssertPrintable(show.Error);
    }

    [Fact]
    public async Task Upload_HostileFileName_PrintsWithoutControls()
    {
        var created = await (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = "upload" }, Token)).ReadJsonAsync(Token);
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "app\u001b[2J\u001b]0;pwned\u0007.log");
        await File.WriteAllTextAsync(path, "2026-03-01T10:00:00Z ERROR payments: connection refused\n", Token);

        var upload = await RunAsync("upload", created.GetProperty("id").GetString()!, path);

        Assert.Equal(0, upload.ExitCode);
        AssertPrintable(upload.Output + upload.Error);
        Assert.Contains("app.log", upload.Output);
    }

    private static void AssertPrintable(string text)
    {
        var bad = text.Where(c => (char.IsControl(c) && c is not '\n' and not '\t' and not '\r') || c is >= '\u007f' and <= '\u009f').ToList();
        Assert.True(bad.Count == 0, $"control characters printed: {string.Join(" ", bad.Select(c => $"U+{(int)c:X4}"))}");
    }

    private async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string> { ["FM_URL"] = _server.BaseAddress.ToString() };
        var context = new CliContext(output, error, name => environment.GetValueOrDefault(name));
        var exitCode = await FmCommandLine.RunAsync(args, context, Token);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
