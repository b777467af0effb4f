using FaultMaven.Core.Diagnostics;

namespace FaultMaven.Server.Security;

internal static partial class Log
{
    [LoggerMessage(LogEvents.AnyHostAccepted, LogLevel.Warning,
        "FM_ALLOWED_HOSTS is not set and the server listens on {Address}, not loopback: any Host header is accepted. Set FM_ALLOWED_HOSTS to the names clients use (e.g. faultmaven.example.com)")]
    public static partial void AnyHostAccepted(this ILogger logger, string address);

    [LoggerMessage(LogEvents.PlainHttpOnNetwork, LogLevel.Warning,
        "The server listens on {Address} over plain HTTP: requests and answers cross the network unencrypted. Set FM_TLS_CERT and FM_TLS_KEY, or put a TLS proxy in front")]
    public static partial void PlainHttpOnNetwork(this ILogger logger, string address);

    [LoggerMessage(LogEvents.TlsEnabled, LogLevel.Information, "HTTPS on with the certificate for {Subject} (expires {NotAfter:O}); plain HTTP is not served and HSTS is sent")]
    public static partial void TlsEnabled(this ILogger logger, string subject, DateTime notAfter);

    [LoggerMessage(LogEvents.CrossOriginRefused, LogLevel.Information, "{Method} {Path} refused: sent by a page of another origin ({Origin})")]
    public static partial void CrossOriginRefused(this ILogger logger, string method, string path, string origin);

    [LoggerMessage(LogEvents.RateLimited, LogLevel.Information, "{Method} {Path} refused with 429: the client spent its {Budget} budget; retry after {RetryAfterSeconds} s")]
    public static partial void RateLimited(this ILogger logger, string method, string path, string budget, int retryAfterSeconds);

    [LoggerMessage(LogEvents.AuthenticationFailed, LogLevel.Warning, "API key refused from {ClientIp}: {Reason}")]
    public static partial void ApiKeyRefused(this ILogger logger, string? clientIp, string reason);

    [LoggerMessage(LogEvents.AuditWriteFailed, LogLevel.Error, "Writing audit event {Action} on {Target} failed")]
    public static partial void AuditWriteFailed(this ILogger logger, Exception exception, string action, string? target);
}
