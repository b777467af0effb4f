using FaultMaven.Core.Diagnostics;
using FaultMaven.Server.Contracts;

namespace FaultMaven.Server.Slo;

internal static partial class Log
{
    [LoggerMessage(LogEvents.SloStateChanged, LogLevel.Warning, "SLO {Objective} went from {Previous} to {State} (highest burn rate {BurnRate}x, error budget left {BudgetLeft})")]
    public static partial void SloStateChanged(this ILogger logger, string objective, SloState previous, SloState state, double burnRate, double budgetLeft);

    [LoggerMessage(LogEvents.SloAlertDelivered, LogLevel.Information, "SLO alert for {Objective} ({State}) delivered to {ReceiverKind} {Receiver} after {Attempts} attempt(s)")]
    public static partial void SloAlertDelivered(this ILogger logger, string objective, SloState state, string receiverKind, string receiver, int attempts);

    [LoggerMessage(LogEvents.SloAlertFailed, LogLevel.Error, "SLO alert for {Objective} ({State}) could not be delivered to {ReceiverKind} {Receiver} after {Attempts} attempt(s): {Reason}")]
    public static partial void SloAlertFailed(this ILogger logger, string objective, SloState state, string receiverKind, string receiver, int attempts, string reason);

    [LoggerMessage(LogEvents.SloAlertDropped, LogLevel.Warning, "SLO alert queue full: the oldest alert was dropped for one about {Objective}")]
    public static partial void SloAlertDropped(this ILogger logger, string objective);

    [LoggerMessage(LogEvents.SloEvaluationFailed, LogLevel.Error, "SLO evaluation failed")]
    public static partial void SloEvaluationFailed(this ILogger logger, Exception exception);
}
