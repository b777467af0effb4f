using FaultMaven.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaultMaven.Testing;

/// <summary>The stores exactly as the server composes them from configuration (<c>AddFaultMavenStorage</c>), without HTTP: the
/// embedded SQLite ones, or PostgreSQL and Redis when <c>FM_POSTGRES</c> and <c>FM_REDIS</c> are given.</summary>
public sealed class StoreHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TempDirectory? _directory;

    private StoreHost(IHost host, TempDirectory? directory, string dataDirectory)
    {
        _host = host;
        _directory = directory;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    /// <summary>Starts the stores; <paramref name="services"/> adds to the container first (a <c>FakeTimeProvider</c>, say). Given a
    /// <paramref name="dataDirectory"/> (that of a host stopped before, to start again on its files), it is used and left in place.</summary>
    public static async Task<StoreHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? dataDirectory = null)
    {
        var directory = dataDirectory is null ? new TempDirectory() : null;
        var path = dataDirectory ?? directory!.Path;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["FM_DATA_DIR"] = path });
        builder.Services.AddLogging();
        services?.Invoke(builder.Services);
        builder.AddFaultMavenStorage();
        var host = builder.Build();
        await host.StartAsync();
        return new StoreHost(host, directory, path);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        _directory?.Dispose();
    }
}
