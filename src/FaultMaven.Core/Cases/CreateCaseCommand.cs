namespace FaultMaven.Core.Cases;

/// <summary>What a client gives to open a case.</summary>
/// <param name="Title">A short title; <see cref="Case.DefaultTitle"/> when absent.</param>
/// <param name="SessionId">The session opening the case, if any; it must be live.</param>
public sealed record CreateCaseCommand(string? Title, string? SessionId);
