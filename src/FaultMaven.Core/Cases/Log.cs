using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Cases;

internal static partial class Log
{
    [LoggerMessage(LogEvents.CaseCreated, LogLevel.Information, "Case {CaseId} created")]
    public static partial void CaseCreated(this ILogger logger, string caseId);

    [LoggerMessage(LogEvents.CaseStatusChanged, LogLevel.Information, "Case {CaseId} moved from {From} to {To}")]
    public static partial void CaseStatusChanged(this ILogger logger, string caseId, CaseStatus from, CaseStatus to);

    [LoggerMessage(LogEvents.CaseDeleted, LogLevel.Information, "Case {CaseId} deleted")]
    public static partial void CaseDeleted(this ILogger logger, string caseId);

    [LoggerMessage(LogEvents.TurnAppended, LogLevel.Information, "Turn {Sequence} ({Role}) appended to case {CaseId}")]
    public static partial void TurnAppended(this ILogger logger, string caseId, int sequence, TurnRole role);

    [LoggerMessage(LogEvents.TurnReplayed, LogLevel.Information, "Turn {Sequence} of case {CaseId} replayed for a repeated Idempotency-Key")]
    public static partial void TurnReplayed(this ILogger logger, string caseId, int sequence);

    [LoggerMessage(LogEvents.CaseUpdateContended, LogLevel.Debug, "Case {CaseId} changed concurrently; update attempt {Attempt} retried")]
    public static partial void CaseUpdateContended(this ILogger logger, string caseId, int attempt);
}
