using FaultMaven.Testing;

namespace FaultMaven.Server.Tests;

/// <summary>One real server per test class, with a small body limit and a CORS allow-list to test against.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string AllowedOrigin = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
    public const int MaxBodyBytes = 64 * 1024;

    private InProcessServer? _server;

    public InProcessServer Server => _server ?? throw new InvalidOperationException("Not started");

    public HttpClient Client => Server.Client;

    public async ValueTask InitializeAsync() => _server = await InProcessServer.StartAsync(new Dictionary<string, string?>
    {
        ["FM_CORS_ORIGINS"] = $"{AllowedOrigin}, https://ops.example.com",
        ["FM_MAX_REQUEST_BODY_BYTES"] = MaxBodyBytes.ToString(),
    });

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
