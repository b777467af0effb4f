namespace FaultMaven.Core.Common;

/// <summary>An expected failure: what kind, a short title and a human-readable detail.</summary>
/// <param name="Kind">The kind of failure; the HTTP layer maps it to a status and problem type.</param>
/// <param name="Detail">What went wrong, written for the user; never contains internals.</param>
public sealed record Failure(FailureKind Kind, string Detail)
{
    /// <summary>Creates a not-found failure for a resource of the given kind.</summary>
    public static Failure NotFound(string resource, string id) => new(FailureKind.NotFound, $"No {resource} with id '{id}' exists.");
}
