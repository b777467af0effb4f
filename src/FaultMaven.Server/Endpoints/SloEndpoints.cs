using FaultMaven.Server.Contracts;
using FaultMaven.Server.Slo;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaultMaven.Server.Endpoints;

/// <summary>The service-level objectives' report. Viewers may read it: it holds request counts and rates, nothing of any team's cases,
/// and it is what an on-call engineer without admin rights needs to see.</summary>
internal static class SloEndpoints
{
    public static RouteHandlerBuilder MapSlo(this IEndpointRouteBuilder api) =>
        api.MapGet("/slo", GetReport).WithTags("Operations").WithName("GetSloReport")
            .WithSummary("Each service-level objective as of the last evaluation: target, window, error budget left, burn rate per alert window, "
                + "the multi-window burn-rate conditions and the state (ok, warning, breached)");

    private static Ok<SloReport> GetReport(SloMonitor monitor) => TypedResults.Ok(monitor.Current);
}
