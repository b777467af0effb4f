namespace FaultMaven.Core.Common;

/// <summary>The kinds of expected failure a service reports instead of throwing.</summary>
public enum FailureKind
{
    /// <summary>The addressed resource does not exist (or has expired).</summary>
    NotFound,

    /// <summary>The request is well formed but its values are not acceptable.</summary>
    Invalid,

    /// <summary>The requested status change is not allowed from the current status.</summary>
    InvalidTransition,

    /// <summary>The resource is in a state that does not allow the operation.</summary>
    Conflict,

    /// <summary>An idempotency key was reused with a different request.</summary>
    IdempotencyKeyReused,

    /// <summary>The request body is larger than allowed.</summary>
    TooLarge,

    /// <summary>The content is of a kind that cannot be processed (binary, damaged compression).</summary>
    Unsupported,

    /// <summary>The content would cost more to process than one request may (time budget).</summary>
    TooCostly,

    /// <summary>The client's precondition (the version it last saw) no longer holds.</summary>
    PreconditionFailed,

    /// <summary>Too much work is already waiting: the same request later will be taken.</summary>
    Busy,

    /// <summary>The caller (its team, or itself without teams) has its whole share of some work running or waiting: its own excess,
    /// not the service failing. The same request is taken after <see cref="Failure.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>A live source (Prometheus) cannot be reached, timed out or is cut off by its circuit breaker.</summary>
    SourceUnavailable,

    /// <summary>A live source answered with more than FaultMaven reads of one answer (its size cap): the source's answer, not the
    /// client's request, is too large.</summary>
    SourceTooLarge,
}
