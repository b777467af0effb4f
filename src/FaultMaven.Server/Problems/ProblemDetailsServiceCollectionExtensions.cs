using FaultMaven.Server.Middleware;

namespace FaultMaven.Server.Problems;

/// <summary>Registers RFC 7807 problem details for every error response.</summary>
internal static class ProblemDetailsServiceCollectionExtensions
{
    public static IServiceCollection AddFaultMavenProblems(this IServiceCollection services)
    {
        services.AddExceptionHandler<FaultMavenExceptionHandler>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;

            // Framework-made problems (404 on unknown routes, validation) arrive with RFC links as type; ours are URNs.
            if (problem.Type is null || !problem.Type.StartsWith("urn:faultmaven:", StringComparison.Ordinal))
            {
                problem.Type = problem is HttpValidationProblemDetails ? ProblemTypes.Validation : ProblemTypes.ForStatus(status);
            }

            if (status == StatusCodes.Status413PayloadTooLarge)
            {
                problem.Detail ??= FaultMavenExceptionHandler.PayloadTooLargeDetail(context.HttpContext);
            }

            problem.Detail ??= status switch
            {
                StatusCodes.Status401Unauthorized => "Credentials are required: an API key (Authorization: Bearer fm_… or X-API-Key: fm_…) or an OIDC bearer token; this one is missing, unknown, revoked or expired.",
                StatusCodes.Status403Forbidden => "Your role does not allow this.",
                _ => null,
            };
            problem.Instance ??= context.HttpContext.Request.Path;
            // A refusal that knows when to come back says so where every HTTP client looks for it.
            if (problem.Extensions.TryGetValue(FailureResults.RetryAfterExtension, out var wait) && wait is int seconds
                && !context.HttpContext.Response.HasStarted && !context.HttpContext.Response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.RetryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            if (CorrelationId.Get(context.HttpContext) is { } correlationId)
            {
                problem.Extensions["correlationId"] = correlationId;
            }
        });
        return services;
    }
}
