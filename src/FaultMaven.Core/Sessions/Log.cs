using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Sessions;

internal static partial class Log
{
    [LoggerMessage(LogEvents.SessionCreated, LogLevel.Information, "Session {SessionId} created for a {ClientKind} client")]
    public static partial void SessionCreated(this ILogger logger, string sessionId, ClientKind clientKind);

    [LoggerMessage(LogEvents.SessionDeleted, LogLevel.Information, "Session {SessionId} deleted")]
    public static partial void SessionDeleted(this ILogger logger, string sessionId);

    [LoggerMessage(LogEvents.SessionsSwept, LogLevel.Information, "Removed {Count} expired sessions")]
    public static partial void SessionsSwept(this ILogger logger, int count);

    [LoggerMessage(LogEvents.SessionSweepFailed, LogLevel.Warning, "Sweeping expired sessions failed; will retry on the next tick")]
    public static partial void SessionSweepFailed(this ILogger logger, Exception exception);
}
