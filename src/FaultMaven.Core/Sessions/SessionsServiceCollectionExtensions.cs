using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Sessions;

/// <summary>Registers the sessions feature.</summary>
public static class SessionsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SessionService"/>, its validated options and the expired-session sweeper. A store must be added separately.</summary>
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<SessionOptions, SessionOptionsValidator>().BindConfiguration(string.Empty);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SessionService>();
        services.AddHostedService<SessionSweeper>();
        return services;
    }
}
