using FaultMaven.Core.Diagnostics;

namespace FaultMaven.Server.Security;

internal static partial class Log
{
    [LoggerMessage(LogEvents.AuditWriteFailed, LogLevel.Error, "Writing audit event {Action} on {Target} failed")]
    public static partial void AuditWriteFailed(this ILogger logger, Exception exception, string action, string? target);
}
