using FaultMaven.Core.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Prometheus;

/// <summary>Registers Prometheus as a live source when <c>FM_PROMETHEUS_URL</c> is set.</summary>
public static class PrometheusServiceCollectionExtensions
{
    /// <summary>Validates the Prometheus settings at start and, when a URL is set, adds <see cref="IPrometheusClient"/>.</summary>
    public static IServiceCollection AddFaultMavenPrometheus(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IValidateOptions<PrometheusOptions>, PrometheusOptionsValidator>();
        services.AddSingleton<IValidateOptions<PrometheusOptions>, PrometheusOptionsCustomValidator>();
        services.AddOptions<PrometheusOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        var settings = new PrometheusOptions();
        configuration.Bind(settings);
        if (settings.Enabled)
        {
            // One client, one circuit: every caller sees the same Prometheus state.
            services.AddSingleton<IPrometheusClient>(sp => new PrometheusHttpClient(
                new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(5) }),
                sp.GetRequiredService<IOptions<PrometheusOptions>>(), sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<ILogger<PrometheusHttpClient>>()));
        }

        return services;
    }
}
