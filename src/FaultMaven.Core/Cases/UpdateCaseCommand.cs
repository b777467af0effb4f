namespace FaultMaven.Core.Cases;

/// <summary>A change to a case's title and/or status; absent fields stay as they are.</summary>
/// <param name="Title">The new title, or null to keep it.</param>
/// <param name="Status">The new status, or null to keep it.</param>
/// <param name="ExpectedVersion">The version the client last saw; the change is refused if the case has moved on since. Null applies it to any version.</param>
public sealed record UpdateCaseCommand(string? Title, CaseStatus? Status, long? ExpectedVersion = null);
