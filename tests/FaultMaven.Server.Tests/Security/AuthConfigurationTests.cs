using System.Net;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>Authentication may be off only on loopback; its settings are checked at start-up like every other variable.</summary>
public sealed class AuthConfigurationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("0.0.0.0", null)]
    [InlineData("::", null)]
    [InlineData("192.0.2.10", "off")]
    public async Task Non_loopback_bind_without_auth_refuses_to_start_with_one_line(string host, string? auth)
    {
        using var data = new TempDirectory();
        var environment = new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path, ["FM_HOST"] = host };
        if (auth is not null)
        {
            environment["FM_AUTH"] = auth;
        }

        await using var server = ServerProcess.Start(environment);
        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60), Token);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(server.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("faultmaven: configuration error: FM_AUTH is off but FM_HOST '" + host + "' is not a loopback address", line);
    }

    [Theory]
    [InlineData("FM_AUTH", "sometimes")]
    [InlineData("FM_BOOTSTRAP_ADMIN_KEY", "fm_short-secret-value")]
    [InlineData("FM_OIDC_AUTHORITY", "http://idp.example.com")]
    [InlineData("FM_KB_WRITERS", "engineer,root")]
    public async Task A_bad_auth_variable_fails_with_one_line_naming_it_and_never_echoes_a_key(string name, string value)
    {
        using var data = new TempDirectory();
        await using var server = ServerProcess.Start(new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path, [name] = value, ["FM_OIDC_AUDIENCE"] = "api" });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60), Token);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(server.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("faultmaven: configuration error: " + name, line);
        Assert.DoesNotContain("short-secret-value", server.StandardError + server.StandardOutput);
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.10.0.3", true)]
    [InlineData("::1", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("::ffff:10.1.2.3", false)]
    public void Only_loopback_addresses_count_as_loopback(string host, bool loopback) =>
        Assert.Equal(loopback, global::FaultMaven.Server.Security.AuthOptionsValidator.IsLoopback(host));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    public async Task Loopback_with_auth_off_needs_no_configuration_and_the_caller_is_a_local_admin(string host)
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_HOST"] = host }, cancellationToken: Token);

        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostJsonAsync("/api/v1/cases", new { title = "local" }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/v1/audit", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { text = "# Local runbook\n\nRestart it." }, Token)).StatusCode);
    }

    [Fact]
    public async Task FM_KB_WRITERS_lets_engineers_write_the_knowledge_base_but_not_viewers()
    {
        await using var server = await SecuredServer.StartAsync(new Dictionary<string, string?> { ["FM_KB_WRITERS"] = "engineer" }, cancellationToken: Token);
        var (engineer, _) = await server.UserAsync("eng", "engineer", "red", Token);
        var (viewer, _) = await server.UserAsync("view", "viewer", "red", Token);
        var document = new { title = "Disk full", text = "# Disk full\n\n## Remediation\n\n1. Free space on /var.\n" };

        Assert.Equal(HttpStatusCode.Created, (await engineer.PostJsonAsync("/api/v1/knowledge/documents", document, Token)).StatusCode);
        await ApiAssert.AssertProblemAsync(await viewer.PostJsonAsync("/api/v1/knowledge/documents", document with { title = "Other" }, Token), 403, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task Rows_from_before_authentication_are_for_admins_only()
    {
        using var data = new TempDirectory();
        string legacy;
        await using (var open = await InProcessServer.StartAsync(dataDirectory: data.Path, cancellationToken: Token))
        {
            legacy = await SecuredServer.IdOfAsync(await open.Client.PostJsonAsync("/api/v1/cases", new { title = "from before" }, Token), Token);
        }

        await using var server = await SecuredServer.StartAsync(dataDirectory: data.Path, cancellationToken: Token);
        var (engineer, _) = await server.UserAsync("eng", "engineer", "red", Token);
        var (teamless, _) = await server.UserAsync("solo", "engineer", null, Token);

        await ApiAssert.AssertProblemAsync(await engineer.GetAsync($"/api/v1/cases/{legacy}", Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await teamless.GetAsync($"/api/v1/cases/{legacy}", Token), 404, ProblemTypes.NotFound);
        Assert.Equal(0, (await (await engineer.GetAsync("/api/v1/cases", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync($"/api/v1/cases/{legacy}", Token)).StatusCode);
    }
}
