using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Infrastructure.Integrations.Logs;

internal static partial class Log
{
    [LoggerMessage(LogEvents.LogSourceCalled, LogLevel.Debug, "{Source} {Endpoint}: {Outcome} in {ElapsedMs:0} ms")]
    public static partial void LogSourceCalled(this ILogger logger, string source, string endpoint, string outcome, double elapsedMs);

    [LoggerMessage(LogEvents.LogSourceCircuitOpened, LogLevel.Warning, "{Source} failed repeatedly: its circuit is open for {BreakSeconds} s")]
    public static partial void LogSourceCircuitOpened(this ILogger logger, string source, double breakSeconds);
}
