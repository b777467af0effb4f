using System.Text.Json;
using FaultMaven.Core.Data;
using FaultMaven.Infrastructure.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace FaultMaven.Server.Problems;

/// <summary>The one place exceptions become problem details: bad requests, unavailable stores, cancellations and the unexpected.</summary>
internal sealed partial class FaultMavenExceptionHandler(
    IProblemDetailsService problems,
    IHostApplicationLifetime lifetime,
    ILogger<FaultMavenExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, type, title, detail) = Classify(context, exception, lifetime.ApplicationStopping.IsCancellationRequested);
        switch (status)
        {
            case ProblemTypes.ClientClosedRequest:
                logger.RequestCancelled(context.Request.Method, context.Request.Path);
                break;
            case >= 500:
                logger.RequestFailed(exception, context.Request.Method, context.Request.Path);
                break;
        }

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        context.Response.StatusCode = status;
        var problem = new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail },
        };
        return await problems.WriteForAnyClientAsync(problem);
    }

    /// <summary>Explains a 413 whether Kestrel or the body reader refused the body.</summary>
    public static string PayloadTooLargeDetail(HttpContext context) =>
        $"The request body exceeds this endpoint's limit of {context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize:N0} bytes "
        + "(FM_MAX_UPLOAD_BYTES for uploads and imports, FM_MAX_REQUEST_BODY_BYTES for everything else).";

    private static (int Status, string Type, string Title, string Detail) Classify(HttpContext context, Exception exception, bool stopping) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (
            413, ProblemTypes.PayloadTooLarge, "Request body too large", PayloadTooLargeDetail(context)),
        // The client went away while sending its body: Kestrel reports the body's early end as a bad request (400), but no client is
        // left to have sent a bad one or to read the answer, as with any other request the client closed.
        // (BadHttpRequestException is an IOException; so is a connection reset while reading.)
        IOException when context.RequestAborted.IsCancellationRequested || BodyEndedEarly(exception) => (
            ProblemTypes.ClientClosedRequest, ProblemTypes.RequestCancelled, "Request cancelled", "The client closed the request before it completed."),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => (
            415, ProblemTypes.UnsupportedMediaType, "Unsupported media type", "Send the request body as application/json."),
        BadHttpRequestException { InnerException: JsonException unknown } when UnknownField(unknown) is { } field => (
            400, ProblemTypes.UnknownField, "Unknown field", $"The request body has a field this operation does not take: '{field}'. Remove it (names are camelCase, e.g. title, status)."),
        BadHttpRequestException { InnerException: JsonException json } => (
            400, ProblemTypes.InvalidBody, "Invalid request body", InvalidBodyDetail(json)),
        BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad when ParameterDetail(bad.Message) is { } parameter => (
            400, ProblemTypes.BadRequest, "Bad request", parameter),
        BadHttpRequestException bad => (bad.StatusCode, ProblemTypes.ForStatus(bad.StatusCode), "Bad request", bad.Message),
        // The regular-expression backstop (RegexBudget) fired on some input: too costly, not a server fault.
        System.Text.RegularExpressions.RegexMatchTimeoutException => (
            422, ProblemTypes.TooCostly, "Too costly to process", "Matching a pattern on the input ran past its time budget; send a smaller input."),
        // A malformed body the framework's readers refuse (a multipart part header over 16 KB, a broken form).
        InvalidDataException invalid => (400, ProblemTypes.BadRequest, "Bad request", $"The request body is malformed: {invalid.Message}"),
        // The log line names the upload and the reason (no key, another key, a changed file); the answer says what to check.
        StoredTextException => (
            500, ProblemTypes.StoredTextUnreadable, "Stored text unreadable",
            "The upload's stored text cannot be read: it was encrypted under another FM_ENCRYPTION_KEY (or none is set now), or the file was changed. The server log has the reason."),
        StorageUnavailableException storage => (
            503, ProblemTypes.ServiceUnavailable, "Service unavailable", $"The {storage.Store} store is unavailable; try again shortly."),
        OperationCanceledException when context.RequestAborted.IsCancellationRequested => (
            ProblemTypes.ClientClosedRequest, ProblemTypes.RequestCancelled, "Request cancelled", "The client closed the request before it completed."),
        OperationCanceledException when stopping => (
            503, ProblemTypes.ServiceUnavailable, "Service unavailable", "The server is shutting down; retry the request."),
        _ => (500, ProblemTypes.Internal, "Internal error", "An unexpected error occurred. Quote the correlation id when reporting it."),
    };

    // Kestrel's reason for a body cut short (its message: the reason itself is not public); found in the exception or what it wraps,
    // as a multipart or JSON reader may rethrow it.
    private static bool BodyEndedEarly(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException && e.Message.StartsWith("Unexpected end of request content", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // System.Text.Json's messages name .NET types ("could not be converted to FaultMaven.Server.Contracts.…"): the client gets where
    // in the body it failed, not the server's internals.
    private static string InvalidBodyDetail(JsonException json) => json.Path is { Length: > 0 } path
        ? $"The request body is not valid JSON of the expected shape: the value at {path} (line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}) cannot be read; see the API description at /docs."
        : "The request body is not valid JSON of the expected shape; see the API description at /docs.";

    // System.Text.Json names the field it could not map (JsonUnmappedMemberHandling.Disallow on the request contracts); only the name
    // goes back to the client, not the .NET type in the rest of the message.
    private static string? UnknownField(JsonException exception) =>
        UnmappedMember().Match(exception.Message) is { Success: true } match ? match.Groups["name"].Value : null;

    // The minimal-API binder's messages name .NET types ("Failed to bind parameter \"Nullable<long> from\" from \"abc\"."): the
    // client gets the parameter's name and what it must be, in words.
    private static string? ParameterDetail(string message)
    {
        if (BindFailure().Match(message) is { Success: true } failed)
        {
            return $"The parameter '{failed.Groups["name"].Value}' must be {Kind(failed.Groups["type"].Value)}.";
        }

        return RequiredMissing().Match(message) is { Success: true } missing
            ? $"The parameter '{missing.Groups["name"].Value}' is required."
            : null;
    }

    private static string Kind(string type) => (type.StartsWith("Nullable<", StringComparison.Ordinal) ? type[9..^1] : type) switch
    {
        "int" or "long" or "short" or "uint" or "ulong" or "ushort" or "byte" or "Int32" or "Int64" => "a whole number",
        "double" or "float" or "decimal" or "Double" or "Single" or "Decimal" => "a number",
        "bool" or "Boolean" => "true or false",
        "Guid" => "a GUID",
        "DateTime" or "DateTimeOffset" => "a date and time (ISO 8601, e.g. 2026-12-07T10:00:00Z)",
        "TimeSpan" => "a duration (e.g. 00:05:00)",
        _ => "a value of the documented form (see /docs)",
    };

    [System.Text.RegularExpressions.GeneratedRegex("^Failed to bind parameter \"(?<type>[^\" ]{1,200}) (?<name>[A-Za-z0-9_]{1,100})\" from ")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    [System.Text.RegularExpressions.GeneratedRegex("^Required parameter \"(?<type>[^\" ]{1,200}) (?<name>[A-Za-z0-9_]{1,100})\" was not provided")]
    private static partial System.Text.RegularExpressions.Regex RequiredMissing();

    [System.Text.RegularExpressions.GeneratedRegex("^The JSON property '(?<name>[^']{0,200})' could not be mapped to any \\.NET member")]
    private static partial System.Text.RegularExpressions.Regex UnmappedMember();
}
