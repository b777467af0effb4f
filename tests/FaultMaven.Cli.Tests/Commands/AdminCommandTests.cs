using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary><c>fm admin keys</c> end to end against a running server with FM_AUTH=required; every command sends FM_API_KEY.</summary>
public sealed class AdminCommandTests : IAsyncLifetime
{
    private const string BootstrapKey = "fm_clitest0123456789abcdef0123456789abcdef0123456789abcdef";

    private InProcessServer? _server;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await InProcessServer.StartAsync(new Dictionary<string, string?>
    {
        ["FM_AUTH"] = "required",
        ["FM_BOOTSTRAP_ADMIN_KEY"] = BootstrapKey,
    }, cancellationToken: Token);

    public async ValueTask DisposeAsync() => await _server!.DisposeAsync();

    [Fact]
    public async Task Keys_create_list_revoke_and_the_key_works_until_revoked()
    {
        var created = await RunAsync(BootstrapKey, "admin", "keys", "create", "--name", "on-call laptop", "--role", "engineer", "--team", "payments", "--json");
        Assert.Equal(0, created.ExitCode);
        var body = JsonDocument.Parse(created.Output).RootElement;
        var id = body.GetProperty("id").GetString()!;
        var key = body.GetProperty("key").GetString()!;
        Assert.StartsWith("fm_", key);

        var human = await RunAsync(BootstrapKey, "admin", "keys", "create", "--name", "viewer", "--role", "viewer");
        Assert.Equal(0, human.ExitCode);
        Assert.Contains("shown this once", human.Output);

        var list = await RunAsync(BootstrapKey, "admin", "keys", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(id, list.Output);
        Assert.Contains("on-call laptop", list.Output);
        Assert.DoesNotContain(key, list.Output);

        var mine = await RunAsync(key, "cases", "create", "--title", "with my key", "--json");
        Assert.Equal(0, mine.ExitCode);
        Assert.Equal("payments", JsonDocument.Parse(mine.Output).RootElement.GetProperty("team").GetString());
        var forbidden = await RunAsync(key, "admin", "keys", "list");
        Assert.Equal(ExitCodes.Failure, forbidden.ExitCode);
        Assert.Contains("HTTP 403", forbidden.Error);

        var revoked = await RunAsync(BootstrapKey, "admin", "keys", "revoke", id);
        Assert.Equal(0, revoked.ExitCode);
        var refused = await RunAsync(key, "cases", "list");
        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Contains("HTTP 401", refused.Error);
        Assert.Equal(ExitCodes.NotFound, (await RunAsync(BootstrapKey, "admin", "keys", "revoke", "key_missing")).ExitCode);
    }

    [Fact]
    public async Task Without_FM_API_KEY_the_server_answers_401()
    {
        var result = await RunAsync(null, "cases", "list");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("HTTP 401", result.Error);
    }

    [Fact]
    public async Task Ask_and_chat_against_the_server_send_the_key_too()
    {
        var ask = await RunAsync(BootstrapKey, "ask", "--server", _server!.BaseAddress.ToString(), "why is checkout failing?", "--json");

        Assert.True(ask.ExitCode == 0, ask.Error);
    }

    private async Task<CliResult> RunAsync(string? apiKey, params string[] args)
    {
        var environment = new Dictionary<string, string?> { ["FM_URL"] = _server!.BaseAddress.ToString(), ["FM_API_KEY"] = apiKey };
        return await CliRunner.RunWithEnvironmentAsync(environment, args);
    }
}
