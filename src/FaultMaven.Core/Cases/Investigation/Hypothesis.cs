namespace FaultMaven.Core.Cases.Investigation;

/// <summary>A root-cause theory in the hypothesis ledger.</summary>
/// <param name="Id">A short id, stable across turns, e.g. <c>h1</c>.</param>
/// <param name="Statement">The theory.</param>
/// <param name="Confidence">How likely it is, from 0 to 1.</param>
/// <param name="Status">Whether it is proposed, supported or refuted.</param>
/// <param name="EvidenceFor">Evidence that supports it.</param>
/// <param name="EvidenceAgainst">Evidence that speaks against it.</param>
public sealed record Hypothesis(
    string Id,
    string Statement,
    double Confidence,
    HypothesisStatus Status,
    IReadOnlyList<EvidenceRef> EvidenceFor,
    IReadOnlyList<EvidenceRef> EvidenceAgainst);
