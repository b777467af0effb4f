using FaultMaven.Core.Alerts;
using FaultMaven.Server.Integrations;
using FaultMaven.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FaultMaven.Server.Endpoints;

/// <summary>Webhooks other systems post to. They authenticate with a token of their own, not as API callers, so their group allows
/// anonymous callers and each handler checks its token; a route added here without such a check is open to anyone.</summary>
internal static class IntegrationEndpoints
{
    public static RouteGroupBuilder MapIntegrations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/integrations").WithTags("Integrations").AllowAnonymous()
            .WithMetadata(IntegrationTokenMetadata.Instance)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        group.MapPost("/alertmanager", AlertmanagerAsync).WithName("ReceiveAlertmanagerNotification")
            .WithSummary("Prometheus Alertmanager's webhook (payload version 4), authenticated by FM_ALERTMANAGER_TOKEN (bearer or the HTTP "
                + "Basic password): a firing group opens a case (or appends to its open one), attaches the notification as evidence and "
                + "investigates in the background; a resolved one is recorded on the case. 404 while FM_ALERTMANAGER_TOKEN is unset")
            .Accepts<AlertmanagerNotification>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return group;
    }

    private static async Task<Results<Accepted<AlertIntake>, ProblemHttpResult>> AlertmanagerAsync(
        HttpContext context, AlertIntakeService intake, IOptions<AlertmanagerOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return TypedResults.Problem(detail: "The Alertmanager integration is off (FM_ALERTMANAGER_TOKEN is not set).", statusCode: StatusCodes.Status404NotFound, title: "Not found", type: ProblemTypes.NotFound);
        }

        if (!IntegrationToken.Matches(context.Request, settings.Token))
        {
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer, Basic realm=\"faultmaven\"";
            return TypedResults.Problem(detail: "Send FM_ALERTMANAGER_TOKEN as a bearer token or as the HTTP Basic password.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", type: ProblemTypes.Unauthorized);
        }

        // Bounded by FM_MAX_REQUEST_BODY_BYTES: a larger body makes Kestrel throw, which the exception handler answers with 413.
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken);
        var outcome = await intake.ReceiveAsync(buffer.ToArray(), settings.Team.Length > 0 ? settings.Team : null, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }

        var result = outcome.Value;
        return TypedResults.Accepted(result.CaseId is null ? (string?)null : $"/api/v1/cases/{result.CaseId}", result);
    }
}

/// <summary>Marks a route that authenticates with an integration's own token instead of the API's credentials.</summary>
internal sealed class IntegrationTokenMetadata
{
    public static IntegrationTokenMetadata Instance { get; } = new();
}
