using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>One thing in the evidence that speaks of a failure: a log template, a finding, an exception group — with what kind of
/// cause it reads as, how strongly, how often and when, and the citation that backs it.</summary>
internal sealed record Signal
{
    public required string Quote { get; init; }
    public required string Source { get; init; }
    public required EvidenceRef Evidence { get; init; }
    public required CauseCategory Category { get; init; }
    /// <summary>How much the words read as a cause rather than a symptom, 0–1.</summary>
    public required double Strength { get; init; }
    public required string Label { get; init; }
    /// <summary>How loud the source says it is: error 1, warning 0.6, anything else 0.5.</summary>
    public required double Level { get; init; }
    public long Count { get; init; } = 1;
    public DateTimeOffset? FirstSeen { get; init; }
    public DateTimeOffset? LastSeen { get; init; }
    /// <summary>The service, component or object concerned, when the evidence names one.</summary>
    public string? Component { get; init; }
    /// <summary>Set when the signal only concerns objects being replaced (a pod of an old ReplicaSet).</summary>
    public bool Stale { get; init; }
    /// <summary>Set when the evidence shows the failure is over for its object: it is healthy now, or a later event of the same
    /// kind succeeded. History, not the current state.</summary>
    public bool Past { get; init; }

    public double Score => Strength * Level * (1 + 0.15 * Math.Log10(Count));
}
