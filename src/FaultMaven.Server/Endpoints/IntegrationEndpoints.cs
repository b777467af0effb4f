using System.Text.Json;
using FaultMaven.Core.Common;
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
        group.MapPost("/webhook/{tool}", WebhookAsync).WithName("ReceiveAlertWebhook")
            .WithSummary("Another alerting tool's webhook, read through a field mapping: grafana (the webhook contact point), pagerduty (v3 "
                + "webhook subscriptions), datadog (the payload template in docs/INTEGRATIONS.md) or custom (FM_WEBHOOK_MAPPING). Authenticated "
                + "by FM_WEBHOOK_TOKEN (bearer or the HTTP Basic password). An alert group opens a case and investigates it, as "
                + "Alertmanager's does; 404 while FM_WEBHOOK_TOKEN is unset or for a tool with no mapping")
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapSlack();
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

        if (Refused(context, settings.Token, "FM_ALERTMANAGER_TOKEN") is { } refused)
        {
            return refused;
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

    private static async Task<Results<Accepted<AlertIntake>, ProblemHttpResult>> WebhookAsync(
        string tool, HttpContext context, AlertIntakeService intake, IOptions<WebhookOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return TypedResults.Problem(detail: "Alert webhooks are off (FM_WEBHOOK_TOKEN is not set).", statusCode: StatusCodes.Status404NotFound, title: "Not found", type: ProblemTypes.NotFound);
        }

        // The token first: which tools are set up is not told to a caller without it.
        if (Refused(context, settings.Token, "FM_WEBHOOK_TOKEN") is { } refused)
        {
            return refused;
        }

        if (settings.MappingFor(tool) is not { } mapping)
        {
            return TypedResults.Problem(
                detail: $"There is no webhook mapping for '{PrintableText.Of(tool)}': use grafana, pagerduty, datadog, or custom with FM_WEBHOOK_MAPPING set.",
                statusCode: StatusCodes.Status404NotFound, title: "Not found", type: ProblemTypes.NotFound);
        }

        // Bounded by FM_MAX_REQUEST_BODY_BYTES, as Alertmanager's notifications are.
        JsonDocument payload;
        try
        {
            payload = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return TypedResults.Problem(detail: "The body is not JSON.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request", type: ProblemTypes.Validation);
        }

        using (payload)
        {
            if (payload.RootElement.ValueKind != JsonValueKind.Object)
            {
                return TypedResults.Problem(detail: "The body must be a JSON object.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request", type: ProblemTypes.Validation);
            }

            AlertmanagerNotification? notification;
            string? problem;
            try
            {
                (notification, problem) = mapping.Translate(payload.RootElement, ToolNames.GetValueOrDefault(tool, tool));
            }
            catch (InvalidOperationException)
            {
                // JsonDocument accepts invalid UTF-8 and lone surrogate escapes inside strings; reading them throws. The sender's fault, not ours.
                return TypedResults.Problem(detail: "The body holds a string that is not valid UTF-8 text (invalid bytes or a lone surrogate escape).", statusCode: StatusCodes.Status400BadRequest, title: "Bad request", type: ProblemTypes.Validation);
            }

            if (notification is null)
            {
                return TypedResults.Problem(detail: problem, statusCode: StatusCodes.Status400BadRequest, title: "Bad request", type: ProblemTypes.Validation);
            }

            var outcome = await intake.ReceiveAsync(notification, settings.Team.Length > 0 ? settings.Team : null, cancellationToken);
            if (!outcome.Succeeded)
            {
                return outcome.Failure.ToProblem();
            }

            var result = outcome.Value;
            return TypedResults.Accepted(result.CaseId is null ? (string?)null : $"/api/v1/cases/{result.CaseId}", result);
        }
    }

    private static readonly Dictionary<string, string> ToolNames = new(StringComparer.Ordinal)
    {
        ["grafana"] = "Grafana",
        ["pagerduty"] = "PagerDuty",
        ["datadog"] = "Datadog",
        ["custom"] = "Webhook",
    };

    /// <summary>Gets the 401 for a request that does not carry <paramref name="token"/>, or null when it does.</summary>
    private static ProblemHttpResult? Refused(HttpContext context, string token, string variable)
    {
        if (IntegrationToken.Matches(context.Request, token))
        {
            return null;
        }

        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer, Basic realm=\"faultmaven\"";
        return TypedResults.Problem(detail: $"Send {variable} as a bearer token or as the HTTP Basic password.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", type: ProblemTypes.Unauthorized);
    }
}

/// <summary>Marks a route that authenticates with an integration's own token instead of the API's credentials.</summary>
internal sealed class IntegrationTokenMetadata
{
    public static IntegrationTokenMetadata Instance { get; } = new();
}
