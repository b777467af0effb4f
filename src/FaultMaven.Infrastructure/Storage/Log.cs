using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Infrastructure.Storage;

internal static partial class Log
{
    [LoggerMessage(LogEvents.StorageOpened, LogLevel.Information, "PostgreSQL database {Server} ready; {Applied} migrations applied in {ElapsedMs} ms")]
    public static partial void PostgresReady(this ILogger logger, string server, int applied, long elapsedMs);

    [LoggerMessage(LogEvents.StorageFailed, LogLevel.Warning, "The {Store} store is unavailable")]
    public static partial void StorageFailed(this ILogger logger, Exception exception, string store);

    [LoggerMessage(LogEvents.PrivacyKeyInDatabase, LogLevel.Warning,
        "FM_PRIVACY_KEY is not set: the key that seals pseudonyms is kept in PostgreSQL beside them; set FM_PRIVACY_KEY to keep it apart")]
    public static partial void PrivacyKeyInDatabase(this ILogger logger);

    [LoggerMessage(LogEvents.RedisConnection, LogLevel.Warning, "Redis {Endpoint} connection {Change} ({Detail})")]
    public static partial void RedisConnection(this ILogger logger, string endpoint, string change, string detail);

    [LoggerMessage(LogEvents.KnowledgeChangeFailed, LogLevel.Warning, "A knowledge change could not be announced to the other instances or applied here ({DocumentId})")]
    public static partial void KnowledgeChangeFailed(this ILogger logger, Exception exception, string documentId);

    [LoggerMessage(LogEvents.RateLimitStoreUnavailable, LogLevel.Warning, "Redis {Endpoint} cannot count request budgets; requests are let through unlimited until it is back")]
    public static partial void RateLimitStoreUnavailable(this ILogger logger, Exception exception, string endpoint);

    [LoggerMessage(LogEvents.RateLimitStoreRestored, LogLevel.Information, "Redis {Endpoint} counts request budgets again")]
    public static partial void RateLimitStoreRestored(this ILogger logger, string endpoint);
}
