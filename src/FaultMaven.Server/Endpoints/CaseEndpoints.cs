using System.ComponentModel.DataAnnotations;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Cases.Similar;
using FaultMaven.Core.Common;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FaultMaven.Server.Endpoints;

/// <summary>The cases API: investigations, their lifecycle and their conversation.</summary>
internal static class CaseEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string IdempotentReplayedHeader = "Idempotent-Replayed";

    public static RouteGroupBuilder MapCases(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/cases").WithTags("Cases").RequireCaseAccess().ProducesValidationProblem();
        group.MapPost("/", CreateAsync).WithName("CreateCase").WithSummary("Open a case").CountsAsCreation();
        group.MapGet("/", ListAsync).WithName("ListCases").WithSummary("List cases, newest first; filter by status, session or words in the title (q, or search: only cases whose title holds every word, ignoring case)");
        group.MapGet("/{id}", GetAsync).WithName("GetCase").WithSummary("Get a case with its investigation state").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{id}", UpdateAsync).WithName("UpdateCase").WithSummary("Rename a case or change its status")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteCase").WithSummary("Delete a case and its conversation").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/similar", SimilarAsync).WithName("ListSimilarCases")
            .WithSummary("The resolved cases of the same team most like this one (by words and meaning), each with its root cause and fix; cite as case:<id>")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/turns", ListTurnsAsync).WithName("ListTurns").WithSummary("List a case's turns in order").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Created<Case>, ProblemHttpResult>> CreateAsync(
        CreateCaseRequest request, CaseService cases, HttpContext context, CancellationToken cancellationToken)
    {
        var outcome = await cases.CreateAsync(request.ToCommand(), cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/cases/{outcome.Value.Id}", CaseVersionTag.Set(context, outcome.Value))
            : outcome.Failure.ToProblem();
    }

    private static async Task<Results<Ok<Page<Case>>, ProblemHttpResult>> ListAsync(
        [AllowedValues(null, "open", "investigating", "resolved", "closed")] string? status,
        string? sessionId,
        [StringLength(Case.MaxTitleLength)] string? q,
        [StringLength(Case.MaxTitleLength)] string? search,
        [Range(1, PageRequest.MaxLimit)] int? limit,
        [Range(0, PageQuery.MaxOffset)] int? offset,
        CaseService cases,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        // `search` is what the CLI calls the option (`fm cases list --search`); a client that sent it got every case back, as if it
        // had found them all. It filters as q does; both at once must agree.
        if (!string.IsNullOrWhiteSpace(q) && !string.IsNullOrWhiteSpace(search) && !string.Equals(q.Trim(), search.Trim(), StringComparison.Ordinal))
        {
            return TypedResults.Problem(detail: "Give the words to search for once, as q or as search, not two different ones.", statusCode: 400,
                title: "Invalid request", type: ProblemTypes.Validation);
        }

        var filter = status is null ? (CaseStatus?)null : Enum.Parse<CaseStatus>(status, ignoreCase: true);
        var words = string.IsNullOrWhiteSpace(q) ? search : q;
        return TypedResults.Ok(await cases.ListAsync(filter, sessionId, CallerOrigin.Of(context).Scope, words, PageQuery.ToPageRequest(limit, offset), cancellationToken));
    }

    private static async Task<Results<Ok<Case>, ProblemHttpResult>> GetAsync(
        string id, CaseService cases, HttpContext context, CancellationToken cancellationToken) =>
        await cases.GetAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(CaseVersionTag.Set(context, found))
            : FailureResults.NotFound("case", id);

    private static async Task<Results<Ok<SimilarCasesResponse>, ProblemHttpResult>> SimilarAsync(
        string id, [Range(1, SimilarIncidentFinder.MaxResults)] int? limit, CaseService cases, SimilarIncidentFinder similar, HttpContext context, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(id, cancellationToken) is not { } found)
        {
            return FailureResults.NotFound("case", id);
        }

        return TypedResults.Ok(new SimilarCasesResponse(id, await similar.FindAsync(found, null, CallerOrigin.Of(context).Scope, limit ?? 5, cancellationToken)));
    }

    private static async Task<Results<Ok<Case>, ProblemHttpResult>> UpdateAsync(
        string id,
        UpdateCaseRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CaseService cases,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var (expected, refused) = CaseVersionTag.ExpectedVersion(ifMatch, request.Version);
        if (refused is not null)
        {
            return refused;
        }

        var outcome = await cases.UpdateAsync(id, request.ToCommand(expected), cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(CaseVersionTag.Set(context, outcome.Value)) : outcome.Failure.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, CaseService cases, Core.Data.DataService data, CancellationToken cancellationToken) =>
        await data.DeleteCaseAsync(id, token => cases.DeleteAsync(id, token), cancellationToken)
            ? TypedResults.NoContent()
            : FailureResults.NotFound("case", id);

    /// <summary>Records a turn verbatim (role and content, as a conversation import or a client that runs its own model does);
    /// the agent's turns go through <see cref="AgentEndpoints"/>, which shares the route.</summary>
    internal static async Task<IResult> RecordTurnAsync(
        string id, TurnBody body, string? idempotencyKey, CaseService cases, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Role is null)
        {
            errors["role"] = ["The role field is required (user or assistant)."];
        }

        if (string.IsNullOrEmpty(body.Content) || body.Content.Length > Turn.MaxContentLength)
        {
            errors["content"] = [$"The content field must be 1 to {Turn.MaxContentLength:N0} characters."];
        }

        if (body.Attachments is { Count: > Turn.MaxAttachments })
        {
            errors["attachments"] = [$"At most {Turn.MaxAttachments} attachments."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, type: ProblemTypes.Validation);
        }

        var outcome = await cases.AppendTurnAsync(id, new AppendTurnCommand(body.Role!.Value, body.Content!, body.Attachments, idempotencyKey), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }

        if (outcome.Value.Replayed)
        {
            context.Response.Headers[IdempotentReplayedHeader] = "true";
        }

        var turn = outcome.Value.Turn;
        return TypedResults.Created($"/api/v1/cases/{id}/turns?offset={turn.Sequence - 1}&limit=1", turn);
    }

    private static async Task<Results<Ok<Page<Turn>>, ProblemHttpResult>> ListTurnsAsync(
        string id,
        [Range(1, PageRequest.MaxLimit)] int? limit,
        [Range(0, PageQuery.MaxOffset)] int? offset,
        CaseService cases,
        CancellationToken cancellationToken)
    {
        var outcome = await cases.ListTurnsAsync(id, PageQuery.ToPageRequest(limit, offset), cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : outcome.Failure.ToProblem();
    }
}
