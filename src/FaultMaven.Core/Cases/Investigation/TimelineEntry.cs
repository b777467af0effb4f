namespace FaultMaven.Core.Cases.Investigation;

/// <summary>One event on the incident's timeline.</summary>
/// <param name="At">When it happened, if known.</param>
/// <param name="Event">What happened.</param>
/// <param name="Evidence">Where this is seen.</param>
public sealed record TimelineEntry(DateTimeOffset? At, string Event, IReadOnlyList<EvidenceRef> Evidence);
