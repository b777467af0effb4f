using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Core.Alerts;

/// <summary>Registers alert intake.</summary>
public static class AlertsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="AlertIntakeService"/>; needs the cases and agent features.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services) => services.AddSingleton<AlertIntakeService>();
}
