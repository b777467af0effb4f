using FaultMaven.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Testing;

/// <summary>The real server on Kestrel, on a free loopback port, with its own data directory; for tests over real HTTP.</summary>
public sealed class InProcessServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory? _ownedDirectory;

    private InProcessServer(WebApplication app, string dataDirectory, TempDirectory? ownedDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        _ownedDirectory = ownedDirectory;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server; <paramref name="settings"/> overlay the test defaults (port 0, a temp data directory, warnings only).</summary>
    public static async Task<InProcessServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null, CancellationToken cancellationToken = default)
    {
        TempDirectory? owned = dataDirectory is null ? new TempDirectory() : null;
        var directory = dataDirectory ?? owned!.Path;
        var merged = new Dictionary<string, string?>
        {
            ["FM_PORT"] = "0",
            ["FM_HOST"] = "127.0.0.1",
            ["FM_DATA_DIR"] = directory,
            ["FM_LOG_LEVEL"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var app = FaultMavenApplication.Create([], merged);
        await app.StartAsync(cancellationToken);
        return new InProcessServer(app, directory, owned);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _ownedDirectory?.Dispose();
    }
}
