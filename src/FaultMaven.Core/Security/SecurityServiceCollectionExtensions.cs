using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaultMaven.Core.Security;

/// <summary>Registers the security feature.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ApiKeyService"/>. The key store and the audit trail must be added separately.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyService>();
        return services;
    }
}
