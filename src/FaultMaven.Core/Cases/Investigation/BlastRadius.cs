namespace FaultMaven.Core.Cases.Investigation;

/// <summary>What is affected, how badly and since when.</summary>
public sealed record BlastRadius(
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string> Endpoints,
    string? Users,
    Severity Severity,
    DateTimeOffset? Since,
    IReadOnlyList<EvidenceRef> Evidence);
