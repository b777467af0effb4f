using System.Runtime.InteropServices;

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
        // Shares are summed in place; a hit is copied once, with its fused score, at the end.
        var fused = new Dictionary<string, (ChunkHit Hit, double Score)>(lexical.Count + semantic.Count, StringComparer.Ordinal);
        Add(fused, lexical, 1 - options.SemanticWeight, options);
        Add(fused, semantic, options.SemanticWeight, options);
        var result = new List<ChunkHit>(fused.Count);
        foreach (var (hit, score) in fused.Values)
        {
            result.Add(hit with { Score = score });
        }

        result.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.ChunkId, b.ChunkId));
        return result;
    }

    private static void Add(Dictionary<string, (ChunkHit Hit, double Score)> fused, IReadOnlyList<ChunkHit> ranking, double weight, FusionOptions options)
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
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(fused, hit.ChunkId, out var exists);
            entry = exists ? (entry.Hit, entry.Score + share) : (hit, share);
        }
    }
}
