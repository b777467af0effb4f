using FaultMaven.Core.Diagnostics;

namespace FaultMaven.Server.Problems;

internal static partial class Log
{
    [LoggerMessage(LogEvents.RequestFailed, LogLevel.Error, "{Method} {Path} failed with an unexpected error")]
    public static partial void RequestFailed(this ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(LogEvents.RequestCancelled, LogLevel.Debug, "{Method} {Path} was cancelled by the client")]
    public static partial void RequestCancelled(this ILogger logger, string method, string path);
}
