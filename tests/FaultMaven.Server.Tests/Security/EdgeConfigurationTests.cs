using System.Net;
using FaultMaven.Server.Configuration;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

public sealed class EdgeConfigurationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string?, string?> BadSettings() => new()
    {
        { "FM_TLS_CERT", "server.crt", null },
        { "FM_TLS_CERT", null, "server.key" },
        { "FM_TLS_CERT", "missing.crt", "server.key" },
        { "FM_ALLOWED_HOSTS", "https://faultmaven.example.com", null },
        { "FM_ALLOWED_HOSTS", "faultmaven.example.com:8000", null },
        { "FM_RATE_LIMIT_PER_MINUTE", "-1", null },
        { "FM_RATE_LIMIT_CREATE_PER_MINUTE", "lots", null },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Startup_BadEdgeSetting_IsOneLineNamingTheVariable(string name, string? first, string? second)
    {
        using var certificates = TestCertificates.Create();
        using var data = new TempDirectory();
        var settings = new Dictionary<string, string?> { ["FM_PORT"] = "0", ["FM_DATA_DIR"] = data.Path, ["FM_LOG_LEVEL"] = "None" };
        if (name == "FM_TLS_CERT")
        {
            settings["FM_TLS_CERT"] = first is null ? null : Path.Combine(certificates.Directory.Path, first);
            settings["FM_TLS_KEY"] = second is null ? null : Path.Combine(certificates.Directory.Path, second);
        }
        else
        {
            settings[name] = first;
        }

        var lines = await StartupErrorsAsync(settings);

        var line = Assert.Single(lines);
        Assert.StartsWith(name, line);
    }

    [Theory]
    [InlineData("127.0.0.1", "", "localhost,127.0.0.1,[::1]")]
    [InlineData("::1", "", "localhost,127.0.0.1,[::1]")]
    [InlineData("localhost", "", "localhost,127.0.0.1,[::1]")]
    [InlineData("0.0.0.0", "", "*")]
    [InlineData("0.0.0.0", "faultmaven.example.com; *.ops.example.com", "faultmaven.example.com,*.ops.example.com")]
    public void AllowedHosts_DefaultFollowsTheListenAddress(string host, string given, string expected)
    {
        var options = new ServerOptions { Host = host, AllowedHosts = given };

        Assert.Equal(expected, string.Join(",", options.AllowedHostList));
    }

    [Fact]
    public async Task AllowedHosts_Given_ServesThoseNamesOnly()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_ALLOWED_HOSTS"] = "faultmaven.example.com" }, cancellationToken: Token);

        using var named = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
        named.Headers.Host = "faultmaven.example.com";
        using var byAddress = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");

        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(named, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.SendAsync(byAddress, Token)).StatusCode);
    }

    private static async Task<IReadOnlyList<string>> StartupErrorsAsync(Dictionary<string, string?> settings)
    {
        try
        {
            await using var app = FaultMavenApplication.Create([], settings);
            await app.StartAsync(Token);
            await app.StopAsync(Token);
            return [];
        }
        catch (Exception ex)
        {
            return FaultMavenApplication.DescribeConfigurationErrors(ex, settings);
        }
    }
}
