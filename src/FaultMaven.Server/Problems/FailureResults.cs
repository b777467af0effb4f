using FaultMaven.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaultMaven.Server.Problems;

/// <summary>Maps a service's expected <see cref="Failure"/> to its problem-details response.</summary>
internal static class FailureResults
{
    /// <summary>The problem's extension that carries <see cref="Failure.RetryAfter"/> (whole seconds); it is also sent as the
    /// Retry-After header when the problem is written.</summary>
    public const string RetryAfterExtension = "retryAfterSeconds";

    public static ProblemHttpResult ToProblem(this Failure failure)
    {
        var result = Map(failure);
        if (failure.RetryAfter is { } wait)
        {
            result.ProblemDetails.Extensions[RetryAfterExtension] = (int)Math.Ceiling(wait.TotalSeconds);
        }

        return result;
    }

    private static ProblemHttpResult Map(Failure failure) => failure.Kind switch
    {
        FailureKind.NotFound => Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", failure.Detail),
        FailureKind.Invalid => Problem(StatusCodes.Status400BadRequest, ProblemTypes.Validation, "Invalid request", failure.Detail),
        FailureKind.InvalidTransition => Problem(StatusCodes.Status409Conflict, ProblemTypes.InvalidTransition, "Invalid status transition", failure.Detail),
        FailureKind.TooLarge => Problem(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, "Payload too large", failure.Detail),
        FailureKind.Unsupported => Problem(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "Unsupported content", failure.Detail),
        FailureKind.TooCostly => Problem(StatusCodes.Status422UnprocessableEntity, ProblemTypes.TooCostly, "Too costly to process", failure.Detail),
        FailureKind.PreconditionFailed => Problem(StatusCodes.Status412PreconditionFailed, ProblemTypes.PreconditionFailed, "Precondition failed", failure.Detail),
        FailureKind.Busy => Problem(StatusCodes.Status503ServiceUnavailable, ProblemTypes.ServiceUnavailable, "Busy", failure.Detail),
        // The caller's own excess, not the service failing: 429 is not counted against the availability objective, 503 would be.
        FailureKind.RateLimited => Problem(StatusCodes.Status429TooManyRequests, ProblemTypes.RateLimited, "Too many requests", failure.Detail),
        FailureKind.SourceUnavailable => Problem(StatusCodes.Status502BadGateway, ProblemTypes.SourceUnavailable, "Source unavailable", failure.Detail),
        FailureKind.SourceTooLarge => Problem(StatusCodes.Status502BadGateway, ProblemTypes.SourceAnswerTooLarge, "Source answer too large", failure.Detail),
        FailureKind.IdempotencyKeyReused => Problem(StatusCodes.Status422UnprocessableEntity, ProblemTypes.IdempotencyKeyReused, "Idempotency-Key reused", failure.Detail),
        _ => Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "Conflict", failure.Detail),
    };

    public static ProblemHttpResult NotFound(string resource, string id) => Failure.NotFound(resource, id).ToProblem();

    private static ProblemHttpResult Problem(int status, string type, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: type);
}
