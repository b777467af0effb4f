using FaultMaven.Core.Diagnostics;

namespace FaultMaven.Server.Middleware;

internal static partial class Log
{
    [LoggerMessage(LogEvents.RequestCompleted, LogLevel.Information, "{Method} {Route} responded {StatusCode} in {DurationMs:0.000} ms")]
    public static partial void RequestCompleted(this ILogger logger, string method, string route, int statusCode, double durationMs);
}
