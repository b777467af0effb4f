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
        // Issue 20: turns lose their escapes on the server, as titles do (see HostileTitle_IsStoredWithoutItsEscapes): a script reading
        // --json gets the printable text, and no control character raw.
        const string Said = "look \u001b]0;pwned\u0007here";
        var created = await (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = "escapes" }, Token)).ReadJsonAsync(Token);
        var id = created.GetProperty("id").GetString()!;
        (await _server.Client.PostAsync($"/api/v1/cases/{id}/turns", ApiAssert.Json(JsonSerializer.Serialize(new { role = "user", content = Said })), Token)).EnsureSuccessStatusCode();

        var show = await RunAsync("cases", "show", id, "--json");

        Assert.Equal(0, show.ExitCode);
        AssertPrintable(show.Output);
        Assert.Contains("look here", show.Output);
        Assert.DoesNotContain("pwned", show.Output);
        Assert.DoesNotContain("\\u001B", show.Output);
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

    [Fact]
    public async Task Issue20_TrojanSourceAndEscapes_InTurnsTitlesAndSummaries_AreStoredPrintable_TheUploadStaysExact()
    {
        var created = await (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = "invoice \u202Eexe.pdf\u202C \u2066x\u2069" }, Token)).ReadJsonAsync(Token);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("invoice exe.pdf x", created.GetProperty("title").GetString());
        (await _server.Client.PostAsync($"/api/v1/cases/{id}/turns",
            ApiAssert.Json(JsonSerializer.Serialize(new { role = "user", content = "if (isAdmin) {\u202E } \u2066if (isUser)\u2069 {\n\tbeep\u0007\u001b]0;pwned\u0007 done" })), Token)).EnsureSuccessStatusCode();
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "trace.txt");
        var evidence = "java.lang.IllegalStateException: access \u202Edenied\u202C for \u001b[31mjob\u001b[0m\n\tat com.example.Jobs.run(Jobs.java:42)\n\tat com.example.Main.main(Main.java:7)\n";
        await File.WriteAllTextAsync(path, evidence, Token);

        var upload = await RunAsync("upload", id, path);
        var show = await RunAsync("cases", "show", id);

        // The API holds what people read as printable text; line breaks and tabs stay.
        var turns = await (await _server.Client.GetAsync($"/api/v1/cases/{id}/turns", Token)).ReadJsonAsync(Token);
        Assert.Equal("if (isAdmin) { } if (isUser) {\n\tbeep done", turns.GetProperty("items")[0].GetProperty("content").GetString());
        var uploads = await (await _server.Client.GetAsync($"/api/v1/cases/{id}/data", Token)).ReadJsonAsync(Token);
        var stored = uploads.GetProperty("items")[0];
        var summary = stored.GetProperty("summary").GetString()!;
        Assert.Contains("denied", summary, StringComparison.Ordinal);
        AssertShowsWhatItSays(summary);
        var analysis = await (await _server.Client.GetAsync($"/api/v1/cases/{id}/data/{stored.GetProperty("id").GetString()}", Token)).ReadJsonAsync(Token);
        AssertShowsWhatItSays(analysis.GetProperty("analysis").GetProperty("summary").GetString()!);
        Assert.All(analysis.GetProperty("analysis").GetProperty("findings").EnumerateArray(), f => AssertShowsWhatItSays(f.GetProperty("title").GetString()!));
        // The evidence itself is kept as it came, for analysis and as proof.
        var content = (await (await _server.Client.GetAsync($"/api/v1/cases/{id}/data/{stored.GetProperty("id").GetString()}/content", Token)).ReadJsonAsync(Token)).GetProperty("text").GetString();
        Assert.Equal(evidence, content);
        // fm prints none of it either.
        foreach (var run in new[] { upload, show })
        {
            Assert.Equal(0, run.ExitCode);
            AssertPrintable(run.Output + run.Error);
            AssertShowsWhatItSays(run.Output + run.Error);
        }

        Assert.Contains("if (isAdmin) { } if (isUser) {", show.Output, StringComparison.Ordinal);
    }

    private static void AssertShowsWhatItSays(string text)
    {
        var bad = text.Where(c => c is '\u001b' or '\u0007' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069')).ToList();
        Assert.True(bad.Count == 0, $"controls or bidirectional overrides kept: {string.Join(" ", bad.Select(c => $"U+{(int)c:X4}"))} in {text}");
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
