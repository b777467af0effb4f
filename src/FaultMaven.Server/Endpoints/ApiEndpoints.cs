using FaultMaven.Server.Health;
using Scalar.AspNetCore;

namespace FaultMaven.Server.Endpoints;

/// <summary>Maps every route the server answers.</summary>
internal static class ApiEndpoints
{
    public static WebApplication MapFaultMavenApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapSessions();
        api.MapCases();
        api.MapData();
        api.MapKnowledge();
        api.MapAgent();

        app.MapHealth();
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("FaultMaven API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo("FaultMaven", "/docs", "/openapi/v1.json", "/health")))
            .ExcludeFromDescription();
        return app;
    }

    private sealed record ServiceInfo(string Name, string Docs, string OpenApi, string Health);
}
