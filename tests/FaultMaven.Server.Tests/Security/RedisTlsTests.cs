using System.Net;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>Redis over TLS when FM_REDIS asks for it (<c>ssl=true</c>): a real redis-server on a TLS-only port with a certificate from a
/// throwaway CA, which the server process trusts through <c>SSL_CERT_FILE</c> (StackExchange.Redis checks against the system store).</summary>
public sealed class RedisTlsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Redis_SslTrue_WithTheCaTrusted_KeepsSessions()
    {
        await using var redis = await RedisServer.StartNewAsync(tls: true);
        using var data = new TempDirectory();
        await using var server = ServerProcess.Start(new Dictionary<string, string>
        {
            ["FM_DATA_DIR"] = data.Path,
            ["FM_REDIS"] = redis.Configuration,
            ["SSL_CERT_FILE"] = redis.Certificates!.AuthorityPath,
        });
        await server.WaitUntilLiveAsync(Token);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var created = await client.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli" }, Token);
        using var ready = await client.GetAsync("/health/ready", Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Redis_SslTrue_WithoutTrustingTheCa_DoesNotStart()
    {
        await using var redis = await RedisServer.StartNewAsync(tls: true);
        using var data = new TempDirectory();
        using var other = TestCertificates.Create("Some other CA");
        await using var server = ServerProcess.Start(new Dictionary<string, string>
        {
            ["FM_DATA_DIR"] = data.Path,
            ["FM_REDIS"] = redis.Configuration,
            ["SSL_CERT_FILE"] = other.AuthorityPath,
        });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60), Token);

        // The certificate is refused, so no connection opens: start-up stops on the first Redis use, naming the store.
        Assert.Equal(1, exitCode);
        Assert.Contains("The redis store at 127.0.0.1", server.StandardError);
    }
}
