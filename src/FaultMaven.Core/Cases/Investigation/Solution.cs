namespace FaultMaven.Core.Cases.Investigation;

/// <summary>The proposed remediation.</summary>
public sealed record Solution(
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Risks,
    IReadOnlyList<string> Verification,
    IReadOnlyList<string> FollowUps);
