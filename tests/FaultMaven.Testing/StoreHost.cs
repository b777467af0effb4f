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
    private readonly TempDirectory _directory;

    private StoreHost(IHost host, TempDirectory directory)
    {
        _host = host;
        _directory = directory;
    }

    public string DataDirectory => _directory.Path;

    /// <summary>Starts the stores; <paramref name="services"/> adds to the container first (a <c>FakeTimeProvider</c>, say).</summary>
    public static async Task<StoreHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var directory = new TempDirectory();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["FM_DATA_DIR"] = directory.Path });
        builder.Services.AddLogging();
        services?.Invoke(builder.Services);
        builder.AddFaultMavenStorage();
        var host = builder.Build();
        await host.StartAsync();
        return new StoreHost(host, directory);
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

        _directory.Dispose();
    }
}
