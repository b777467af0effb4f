using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Infrastructure.Integrations.Kubernetes;

internal static partial class Log
{
    [LoggerMessage(LogEvents.SourceCalled, LogLevel.Debug, "Kubernetes {Operation}: {Outcome} in {ElapsedMs:0} ms")]
    public static partial void KubernetesCalled(this ILogger logger, string operation, string outcome, double elapsedMs);

    [LoggerMessage(LogEvents.SourceCircuitOpened, LogLevel.Warning, "The Kubernetes API server failed repeatedly: its circuit is open for {BreakSeconds} s")]
    public static partial void KubernetesCircuitOpened(this ILogger logger, double breakSeconds);
}
