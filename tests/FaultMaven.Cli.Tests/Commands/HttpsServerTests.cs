using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary><c>fm</c> reaches a server that speaks HTTPS with a private CA when <c>FM_CA_CERT</c> names it, and says what to do when not.</summary>
public sealed class HttpsServerTests : IAsyncLifetime
{
    private readonly TestCertificates _certificates = TestCertificates.Create();
    private InProcessServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await InProcessServer.StartAsync(new Dictionary<string, string?>
    {
        ["FM_TLS_CERT"] = _certificates.CertificatePath,
        ["FM_TLS_KEY"] = _certificates.KeyPath,
    }, cancellationToken: Token);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _certificates.Dispose();
    }

    [Theory]
    [InlineData("FM_CA_CERT")]
    [InlineData("SSL_CERT_FILE")]
    public async Task Https_WithTheCaTrusted_Works(string variable)
    {
        var environment = new Dictionary<string, string?> { ["FM_URL"] = _server.BaseAddress.ToString(), [variable] = _certificates.AuthorityPath };

        var created = await CliRunner.RunWithEnvironmentAsync(environment, "cases", "create", "--title", "over tls");
        var list = await CliRunner.RunWithEnvironmentAsync(environment, "cases", "list");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("over tls", list.Output);
    }

    [Fact]
    public async Task Https_WithAnUntrustedCertificate_FailsSayingWhatToSet()
    {
        using var other = TestCertificates.Create("Another CA");

        var untrusted = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["FM_URL"] = _server.BaseAddress.ToString() }, "cases", "list");
        var wrongCa = await CliRunner.RunWithEnvironmentAsync(
            new Dictionary<string, string?> { ["FM_URL"] = _server.BaseAddress.ToString(), ["FM_CA_CERT"] = other.AuthorityPath }, "cases", "list");

        foreach (var run in new[] { untrusted, wrongCa })
        {
            Assert.Equal(ExitCodes.ServerUnreachable, run.ExitCode);
            Assert.Contains("FM_CA_CERT", run.Error);
        }
    }

    [Fact]
    public async Task CaFile_Unreadable_IsAUsageError()
    {
        var run = await CliRunner.RunWithEnvironmentAsync(
            new Dictionary<string, string?> { ["FM_URL"] = _server.BaseAddress.ToString(), ["FM_CA_CERT"] = "/nonexistent/ca.pem" }, "cases", "list");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("FM_CA_CERT '/nonexistent/ca.pem'", run.Error);
    }
}
