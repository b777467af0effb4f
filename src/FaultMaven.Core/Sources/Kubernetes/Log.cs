using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Sources.Kubernetes;

internal static partial class Log
{
    [LoggerMessage(LogEvents.SourceFetched, LogLevel.Information, "Kubernetes read into evidence ({Reason}): {Command}, {Items} items, {Chars} characters")]
    public static partial void KubernetesFetched(this ILogger logger, string command, string reason, int items, int chars);

    [LoggerMessage(LogEvents.SourceFetchFailed, LogLevel.Warning, "Kubernetes read ({Reason}) failed: {Command}: {Kind} {Detail}")]
    public static partial void KubernetesFetchFailed(this ILogger logger, string command, string reason, string kind, string detail);
}
