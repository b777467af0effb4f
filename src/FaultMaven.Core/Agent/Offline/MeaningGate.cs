using System.Diagnostics.Metrics;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>Whether a runbook the search found is about the evidence's failure, by meaning as well as words: it must also hold one of
/// the chunks nearest in meaning to the evidence alone in the whole knowledge base. The knowledge base is the yardstick, not a fixed
/// cosine: on constructed pairs the local model (arctic-embed-xs) put passages about the same failure in other words at 0.51–0.73 and
/// passages about another failure in the same words at 0.53–0.72, so no threshold separates them, while being among the evidence's
/// nearest chunks out of thousands rejects the runbook that merely shares common words with it (docs/BENCHMARKS.md, issue 22 item 5).</summary>
public static class MeaningGate
{
    /// <summary>How many of the evidence's nearest chunks a runbook may hold one of.</summary>
    public const int Nearest = 3;

    /// <summary>Below this cosine a chunk is not near, whatever its rank: a small knowledge base has a nearest chunk for anything.
    /// The lowest seen between evidence and a passage about its failure was 0.51.</summary>
    public const double Floor = 0.5;

    private static readonly Counter<long> Judged = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.agent.offline.meaning_matches", description: "Runbooks the offline engine's search found, judged by meaning, by use (fix, weight) and outcome (matched, rejected).");

    /// <summary>The first of <paramref name="found"/> (the search's documents, best first) that holds one of <paramref name="nearest"/>
    /// (the evidence's nearest chunks with their cosines) at or above <see cref="Floor"/>; null when none does.</summary>
    public static string? Agreeing(IEnumerable<string> found, IReadOnlyList<ChunkHit> nearest, string use)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(nearest);
        var near = nearest.Take(Nearest).Where(n => n.Score >= Floor).Select(n => n.DocumentId).ToHashSet(StringComparer.Ordinal);
        var agreed = found.FirstOrDefault(near.Contains);
        Judged.Add(1, new KeyValuePair<string, object?>("use", use), new KeyValuePair<string, object?>("outcome", agreed is null ? "rejected" : "matched"));
        return agreed;
    }
}
