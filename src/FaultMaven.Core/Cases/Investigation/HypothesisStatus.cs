namespace FaultMaven.Core.Cases.Investigation;

/// <summary>Where a hypothesis stands.</summary>
public enum HypothesisStatus
{
    /// <summary>Put forward, not yet tested.</summary>
    Proposed,

    /// <summary>The evidence supports it.</summary>
    Supported,

    /// <summary>The evidence rules it out.</summary>
    Refuted,
}
