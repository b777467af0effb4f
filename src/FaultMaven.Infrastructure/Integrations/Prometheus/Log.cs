using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Infrastructure.Integrations.Prometheus;

internal static partial class Log
{
    [LoggerMessage(LogEvents.SourceCalled, LogLevel.Debug, "Prometheus /api/v1/{Endpoint}: {Outcome} in {ElapsedMs:0} ms")]
    public static partial void PrometheusCalled(this ILogger logger, string endpoint, string outcome, double elapsedMs);

    [LoggerMessage(LogEvents.SourceCircuitOpened, LogLevel.Warning, "Prometheus failed repeatedly: its circuit is open for {BreakSeconds} s")]
    public static partial void PrometheusCircuitOpened(this ILogger logger, double breakSeconds);
}
