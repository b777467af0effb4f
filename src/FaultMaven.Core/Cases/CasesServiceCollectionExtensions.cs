using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaultMaven.Core.Cases;

/// <summary>Registers the cases feature.</summary>
public static class CasesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CaseService"/>. A store must be added separately.</summary>
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CaseService>();
        return services;
    }
}
