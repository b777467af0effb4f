using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaultMaven.Core.Alerts;

/// <summary>Registers alert intake.</summary>
public static class AlertsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="AlertIntakeService"/>; needs the cases and agent features. A host that passes answers on registers
    /// its <see cref="IInvestigationNotifier"/> first; otherwise no one is told.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.TryAddSingleton<IInvestigationNotifier, NoInvestigationNotifier>();
        return services.AddSingleton<AlertIntakeService>();
    }
}
