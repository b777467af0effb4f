namespace FaultMaven.Core.Cases.Similar;

/// <summary>What a resolved case's vector was computed for: the case, its team (a vector is only ever given for the team it was
/// computed in) and the hash of its text (<see cref="IncidentText.Hash"/>).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Team">Its team; null for a case of no team.</param>
/// <param name="ContentHash">The hash of the text the vector was computed from.</param>
public sealed record CaseVectorKey(string CaseId, string? Team, string ContentHash);

/// <summary>A resolved case's vector, with what it was computed for.</summary>
public sealed record CaseVector(CaseVectorKey Key, float[] Vector);

/// <summary>Where the vectors of resolved cases are kept, so a restart does not embed every resolved case again: beside the cases
/// (SQLite embedded, PostgreSQL scaled out), one per case, removed with the case. A vector is given only for the same case, team,
/// text and embedding model (<c>signature</c>) it was computed with; anything else is a miss and is embedded again.</summary>
public interface ICaseVectorStore
{
    /// <summary>The most vectors one read or write takes.</summary>
    const int MaxBatch = 1000;

    /// <summary>Gets the vectors kept for these keys and this signature, by case id; a key whose case, team, text or signature
    /// differs from what was kept has none.</summary>
    Task<IReadOnlyDictionary<string, float[]>> GetAsync(IReadOnlyCollection<CaseVectorKey> keys, string signature, CancellationToken cancellationToken = default);

    /// <summary>Keeps the vectors, replacing any earlier one of the same case; a vector of a case deleted meanwhile is not kept.</summary>
    Task SaveAsync(IReadOnlyCollection<CaseVector> vectors, string signature, CancellationToken cancellationToken = default);
}
