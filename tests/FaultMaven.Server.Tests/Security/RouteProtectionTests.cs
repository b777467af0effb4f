using FaultMaven.Server.Endpoints;
using FaultMaven.Server.Security;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Security;

/// <summary>Checks every route the server maps, so a route added later cannot skip the rules: everything under /api/v1 needs a role,
/// writes need an engineer or a stricter policy, and every route that takes a case id is guarded by the team check.</summary>
public sealed class RouteProtectionTests : IAsyncLifetime
{
    private static readonly string[] Writers = [FaultMavenPolicies.Engineer, FaultMavenPolicies.Admin, FaultMavenPolicies.KnowledgeWriter];

    private SecuredServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await SecuredServer.StartAsync(cancellationToken: Token);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void Every_api_route_needs_a_role_and_every_write_an_engineer_or_stricter()
    {
        var routes = ApiRoutes();
        Assert.True(routes.Count > 30, $"only {routes.Count} routes found");
        foreach (var route in routes.Where(r => r.Metadata.GetMetadata<IntegrationTokenMetadata>() is null))
        {
            var policies = route.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            var methods = route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            Assert.True(policies.Contains(FaultMavenPolicies.Viewer), $"{route.RoutePattern.RawText} needs no role");
            Assert.Null(route.Metadata.GetMetadata<IAllowAnonymous>());
            if (methods.Any(m => !HttpMethods.IsGet(m)))
            {
                Assert.True(policies.Any(Writers.Contains), $"{string.Join(',', methods)} {route.RoutePattern.RawText} is a write open to viewers");
            }
        }
    }

    [Fact]
    public void Only_the_integration_webhooks_skip_the_api_roles_and_they_are_anonymous_for_their_own_token()
    {
        var integrations = ApiRoutes().Where(r => r.Metadata.GetMetadata<IntegrationTokenMetadata>() is not null).ToList();
        // Each checks its own credential (a token, Slack's signature) and has tests that an unsigned or wrong one is 401.
        Assert.Equal(
            ["/api/v1/integrations/alertmanager", "/api/v1/integrations/webhook/{tool}", "/api/v1/integrations/slack/events", "/api/v1/integrations/slack/commands"],
            integrations.Select(r => r.RoutePattern.RawText));
        Assert.All(integrations, r => Assert.NotNull(r.Metadata.GetMetadata<IAllowAnonymous>()));
    }

    [Fact]
    public void Every_route_that_takes_a_case_id_checks_the_callers_team()
    {
        var caseRoutes = ApiRoutes().Where(r => r.RoutePattern.Parameters.Any(p => p.Name == "caseId")
            || (r.RoutePattern.RawText!.Contains("/cases/{id}", StringComparison.Ordinal))).ToList();
        Assert.True(caseRoutes.Count >= 12, $"only {caseRoutes.Count} case routes found");
        Assert.All(caseRoutes, r => Assert.True(r.Metadata.GetMetadata<CaseAccessMetadata>() is not null, $"{r.RoutePattern.RawText} skips the team check"));
    }

    private List<RouteEndpoint> ApiRoutes() =>
        [.. _server.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)];
}
