using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaultMaven.Server.Health;

/// <summary>Liveness (no I/O), readiness (every component, 503 if one is down) and both together.</summary>
internal static class HealthEndpoints
{
    public const string LiveTag = "live";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // Liveness stays bare (it is polled often and answers for the process only); the others also say which feature flags are on.
        app.MapHealthChecks("/health/live", Options(check => check.Tags.Contains(LiveTag), HealthResponseWriter.WriteAsync)).WithTags("Health");
        app.MapHealthChecks("/health/ready", Options(check => !check.Tags.Contains(LiveTag), HealthResponseWriter.WriteWithFeaturesAsync)).WithTags("Health");
        app.MapHealthChecks("/health", Options(_ => true, HealthResponseWriter.WriteWithFeaturesAsync)).WithTags("Health");
        return app;
    }

    public static IServiceCollection AddFaultMavenHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck("process", () => HealthCheckResult.Healthy("The server is running."), tags: [LiveTag]);
        return services;
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate, Func<HttpContext, HealthReport, Task> writer) => new()
    {
        Predicate = predicate,
        ResponseWriter = writer,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
    };
}
