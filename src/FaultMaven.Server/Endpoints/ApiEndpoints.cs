using FaultMaven.Server.Configuration;
using FaultMaven.Server.Health;
using FaultMaven.Server.Mcp;
using FaultMaven.Server.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using FaultMaven.Server.WebApp;
using Scalar.AspNetCore;

namespace FaultMaven.Server.Endpoints;

/// <summary>Maps every route the server answers.</summary>
internal static class ApiEndpoints
{
    public static WebApplication MapFaultMavenApi(this WebApplication app, ServerOptions server)
    {
        // Every API route needs a caller with a role (FM_AUTH=off: the local admin); reads need a viewer, writes an engineer, and
        // routes with a policy of their own (admin, knowledge writers) need that one instead.
        // Any route may refuse a caller (401/403), a burst (429) or, as the doc says, fail unexpectedly (500): all as problem details.
        var api = app.MapGroup("/api/v1").RequireAuthorization(FaultMavenPolicies.Viewer)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        api.MapSessions();
        api.MapCases();
        api.MapData();
        api.MapKnowledge();
        api.MapAgent();
        api.MapAdmin();
        api.MapSlo();
        ((IEndpointConventionBuilder)api).Finally(RequireEngineerToWrite);
        // Outside the group above: webhooks carry an integration's token, not an API caller's credentials.
        app.MapIntegrations();
        // Outside /api/v1 (MCP clients are configured with one URL), but authenticated the same way.
        app.MapFaultMavenMcp();

        app.MapHealth();
        // Outside /api/v1, where every route needs a role: this is what a client reads before it has one.
        app.MapSignIn();
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("FaultMaven API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        if (WebAppEndpoints.IsConfigured(server))
        {
            app.MapWebApp(server);
        }
        else
        {
            app.MapGet("/", () => TypedResults.Ok(new ServiceInfo("FaultMaven", "/docs", "/openapi/v1.json", "/health")))
                .ExcludeFromDescription();
        }

        return app;
    }

    private static void RequireEngineerToWrite(EndpointBuilder endpoint)
    {
        var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        var ownPolicy = endpoint.Metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null && a.Policy != FaultMavenPolicies.Viewer);
        if (!ownPolicy && methods.Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m) && !HttpMethods.IsOptions(m)))
        {
            endpoint.Metadata.Add(new AuthorizeAttribute(FaultMavenPolicies.Engineer));
        }
    }

    private sealed record ServiceInfo(string Name, string Docs, string OpenApi, string Health);
}
