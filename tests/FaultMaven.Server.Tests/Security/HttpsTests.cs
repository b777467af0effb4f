using System.Net;
using System.Security.Cryptography.X509Certificates;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>Given a certificate the server speaks HTTPS itself, sends HSTS, and serves no plain HTTP.</summary>
public sealed class HttpsTests : IAsyncLifetime
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

    [Fact]
    public async Task Https_WithTrustedCa_ServesTheApiWithHsts()
    {
        Assert.Equal("https", _server.BaseAddress.Scheme);
        using var client = TrustingClient();

        using var response = await client.PostAsync("/api/v1/cases", ApiAssert.Json("{\"title\":\"over tls\"}"), Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Https_WithoutTrustingTheCa_FailsTheHandshake()
    {
        using var client = new HttpClient { BaseAddress = _server.BaseAddress };

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/health/live", Token));

        Assert.Equal(HttpRequestError.SecureConnectionError, failure.HttpRequestError);
    }

    [Fact]
    public async Task PlainHttp_OnTheSamePort_IsNotServed()
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_server.BaseAddress.Port}") };

        try
        {
            using var response = await client.GetAsync("/api/v1/cases", Token);
            Assert.False(response.IsSuccessStatusCode, $"plain HTTP was answered {(int)response.StatusCode}");
        }
        catch (HttpRequestException)
        {
            // The connection is closed without an answer: equally not served.
        }
    }

    private HttpClient TrustingClient()
    {
        var authority = X509CertificateLoader.LoadCertificateFromFile(_certificates.AuthorityPath);
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
        {
            if (certificate is null || (errors & ~System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors) != 0)
            {
                return false;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(authority);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return chain.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
        };
        return new HttpClient(handler) { BaseAddress = _server.BaseAddress };
    }
}
