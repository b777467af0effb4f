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
    public static WebApplication Create() => Create(null);

    /// <summary>Creates the app serving HTTPS with <paramref name="certificate"/> (HTTP when null), not yet started.</summary>
    public static WebApplication Create(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (certificate is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        }

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
