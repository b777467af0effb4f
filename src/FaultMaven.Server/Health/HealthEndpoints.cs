using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaultMaven.Server.Health;

/// <summary>Liveness (no I/O), readiness (every component, 503 if one is down) and both together.</summary>
internal static class HealthEndpoints
{
    public const string LiveTag = "live";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", Options(check => check.Tags.Contains(LiveTag))).WithTags("Health");
        app.MapHealthChecks("/health/ready", Options(check => !check.Tags.Contains(LiveTag))).WithTags("Health");
        app.MapHealthChecks("/health", Options(_ => true)).WithTags("Health");
        return app;
    }

    public static IServiceCollection AddFaultMavenHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck("process", () => HealthCheckResult.Healthy("The server is running."), tags: [LiveTag]);
        return services;
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = HealthResponseWriter.WriteAsync,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
    };
}
