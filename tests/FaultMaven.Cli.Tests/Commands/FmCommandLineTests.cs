using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

public sealed class FmCommandLineTests : IAsyncLifetime
{
    private InProcessServer? _server;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await InProcessServer.StartAsync(cancellationToken: Token);

    public async ValueTask DisposeAsync() => await _server!.DisposeAsync();

    [Fact]
    public async Task Cases_CreateListShowDelete_RoundTrip()
    {
        var created = await RunAsync("cases", "create", "--title", "redis [evictions]", "--json");
        Assert.Equal(0, created.ExitCode);
        var id = JsonDocument.Parse(created.Output).RootElement.GetProperty("id").GetString()!;
        (await _server!.Client.PostAsync($"/api/v1/cases/{id}/turns", ApiAssert.Json("{\"role\":\"user\",\"content\":\"evicted_keys doubled at 09:12\"}"), Token)).EnsureSuccessStatusCode();

        var list = await RunAsync("cases", "list");
        var show = await RunAsync("cases", "show", id);
        var delete = await RunAsync("cases", "delete", id);
        var gone = await RunAsync("cases", "show", id);

        Assert.Equal(0, list.ExitCode);
        Assert.Contains(id, list.Output);
        Assert.Contains("redis [evictions]", list.Output);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("evicted_keys doubled at 09:12", show.Output);
        Assert.Equal(0, delete.ExitCode);
        Assert.Equal(ExitCodes.NotFound, gone.ExitCode);
        Assert.Contains($"No case with id '{id}'", gone.Error);
    }

    [Fact]
    public async Task Cases_ListByStatus_Json_IsTheServersPage()
    {
        await RunAsync("cases", "create", "--title", "open one");

        var result = await RunAsync("cases", "list", "--status", "open", "--json");

        var page = JsonDocument.Parse(result.Output).RootElement;
        Assert.True(page.GetProperty("total").GetInt32() >= 1);
        Assert.All(page.GetProperty("items").EnumerateArray(), c => Assert.Equal("open", c.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Sessions_ListShowDelete()
    {
        var session = await (await _server!.Client.PostAsync("/api/v1/sessions", ApiAssert.Json("{\"clientKind\":\"cli\",\"userLabel\":\"bob\"}"), Token)).ReadJsonAsync(Token);
        var id = session.GetProperty("id").GetString()!;

        var list = await RunAsync("sessions", "list");
        var show = await RunAsync("sessions", "show", id, "--json");
        var delete = await RunAsync("sessions", "delete", id);
        var missing = await RunAsync("sessions", "delete", id);

        Assert.Contains(id, list.Output);
        Assert.Equal("bob", JsonDocument.Parse(show.Output).RootElement.GetProperty("userLabel").GetString());
        Assert.Equal(0, delete.ExitCode);
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
    }

    [Fact]
    public async Task ServerDown_ExitsWithClearMessage()
    {
        var result = await RunAsync(new Dictionary<string, string> { ["FM_URL"] = $"http://127.0.0.1:{ServerProcess.FreePort()}" }, "sessions", "list");

        Assert.Equal(ExitCodes.ServerUnreachable, result.ExitCode);
        Assert.Contains("cannot reach the FaultMaven server", result.Error);
    }

    [Fact]
    public async Task BadFmUrl_IsUsageError()
    {
        var result = await RunAsync(new Dictionary<string, string> { ["FM_URL"] = "ftp://nowhere" }, "cases", "list");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("FM_URL", result.Error);
    }

    [Theory]
    [InlineData("cases", "list", "--limit", "0")]
    [InlineData("cases", "list", "--status", "sleeping")]
    [InlineData("cases", "show")]
    [InlineData("cases", "frobnicate")]
    [InlineData("sessions")]
    public async Task BadArguments_AreUsageErrors(params string[] args)
    {
        var result = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("fm: error:", result.Error);
    }

    private Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    private async Task<CliResult> RunAsync(Dictionary<string, string> environment, params string[] args)
    {
        environment.TryAdd("FM_URL", _server!.BaseAddress.ToString());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, name => environment.GetValueOrDefault(name));
        var exitCode = await FmCommandLine.RunAsync(args, context, Token);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    private sealed record CliResult(int ExitCode, string Output, string Error);
}
