using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Testing;

/// <summary>The small real HTTP servers tests stand in for external services with (a model provider, an OTLP collector, an
/// identity provider): a slim app on a free loopback port, silent, whose routes the caller maps before starting it.</summary>
public static class LoopbackApp
{
    /// <summary>Creates the app, not yet started: map its routes, then <see cref="StartOnLoopbackAsync"/>.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>Starts the app and returns the address it bound, ending in a slash.</summary>
    public static async Task<Uri> StartOnLoopbackAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync(cancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(bound.TrimEnd('/') + "/");
    }
}
