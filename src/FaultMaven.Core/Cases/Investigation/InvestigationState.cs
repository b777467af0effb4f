namespace FaultMaven.Core.Cases.Investigation;

/// <summary>The doctrine state of a case: where the investigation is and what it has established so far.</summary>
/// <param name="Phase">The current doctrine phase.</param>
/// <param name="PhaseReason">Why the investigation is in this phase (why it advanced, stayed or went back).</param>
/// <param name="BlastRadius">What is affected, once assessed.</param>
/// <param name="Timeline">Events in time order.</param>
/// <param name="Hypotheses">The hypothesis ledger.</param>
/// <param name="EvidenceRequests">Evidence asked of the user and not yet given.</param>
/// <param name="Solution">The proposed remediation, once there is one.</param>
public sealed record InvestigationState(
    DoctrinePhase Phase,
    string? PhaseReason,
    BlastRadius? BlastRadius,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Hypothesis> Hypotheses,
    IReadOnlyList<EvidenceRequest> EvidenceRequests,
    Solution? Solution)
{
    /// <summary>Gets the state of a case nobody has investigated yet.</summary>
    public static InvestigationState Empty { get; } = new(DoctrinePhase.Intake, null, null, [], [], [], null);
}
