using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Security;

internal static partial class Log
{
    [LoggerMessage(LogEvents.ApiKeyCreated, LogLevel.Information, "API key {KeyId} created with role {Role}")]
    public static partial void ApiKeyCreated(this ILogger logger, string keyId, CallerRole role);

    [LoggerMessage(LogEvents.ApiKeyRevoked, LogLevel.Information, "API key {KeyId} revoked")]
    public static partial void ApiKeyRevoked(this ILogger logger, string keyId);
}
