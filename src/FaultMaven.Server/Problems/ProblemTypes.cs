namespace FaultMaven.Server.Problems;

/// <summary>The stable <c>type</c> URIs of FaultMaven's problem details; clients may switch on them.</summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:faultmaven:problem:";

    public const string BadRequest = Prefix + "bad-request";
    public const string InvalidBody = Prefix + "invalid-body";
    public const string Validation = Prefix + "validation";
    public const string NotFound = Prefix + "not-found";
    public const string Unauthorized = Prefix + "unauthorized";
    public const string Forbidden = Prefix + "forbidden";
    public const string MethodNotAllowed = Prefix + "method-not-allowed";
    public const string InvalidTransition = Prefix + "invalid-transition";
    public const string Conflict = Prefix + "conflict";
    public const string IdempotencyKeyReused = Prefix + "idempotency-key-reused";
    public const string PayloadTooLarge = Prefix + "payload-too-large";
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";
    public const string TooCostly = Prefix + "too-costly";
    public const string RequestCancelled = Prefix + "request-cancelled";
    public const string Internal = Prefix + "internal";
    public const string ServiceUnavailable = Prefix + "service-unavailable";
    public const string PreconditionFailed = Prefix + "precondition-failed";
    public const string UnknownField = Prefix + "unknown-field";
    public const string CrossOriginRefused = Prefix + "cross-origin-refused";
    public const string RateLimited = Prefix + "rate-limited";
    public const string UriTooLong = Prefix + "uri-too-long";
    public const string HeadersTooLarge = Prefix + "headers-too-large";
    public const string RequestTimeout = Prefix + "request-timeout";
    public const string StoredTextUnreadable = Prefix + "stored-text-unreadable";
    public const string SourceUnavailable = Prefix + "source-unavailable";
    public const string SourceAnswerTooLarge = Prefix + "source-answer-too-large";

    /// <summary>The status code for a request the client abandoned (nginx's convention).</summary>
    public const int ClientClosedRequest = 499;

    /// <summary>Returns the type for a status code when nothing more specific is known.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        408 => RequestTimeout,
        409 => Conflict,
        413 => PayloadTooLarge,
        412 => PreconditionFailed,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        ClientClosedRequest => RequestCancelled,
        503 => ServiceUnavailable,
        >= 500 => Internal,
        _ => BadRequest,
    };
}
