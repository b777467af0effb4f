using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Sources;

internal static partial class Log
{
    [LoggerMessage(LogEvents.SourceFetched, LogLevel.Information, "Prometheus series fetched into evidence ({Reason}): {Series} series, {Points} points")]
    public static partial void PrometheusFetched(this ILogger logger, string reason, int series, long points);

    [LoggerMessage(LogEvents.SourceFetchFailed, LogLevel.Warning, "Prometheus fetch ({Reason}) failed: {Kind} {Detail}")]
    public static partial void PrometheusFetchFailed(this ILogger logger, string reason, string kind, string detail);

    [LoggerMessage(LogEvents.LogSourceFetched, LogLevel.Information, "{Source} lines fetched into evidence ({Reason}): {Entries} entries, more matched: {Truncated}")]
    public static partial void LogSourceFetched(this ILogger logger, string source, string reason, int entries, bool truncated);

    [LoggerMessage(LogEvents.LogSourceFetchFailed, LogLevel.Warning, "{Source} fetch ({Reason}) failed: {Kind} {Detail}")]
    public static partial void LogSourceFetchFailed(this ILogger logger, string source, string reason, string kind, string detail);
}
