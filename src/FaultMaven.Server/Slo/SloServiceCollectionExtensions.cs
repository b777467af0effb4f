using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Slo;

/// <summary>Registers the service-level objectives: their configuration (checked at start), the in-process counters fed by the request
/// duration measurements, the evaluation loop and the alert sender.</summary>
internal static class SloServiceCollectionExtensions
{
    public static IServiceCollection AddFaultMavenSlo(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SloOptions>, SloOptionsValidator>();
        services.AddOptions<SloOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        services.AddSingleton(sp => SloSettings.Parse(sp.GetRequiredService<IOptions<SloOptions>>().Value, []));
        services.AddSingleton<SloTracker>();
        services.AddSingleton<SloAlertSender>();
        services.AddSingleton<SloMonitor>();
        // The sender first, so it drains what the monitor queues; both stop with the host.
        services.AddHostedService(sp => sp.GetRequiredService<SloAlertSender>());
        services.AddHostedService(sp => sp.GetRequiredService<SloMonitor>());
        // Webhook URLs carry their token in the path (hooks.slack.com/services/…), and the client's request logging writes paths.
        services.AddHttpClient(SloAlertSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        return services;
    }

    /// <summary>Tags each API request's duration measurement with its endpoint group, which the objectives select on.</summary>
    public static IApplicationBuilder UseEndpointGroupTagging(this IApplicationBuilder app) => app.UseMiddleware<EndpointGroupTagging>();
}
