using System.Diagnostics;

namespace FaultMaven.Server.Middleware;

/// <summary>Writes one structured log line per request: method, route template, status and duration.</summary>
internal sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.RequestCompleted(context.Request.Method, route, context.Response.StatusCode, elapsed);
        }
    }
}
