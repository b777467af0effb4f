using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

internal static partial class Log
{
    [LoggerMessage(LogEvents.StorageOpened, LogLevel.Information, "SQLite database {Path} ready; {Applied} migrations applied in {ElapsedMs} ms")]
    public static partial void StorageOpened(this ILogger logger, string path, int applied, long elapsedMs);

    [LoggerMessage(LogEvents.StorageClosed, LogLevel.Information, "SQLite database {Path} checkpointed and closed")]
    public static partial void StorageClosed(this ILogger logger, string path);

    [LoggerMessage(LogEvents.StorageCheckpointFailed, LogLevel.Warning, "SQLite database {Path} could not be checkpointed at shutdown; its WAL is kept")]
    public static partial void StorageCheckpointFailed(this ILogger logger, Exception exception, string path);
}
