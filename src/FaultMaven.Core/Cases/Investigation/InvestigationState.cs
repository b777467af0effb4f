using FaultMaven.Core.Common;

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

    /// <summary>The state with every text printable (<see cref="PrintableText"/>, line breaks kept): it quotes evidence lines and the
    /// model's words, which can carry terminal escapes and bidirectional overrides meant for whoever reads the case.</summary>
    public InvestigationState Printable() => this with
    {
        PhaseReason = Clean(PhaseReason),
        BlastRadius = BlastRadius is { } blast
            ? blast with { Services = Clean(blast.Services), Hosts = Clean(blast.Hosts), Endpoints = Clean(blast.Endpoints), Users = Clean(blast.Users) }
            : null,
        Timeline = Timeline is null ? null! : [.. Timeline.Select(t => t with { Event = Clean(t.Event)! })],
        Hypotheses = Hypotheses is null ? null! : [.. Hypotheses.Select(h => h with { Statement = Clean(h.Statement)! })],
        EvidenceRequests = EvidenceRequests is null ? null! : [.. EvidenceRequests.Select(r => new EvidenceRequest(Clean(r.What)!, Clean(r.Why)!, Clean(r.HowToGet)))],
        Solution = Solution is { } solution
            ? new Solution(Clean(solution.Steps), Clean(solution.Risks), Clean(solution.Verification), Clean(solution.FollowUps))
            : null,
    };

    private static string? Clean(string? text) => text is null ? null : PrintableText.Of(text, keepLineBreaks: true);

    private static IReadOnlyList<string> Clean(IReadOnlyList<string> texts) => texts is null ? null! : [.. texts.Select(t => Clean(t)!)];
}
