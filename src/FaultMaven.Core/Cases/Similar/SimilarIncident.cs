namespace FaultMaven.Core.Cases.Similar;

/// <summary>A resolved case like the one at hand: what it was, what caused it and what fixed it.</summary>
/// <param name="CaseId">The resolved case; cite it as <see cref="Citation"/>.</param>
/// <param name="Title">Its title.</param>
/// <param name="ResolvedAt">When it was resolved.</param>
/// <param name="RootCause">The cause its investigation established (supported hypotheses), or null when none was.</param>
/// <param name="Fix">The remediation steps it ended with.</param>
/// <param name="Score">How alike, fused over words and meaning; comparable within one answer only.</param>
/// <param name="Similarity">The cosine similarity of the two cases' embeddings, when there are embeddings.</param>
public sealed record SimilarIncident(string CaseId, string Title, DateTimeOffset? ResolvedAt, string? RootCause, IReadOnlyList<string> Fix, double Score, double? Similarity)
{
    /// <summary>Gets how answers cite it: <c>case:&lt;id&gt;</c>.</summary>
    public string Citation => $"case:{CaseId}";
}
