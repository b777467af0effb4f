using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Knowledge.Chunking;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Bench.RecallLab;

/// <summary>Per-query figures of one setting.</summary>
internal sealed record QueryScore(double Ndcg10, double R5, double R20, double Mrr10);

/// <summary>The benchmark's corpus indexed as the product indexes it (same chunker, lexical index and vector index), with the
/// scorer of retrieval_eval.py, so a ranking variant is measured without the server.</summary>
internal sealed class Lab
{
    public Lab(List<LabDocument> documents, List<LabQuery> queries, ChunkingOptions chunking)
    {
        Documents = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        Queries = queries;
        foreach (var d in documents)
        {
            var chunks = MarkdownChunker.Chunk(d.Text, chunking);
            Chunks[d.Id] = chunks;
            Lexical.Replace(chunks.Count == 0
                ? [new IndexedChunk($"{d.Id}#0", d.Id, d.Title, [], "")]
                : chunks.Select((c, i) => new IndexedChunk($"{d.Id}#{i}", d.Id, d.Title, c.HeadingPath, c.Text)).ToList());
            if (d.Vectors.Length != chunks.Count)
            {
                throw new InvalidOperationException($"{d.Id}: {d.Vectors.Length} vectors for {chunks.Count} chunks");
            }

            if (chunks.Count > 0)
            {
                Vectors.Replace(d.Id, d.Vectors.Select(v => (ReadOnlyMemory<float>)v).ToList());
            }
        }
    }

    public Dictionary<string, LabDocument> Documents { get; }

    public List<LabQuery> Queries { get; }

    public Dictionary<string, List<TextChunk>> Chunks { get; } = new(StringComparer.Ordinal);

    public LexicalIndex Lexical { get; } = new();

    public VectorIndex Vectors { get; } = new();

    public Dictionary<string, Dictionary<string, QueryScore>> Results { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents from fused chunk hits as <c>KnowledgeBase.Rank</c> orders them: best passage plus 0.3 of the second.</summary>
    public static List<string> RankDocuments(IEnumerable<ChunkHit> hits, double second = 0.3) =>
        hits.GroupBy(h => h.DocumentId)
            .Select(g => (Id: g.Key, Score: g.First().Score + second * (g.Skip(1).FirstOrDefault()?.Score ?? 0)))
            .OrderByDescending(d => d.Score)
            .Select(d => d.Id)
            .ToList();

    public static QueryScore Score(IReadOnlyList<string> docs, Dictionary<string, int> relevant)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ranked = docs.Where(seen.Add).ToList();
        var dcg = ranked.Take(10).Select((d, i) => relevant.GetValueOrDefault(d) / Math.Log2(i + 2)).Sum();
        var ideal = relevant.Values.OrderByDescending(g => g).Take(10).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        var binary = relevant.Where(r => r.Value >= 1).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        double Recall(int k) => binary.Count == 0 ? 0 : ranked.Take(k).Count(binary.Contains) / (double)binary.Count;
        var first = ranked.Take(10).Select((d, i) => (d, i)).FirstOrDefault(x => binary.Contains(x.d), (null!, -1));
        return new QueryScore(ideal > 0 ? dcg / ideal : 0, Recall(5), Recall(20), first.Item2 >= 0 ? 1.0 / (first.Item2 + 1) : 0);
    }

    /// <summary>Runs a ranker over every query, keeps its per-query figures under <paramref name="name"/> and prints a line.</summary>
    public Dictionary<string, QueryScore> Run(string name, Func<LabQuery, List<string>> ranker, bool print = true)
    {
        var scores = new Dictionary<string, QueryScore>(StringComparer.Ordinal);
        // RECALL_DUMP=name writes that setting's run (retrieval_eval.py's JSONL) to RECALL_DUMP_PATH.
        var dump = Environment.GetEnvironmentVariable("RECALL_DUMP") == name ? new StreamWriter(Environment.GetEnvironmentVariable("RECALL_DUMP_PATH")!) : null;
        foreach (var q in Queries)
        {
            var ranked = ranker(q);
            scores[q.Id] = Score(ranked, q.Relevant);
            dump?.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { qid = q.Id, docids = ranked.Take(100) }));
        }

        dump?.Dispose();

        Results[name] = scores;
        if (print)
        {
            Print(name, scores);
        }

        return scores;
    }

    private static readonly string[] Styles = ["alert", "log", "paraphrase"];

    public void Print(string name, Dictionary<string, QueryScore> scores)
    {
        string Part(IEnumerable<LabQuery> qs) =>
            $"{qs.Average(q => scores[q.Id].Ndcg10):0.000}/{qs.Average(q => scores[q.Id].R20):0.000}";
        Console.WriteLine($"{name,-44} " + string.Join(" ", Styles.Select(s => $"{s[..3]} {Part(Queries.Where(q => q.Style == s))}"))
            + $"  ALL nDCG {Queries.Average(q => scores[q.Id].Ndcg10):0.0000} R@20 {Queries.Average(q => scores[q.Id].R20):0.0000} R@5 {Queries.Average(q => scores[q.Id].R5):0.000}");
    }

    /// <summary>Leave one style out over the named settings: each style is scored with the setting that does best on the others by
    /// <paramref name="objective"/> (mean over those queries).</summary>
    public void LeaveOneStyleOut(IReadOnlyList<string> names, Func<QueryScore, double> objective, string label)
    {
        double held = 0, heldR = 0;
        var parts = new List<string>();
        foreach (var s in Styles)
        {
            var others = Queries.Where(q => q.Style != s).ToList();
            var mine = Queries.Where(q => q.Style == s).ToList();
            var best = names.MaxBy(n => others.Average(q => objective(Results[n][q.Id])))!;
            held += mine.Sum(q => Results[best][q.Id].Ndcg10);
            heldR += mine.Sum(q => Results[best][q.Id].R20);
            parts.Add($"{s}: {best} ({mine.Average(q => Results[best][q.Id].Ndcg10):0.000}/{mine.Average(q => Results[best][q.Id].R20):0.000})");
        }

        Console.WriteLine($"LOSO[{label}] held-out nDCG {held / Queries.Count:0.0000} R@20 {heldR / Queries.Count:0.0000}; " + string.Join("; ", parts));
    }
}
