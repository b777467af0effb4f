using FaultMaven.Core.Diagnostics;

namespace FaultMaven.Server.Security;

internal static partial class Log
{
    [LoggerMessage(LogEvents.AuthenticationFailed, LogLevel.Warning, "API key refused from {ClientIp}: {Reason}")]
    public static partial void ApiKeyRefused(this ILogger logger, string? clientIp, string reason);

    [LoggerMessage(LogEvents.AuditWriteFailed, LogLevel.Error, "Writing audit event {Action} on {Target} failed")]
    public static partial void AuditWriteFailed(this ILogger logger, Exception exception, string action, string? target);
}
