using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Alerts;

internal static partial class Log
{
    [LoggerMessage(LogEvents.AlertReceived, LogLevel.Information, "Alertmanager notification ({Status}, {Alerts} alerts) recorded on case {CaseId}; opened: {Opened}")]
    public static partial void AlertReceived(this ILogger logger, string status, int alerts, string? caseId, bool opened);

    [LoggerMessage(LogEvents.AlertInvestigationFailed, LogLevel.Warning, "The background investigation of alert case {CaseId} failed: {Kind} {Detail}")]
    public static partial void AlertInvestigationFailed(this ILogger logger, string caseId, string kind, string detail);

    [LoggerMessage(LogEvents.AlertInvestigationCrashed, LogLevel.Error, "The background investigation of alert case {CaseId} crashed")]
    public static partial void AlertInvestigationCrashed(this ILogger logger, Exception exception, string caseId);
}
