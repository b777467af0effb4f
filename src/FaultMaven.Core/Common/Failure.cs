namespace FaultMaven.Core.Common;

/// <summary>An expected failure: what kind, a short title and a human-readable detail.</summary>
/// <param name="Kind">The kind of failure; the HTTP layer maps it to a status and problem type.</param>
/// <param name="Detail">What went wrong, written for the user; never contains internals.</param>
public sealed record Failure(FailureKind Kind, string Detail)
{
    /// <summary>How long the caller should wait before it sends the same request again, when that is known.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Creates a refusal of the caller's excess over its share, to be retried after <paramref name="retryAfter"/>.</summary>
    public static Failure RateLimited(string detail, TimeSpan retryAfter) => new(FailureKind.RateLimited, detail) { RetryAfter = retryAfter };

    /// <summary>Creates a not-found failure for a resource of the given kind.</summary>
    public static Failure NotFound(string resource, string id) => new(FailureKind.NotFound, $"No {resource} with id '{id}' exists.");
}
