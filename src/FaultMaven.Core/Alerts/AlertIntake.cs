namespace FaultMaven.Core.Alerts;

/// <summary>What an alert notification did.</summary>
/// <param name="CaseId">The case it opened or was recorded on; null for a resolved notification of a group with no open case.</param>
/// <param name="Status">The notification's status: <c>firing</c> or <c>resolved</c>.</param>
/// <param name="Opened">Whether it opened the case.</param>
/// <param name="Investigating">Whether an investigation was started in the background (firing notifications only).</param>
public sealed record AlertIntake(string? CaseId, string Status, bool Opened, bool Investigating);
