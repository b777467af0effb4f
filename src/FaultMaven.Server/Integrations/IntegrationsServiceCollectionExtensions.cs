using FaultMaven.Core.Alerts;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Integrations;

/// <summary>Registers the integrations that post to the server (Alertmanager's webhook).</summary>
internal static class IntegrationsServiceCollectionExtensions
{
    public static IServiceCollection AddFaultMavenIntegrations(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<AlertmanagerOptions>, AlertmanagerOptionsValidator>();
        services.AddOptions<AlertmanagerOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        services.AddAlerts();
        return services;
    }
}
