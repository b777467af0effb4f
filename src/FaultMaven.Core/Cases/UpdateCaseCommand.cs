namespace FaultMaven.Core.Cases;

/// <summary>A change to a case's title and/or status; absent fields stay as they are.</summary>
public sealed record UpdateCaseCommand(string? Title, CaseStatus? Status);
