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
    public InvestigationState Printable() => Map(text => PrintableText.Of(text, keepLineBreaks: true));

    /// <summary>The state with <paramref name="change"/> applied to every text it holds (phase reason, blast radius, timeline events,
    /// hypothesis statements, evidence requests, solution); ids, times, confidences and citations stay as they are.</summary>
    public InvestigationState Map(Func<string, string> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        string? One(string? text) => text is null ? null : change(text);
        IReadOnlyList<string> All(IReadOnlyList<string> texts) => texts is null ? null! : [.. texts.Select(t => One(t)!)];
        return this with
        {
            PhaseReason = One(PhaseReason),
            BlastRadius = BlastRadius is { } blast
                ? blast with { Services = All(blast.Services), Hosts = All(blast.Hosts), Endpoints = All(blast.Endpoints), Users = One(blast.Users) }
                : null,
            Timeline = Timeline is null ? null! : [.. Timeline.Select(t => t with { Event = One(t.Event)! })],
            Hypotheses = Hypotheses is null ? null! : [.. Hypotheses.Select(h => h with { Statement = One(h.Statement)! })],
            EvidenceRequests = EvidenceRequests is null ? null! : [.. EvidenceRequests.Select(r => new EvidenceRequest(One(r.What)!, One(r.Why)!, One(r.HowToGet)))],
            Solution = Solution is { } solution
                ? new Solution(All(solution.Steps), All(solution.Risks), All(solution.Verification), All(solution.FollowUps))
                : null,
        };
    }
}
