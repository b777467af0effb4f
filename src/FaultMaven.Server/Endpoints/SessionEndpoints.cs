using System.ComponentModel.DataAnnotations;
using FaultMaven.Core.Common;
using FaultMaven.Core.Sessions;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaultMaven.Server.Endpoints;

/// <summary>The sessions API: a client's working context with a sliding TTL. Another team's session does not exist for the caller (404).</summary>
internal static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessions(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/sessions").WithTags("Sessions").ProducesValidationProblem();
        group.MapPost("/", CreateAsync).WithName("CreateSession").WithSummary("Open a session").CountsAsCreation().Audited("session.created");
        group.MapGet("/", ListAsync).WithName("ListSessions").WithSummary("List live sessions, newest first");
        group.MapGet("/{id}", GetAsync).WithName("GetSession").WithSummary("Get a live session");
        group.MapPost("/{id}/heartbeat", HeartbeatAsync).WithName("HeartbeatSession").WithSummary("Keep a session alive; slides its expiry");
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteSession").WithSummary("Close a session").Audited("session.deleted", "id");
        return group;
    }

    private static async Task<Results<Created<Session>, ProblemHttpResult>> CreateAsync(
        CreateSessionRequest request, SessionService sessions, CancellationToken cancellationToken)
    {
        var outcome = await sessions.CreateAsync(request.ToCommand(), cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/sessions/{outcome.Value.Id}", outcome.Value)
            : outcome.Failure.ToProblem();
    }

    private static async Task<Ok<Page<Session>>> ListAsync(
        [Range(1, PageRequest.MaxLimit)] int? limit,
        [Range(0, PageQuery.MaxOffset)] int? offset,
        SessionService sessions,
        HttpContext context,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sessions.ListAsync(CallerOrigin.Of(context).Scope, PageQuery.ToPageRequest(limit, offset), cancellationToken));

    private static async Task<Results<Ok<Session>, ProblemHttpResult>> GetAsync(
        string id, SessionService sessions, HttpContext context, CancellationToken cancellationToken) =>
        await VisibleAsync(id, sessions, context, cancellationToken) is { } session
            ? TypedResults.Ok(session)
            : FailureResults.NotFound("session", id);

    private static async Task<Results<Ok<Session>, ProblemHttpResult>> HeartbeatAsync(
        string id, SessionService sessions, HttpContext context, CancellationToken cancellationToken) =>
        await VisibleAsync(id, sessions, context, cancellationToken) is not null && await sessions.HeartbeatAsync(id, cancellationToken) is { } session
            ? TypedResults.Ok(session)
            : FailureResults.NotFound("session", id);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, SessionService sessions, HttpContext context, CancellationToken cancellationToken)
    {
        var caller = CallerOrigin.Of(context);
        if (!caller.IsAdmin)
        {
            if (await VisibleAsync(id, sessions, context, cancellationToken) is not { } session)
            {
                return FailureResults.NotFound("session", id);
            }

            if (!caller.CanDelete(session.Owner))
            {
                return TypedResults.Problem(detail: $"Only the creator of session '{id}' or an admin may close it.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", type: ProblemTypes.Forbidden);
            }
        }

        return await sessions.DeleteAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : FailureResults.NotFound("session", id);
    }

    /// <summary>The live session if the caller may see it (their team's, their own, or any for an admin).</summary>
    private static async Task<Session?> VisibleAsync(string id, SessionService sessions, HttpContext context, CancellationToken cancellationToken) =>
        await sessions.GetAsync(id, cancellationToken) is { } session && CallerOrigin.Of(context).CanSee(session.Owner, session.Team) ? session : null;
}
