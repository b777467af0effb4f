using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>A log store stand-in and a FaultMaven server reading it, shared by one test class: the store is started first, then the
/// server with <c>settings</c> of the store's address.</summary>
public abstract class LogStoreFixture<TStore>(Func<Task<TStore>> start, Func<string, Dictionary<string, string?>> settings) : IAsyncLifetime
    where TStore : LogStoreServer
{
    public TStore Store { get; private set; } = null!;

    public InProcessServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = await start();
        Server = await InProcessServer.StartAsync(settings(Store.BaseAddress.ToString()));
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Store.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
