namespace FaultMaven.Core.Knowledge.Search;

/// <summary>Fuses a lexical (BM25F) and a semantic (cosine) ranking of chunks into one, best first.</summary>
public static class HybridFusion
{
    /// <summary>Fuses two rankings, each best first; a chunk in both gets both shares.</summary>
    public static List<ChunkHit> Fuse(IReadOnlyList<ChunkHit> lexical, IReadOnlyList<ChunkHit> semantic, FusionOptions options)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentNullException.ThrowIfNull(semantic);
        ArgumentNullException.ThrowIfNull(options);
        var fused = new Dictionary<string, ChunkHit>(lexical.Count + semantic.Count, StringComparer.Ordinal);
        Add(fused, lexical, 1 - options.SemanticWeight, options);
        Add(fused, semantic, options.SemanticWeight, options);
        return [.. fused.Values.OrderByDescending(h => h.Score).ThenBy(h => h.ChunkId, StringComparer.Ordinal)];
    }

    private static void Add(Dictionary<string, ChunkHit> fused, IReadOnlyList<ChunkHit> ranking, double weight, FusionOptions options)
    {
        if (ranking.Count == 0)
        {
            return;
        }

        var (best, worst) = (ranking[0].Score, ranking[^1].Score);
        for (var rank = 0; rank < ranking.Count; rank++)
        {
            var hit = ranking[rank];
            var share = weight * (options.Method == FusionMethod.Rrf
                ? 1.0 / (options.RrfK + rank + 1)
                // One hit alone, or all alike, counts fully.
                : best > worst ? (hit.Score - worst) / (best - worst) : 1.0);
            fused[hit.ChunkId] = fused.TryGetValue(hit.ChunkId, out var seen) ? seen with { Score = seen.Score + share } : hit with { Score = share };
        }
    }
}
