using System.Numerics.Tensors;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Bench.RecallLab;

/// <summary>The ranking variants measured.</summary>
internal static class Experiments
{
    private const int Depth = 300;

    public static void Run(Lab lab, HashSet<string> only, string cacheDir)
    {
        bool On(string name) => only.Count == 0 || only.Contains(name);
        var lexical = lab.Queries.ToDictionary(q => q.Id, q => lab.Lexical.Search(q.Text, 1000));
        var semantic = lab.Queries.ToDictionary(q => q.Id, q => lab.Vectors.Search(q.Vector, 1000));
        List<ChunkHit> Lex(LabQuery q, int depth) => lexical[q.Id].Take(depth).ToList();
        List<ChunkHit> Sem(LabQuery q, int depth) => semantic[q.Id].Take(depth).ToList();

        lab.Run("lexical (product: depth 200)", q => Lab.RankDocuments(Lex(q, 200)));
        lab.Run("vectors alone", q => Lab.RankDocuments(Sem(q, Depth)));
        lab.Run("baseline weighted 0.4", q => Lab.RankDocuments(HybridFusion.Fuse(Lex(q, Depth), Sem(q, Depth), new FusionOptions())));
        var names = new List<string>();
        foreach (var w in new[] { 0.3, 0.4, 0.5 })
        {
            names.Add($"weighted {w}");
            lab.Run(names[^1], q => Lab.RankDocuments(HybridFusion.Fuse(Lex(q, Depth), Sem(q, Depth), new FusionOptions { SemanticWeight = w })), print: false);
        }

        if (On("ceiling"))
        {
            // How many judged documents either side reaches at all: what re-ranking could recover.
            foreach (var depth in new[] { 20, 100, 300, 1000 })
            {
                double Reach(Func<LabQuery, IEnumerable<ChunkHit>> hits) => lab.Queries.Average(q =>
                {
                    var found = hits(q).Select(h => h.DocumentId).Distinct().Take(depth).ToHashSet(StringComparer.Ordinal);
                    return q.Relevant.Keys.Count(found.Contains) / (double)q.Relevant.Count;
                });
                Console.WriteLine($"judged documents among the first {depth} documents: lexical {Reach(q => lexical[q.Id]):0.000}, vectors {Reach(q => semantic[q.Id]):0.000}");
            }
        }

        var centroids = lab.Documents.Values.Where(d => d.Vectors.Length > 0).ToDictionary(d => d.Id, d => Normalise(Mean(d.Vectors.Select(Normalise))), StringComparer.Ordinal);
        if (On("describe"))
        {
            Neighbours.Describe(lab, centroids);
        }

        if (On("lift"))
        {
            var nearest = Propagation.Nearest(centroids, 5);
            var baseDocs = lab.Queries.ToDictionary(q => q.Id, q => Propagation.Documents(HybridFusion.Fuse(Lex(q, Depth), Sem(q, Depth), new FusionOptions())));
            var lifted = new List<string>();
            foreach (var top in new[] { 3, 5, 10 })
            {
                foreach (var k in new[] { 1, 2, 3, 5 })
                {
                    foreach (var threshold in new[] { 0.8, 0.85, 0.9 })
                    {
                        foreach (var share in new[] { 0.3, 0.5, 0.7, 0.9 })
                        {
                            var name = $"lift top {top} k {k} sim {threshold} share {share}";
                            lifted.Add(name);
                            lab.Run(name, q => Propagation.Lift(baseDocs[q.Id], nearest, top, k, threshold, share), print: false);
                            lifted.Add(name + " keep 10");
                            lab.Run(name + " keep 10", q => Propagation.Lift(baseDocs[q.Id], nearest, top, k, threshold, share, 10), print: false);
                        }
                    }
                }
            }

            foreach (var name in lifted.OrderByDescending(n => lab.Queries.Average(q => lab.Results[n][q.Id].R20)).Take(12))
            {
                lab.Print(name, lab.Results[name]);
            }

            lab.LeaveOneStyleOut([.. lifted, "baseline weighted 0.4"], s => s.Ndcg10, "lift, nDCG");
            lab.LeaveOneStyleOut([.. lifted, "baseline weighted 0.4"], s => s.R20, "lift, R@20");
            lab.LeaveOneStyleOut([.. lifted, "baseline weighted 0.4"], s => s.Ndcg10 + s.R20, "lift, nDCG+R@20");
        }

        if (On("prf"))
        {
            // The tail (after the first page) ranked with a document-level pseudo-relevance feedback: a vector for the query's
            // subject, the mean of the first page's best documents' centroids (with the query's own), against every centroid.
            var baseDocs = lab.Queries.ToDictionary(q => q.Id, q => Propagation.Documents(HybridFusion.Fuse(Lex(q, Depth), Sem(q, Depth), new FusionOptions())));
            var tails = new List<string>();
            foreach (var m in new[] { 3, 5, 10 })
            {
                foreach (var alpha in new[] { 0.0, 1.0 })
                {
                    foreach (var w in new[] { 0.3, 0.5, 1.0, 2.0 })
                    {
                        var name = $"prf tail m {m} q {alpha} w {w}";
                        tails.Add(name);
                        lab.Run(name, q =>
                        {
                            var ranked = baseDocs[q.Id];
                            var feedback = new float[q.Vector.Length];
                            System.Numerics.Tensors.TensorPrimitives.Multiply(Normalise(q.Vector), (float)alpha, feedback);
                            foreach (var (id, _) in ranked.Where(r => centroids.ContainsKey(r.Id)).Take(m))
                            {
                                System.Numerics.Tensors.TensorPrimitives.Add(feedback, centroids[id], feedback);
                            }

                            var prf = DocRanking(centroids, feedback).Take(100).ToList();
                            var (best, worst) = (prf[0].Score, prf[^1].Score);
                            var top = ranked[0].Score;
                            var scores = ranked.ToDictionary(r => r.Id, r => r.Score / top, StringComparer.Ordinal);
                            foreach (var (id, score) in prf)
                            {
                                scores[id] = scores.GetValueOrDefault(id) + w * (score - worst) / (best - worst);
                            }

                            var first = ranked.Take(10).Select(r => r.Id).ToList();
                            var kept = first.ToHashSet(StringComparer.Ordinal);
                            return [.. first, .. scores.OrderByDescending(x => x.Value).Select(x => x.Key).Where(id => !kept.Contains(id))];
                        }, print: false);
                    }
                }
            }

            foreach (var name in tails.OrderByDescending(n => lab.Queries.Average(q => lab.Results[n][q.Id].R20)).Take(8))
            {
                lab.Print(name, lab.Results[name]);
            }

            lab.LeaveOneStyleOut([.. tails, "baseline weighted 0.4"], s => s.R20, "prf tail, R@20");
        }

        if (On("combo"))
        {
            // Tail = fused score + PRF on centroids + lift from the first page's near-duplicates.
            var nearest = Propagation.Nearest(centroids, 5);
            var baseDocs = lab.Queries.ToDictionary(q => q.Id, q => Propagation.Documents(HybridFusion.Fuse(Lex(q, Depth), Sem(q, Depth), new FusionOptions())));
            var tails = new List<string>();
            foreach (var m in new[] { 3, 5 })
            {
                foreach (var w in new[] { 0.0, 0.3, 0.5, 1.0 })
                {
                    foreach (var (k, liftShare) in new[] { (3, 0.0), (3, 0.3), (3, 0.5), (5, 0.3), (5, 0.5), (5, 0.7), (5, 1.0) })
                    {
                        foreach (var threshold in new[] { 0.8, 0.85 })
                        {
                            var name = $"combo m {m} w {w} k {k} lift {liftShare} sim {threshold}";
                            tails.Add(name);
                            lab.Run(name, q => Tail(baseDocs[q.Id], q, centroids, nearest, m, w, k, liftShare, threshold), print: false);
                        }
                    }
                }
            }

            foreach (var name in tails.OrderByDescending(n => lab.Queries.Average(q => lab.Results[n][q.Id].R20)).Take(10))
            {
                lab.Print(name, lab.Results[name]);
            }

            lab.LeaveOneStyleOut([.. tails, "baseline weighted 0.4"], s => s.R20, "combo tail, R@20");
        }

        if (On("interleave"))
        {
            // After the first page, alternate between the fused ranking's next document and the next of a coverage list.
            var nearest = Propagation.Nearest(centroids, 5);
            var baseDocs = lab.Queries.ToDictionary(q => q.Id, q => Propagation.Documents(HybridFusion.Fuse(Lex(q, Depth), Sem(q, Depth), new FusionOptions())));
            var tails = new List<string>();
            foreach (var m in new[] { 3, 5 })
            {
                foreach (var w in new[] { 0.3, 0.5, 1.0, 100.0 })
                {
                    foreach (var (k, liftShare, threshold) in new[] { (5, 0.0, 0.8), (3, 0.5, 0.8), (5, 0.5, 0.8), (5, 1.0, 0.8), (5, 100.0, 0.8), (5, 100.0, 0.85), (5, 100.0, 0.9) })
                    {
                        foreach (var every in new[] { 2, 3 })
                        {
                            var name = $"interleave 1/{every} m {m} w {w} k {k} lift {liftShare} sim {threshold}";
                            tails.Add(name);
                            lab.Run(name, q =>
                            {
                                var ranked = baseDocs[q.Id];
                                var coverage = Tail(ranked, q, centroids, nearest, m, w, k, liftShare, threshold);
                                var result = ranked.Take(10).Select(r => r.Id).ToList();
                                var taken = result.ToHashSet(StringComparer.Ordinal);
                                var (a, b) = (0, 10);
                                var rest = ranked.Skip(10).Select(r => r.Id).ToList();
                                for (var position = 0; result.Count < 100 && (a < rest.Count || b < coverage.Count); position++)
                                {
                                    var fromCoverage = position % every == 0;
                                    var source = fromCoverage ? coverage : rest;
                                    ref var index = ref fromCoverage ? ref b : ref a;
                                    while (index < source.Count && taken.Contains(source[index]))
                                    {
                                        index++;
                                    }

                                    if (index < source.Count)
                                    {
                                        taken.Add(source[index]);
                                        result.Add(source[index++]);
                                    }
                                }

                                return result;
                            }, print: false);
                        }
                    }
                }
            }

            foreach (var name in tails.OrderByDescending(n => lab.Queries.Average(q => lab.Results[n][q.Id].R20)).Take(10))
            {
                lab.Print(name, lab.Results[name]);
            }

            lab.LeaveOneStyleOut([.. tails, "baseline weighted 0.4"], s => s.R20, "interleave, R@20");
        }

        var barePath = Path.Combine(cacheDir, "chunks-bare.vec");
        if (On("bare") && File.Exists(barePath))
        {
            // Chunks embedded without the title and heading prefix.
            var bare = ReadVectors(barePath);
            using var index = new VectorIndex();
            var offset = 0;
            var bareCentroids = new Dictionary<string, float[]>(StringComparer.Ordinal);
            foreach (var d in lab.Documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                var n = lab.Chunks[d.Id].Count;
                if (n > 0)
                {
                    var rows = bare.Skip(offset).Take(n).ToList();
                    index.Replace(d.Id, rows.Select(v => (ReadOnlyMemory<float>)v).ToList());
                    bareCentroids[d.Id] = Normalise(Mean(rows.Select(Normalise)));
                }

                offset += n;
            }

            var bareHits = lab.Queries.ToDictionary(q => q.Id, q => index.Search(q.Vector, Depth));
            lab.Run("bare chunks, vectors alone", q => Lab.RankDocuments(bareHits[q.Id]));
            foreach (var w in new[] { 0.3, 0.4, 0.5 })
            {
                lab.Run($"bare chunks, weighted {w}", q => Lab.RankDocuments(HybridFusion.Fuse(Lex(q, Depth), bareHits[q.Id], new FusionOptions { SemanticWeight = w })));
            }

            var nearest = Propagation.Nearest(centroids, 5);
            lab.Run("prefixed chunks + coverage (product)", q => Tail(Propagation.Documents(HybridFusion.Fuse(Lex(q, Depth), Sem(q, Depth), new FusionOptions())), q, centroids, nearest, 3, 0.5, 5, 0, 0.8));
            lab.Run("bare chunks 0.4 + coverage", q => Tail(Propagation.Documents(HybridFusion.Fuse(Lex(q, Depth), bareHits[q.Id], new FusionOptions())), q, bareCentroids, nearest, 3, 0.5, 5, 0, 0.8));
            lab.Run("bare chunks 0.4 + coverage on prefixed means", q => Tail(Propagation.Documents(HybridFusion.Fuse(Lex(q, Depth), bareHits[q.Id], new FusionOptions())), q, centroids, nearest, 3, 0.5, 5, 0, 0.8));
            // Both chunk vectors: each chunk at its better cosine.
            lab.Run("both chunk vectors (max) 0.4", q => Lab.RankDocuments(HybridFusion.Fuse(Lex(q, Depth), Merge(Sem(q, Depth), bareHits[q.Id]), new FusionOptions())));
        }

        if (On("centroid"))
        {
            // A document vector (the mean of its chunks') as one more ranking, fused at document level.
            foreach (var w in new[] { 0.1, 0.2, 0.3 })
            {
                var name = $"centroid doc-fused {w}";
                lab.Run(name, q => DocFuse(HybridFusion.Fuse(Lex(q, Depth), Sem(q, Depth), new FusionOptions()), DocRanking(centroids, q.Vector), w));
            }

            // ... or as one more chunk of its document in the semantic ranking.
            lab.Run("centroid as pseudo-chunk", q => Lab.RankDocuments(HybridFusion.Fuse(Lex(q, Depth),
                Merge(Sem(q, Depth), DocRanking(centroids, q.Vector).Select(d => new ChunkHit(d.Id + "#c", d.Id, d.Score))), new FusionOptions())));
        }

        var titlesPath = Path.Combine(cacheDir, "titles.vec");
        if (On("titles") && File.Exists(titlesPath))
        {
            var vectors = ReadVectors(titlesPath);
            var ids = lab.Documents.Keys.Order(StringComparer.Ordinal).ToList();
            var titles = ids.Select((id, i) => (id, v: Normalise(vectors[i]))).ToDictionary(x => x.id, x => x.v, StringComparer.Ordinal);
            foreach (var w in new[] { 0.1, 0.2, 0.3 })
            {
                lab.Run($"title vector doc-fused {w}", q => DocFuse(HybridFusion.Fuse(Lex(q, Depth), Sem(q, Depth), new FusionOptions()), DocRanking(titles, q.Vector), w));
            }

            lab.Run("title vector as pseudo-chunk", q => Lab.RankDocuments(HybridFusion.Fuse(Lex(q, Depth),
                Merge(Sem(q, Depth), DocRanking(titles, q.Vector).Select(d => new ChunkHit(d.Id + "#t", d.Id, d.Score))), new FusionOptions())));
        }

        var passagePath = Path.Combine(cacheDir, "queries-passage.vec");
        if (On("passage") && File.Exists(passagePath))
        {
            var vectors = ReadVectors(passagePath);
            var asPassage = lab.Queries.Select((q, i) => (q.Id, v: vectors[i])).ToDictionary(x => x.Id, x => x.v, StringComparer.Ordinal);
            var passageHits = lab.Queries.ToDictionary(q => q.Id, q => lab.Vectors.Search(asPassage[q.Id], Depth));
            lab.Run("query embedded as passage, vectors alone", q => Lab.RankDocuments(passageHits[q.Id]));
            lab.Run("query embedded as passage, fused 0.4", q => Lab.RankDocuments(HybridFusion.Fuse(Lex(q, Depth), passageHits[q.Id], new FusionOptions())));
            lab.Run("both query vectors (max), fused 0.4", q => Lab.RankDocuments(HybridFusion.Fuse(Lex(q, Depth),
                Merge(Sem(q, Depth), passageHits[q.Id]), new FusionOptions())));
        }

        lab.LeaveOneStyleOut(lab.Results.Keys.Where(n => !n.StartsWith("lexical", StringComparison.Ordinal) && !n.StartsWith("vectors", StringComparison.Ordinal)).ToList(), s => s.Ndcg10, "nDCG");
        lab.LeaveOneStyleOut(lab.Results.Keys.Where(n => !n.StartsWith("lexical", StringComparison.Ordinal) && !n.StartsWith("vectors", StringComparison.Ordinal)).ToList(), s => s.Ndcg10 + s.R20, "nDCG+R@20");
    }

    private static List<string> Tail(List<(string Id, double Score)> ranked, LabQuery q, Dictionary<string, float[]> centroids,
        Dictionary<string, List<(string Id, float Sim)>> nearest, int m, double w, int k, double liftShare, double threshold, int keep = 10)
    {
        var top = ranked[0].Score;
        var scores = ranked.ToDictionary(r => r.Id, r => r.Score / top, StringComparer.Ordinal);
        if (w > 0)
        {
            var feedback = Normalise(q.Vector);
            foreach (var (id, _) in ranked.Where(r => centroids.ContainsKey(r.Id)).Take(m))
            {
                System.Numerics.Tensors.TensorPrimitives.Add(feedback, centroids[id], feedback);
            }

            var prf = DocRanking(centroids, feedback).Take(100).ToList();
            var (best, worst) = (prf[0].Score, prf[^1].Score);
            foreach (var (id, score) in prf)
            {
                scores[id] = scores.GetValueOrDefault(id) + w * (score - worst) / (best - worst);
            }
        }

        if (liftShare > 0)
        {
            var lifts = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (id, score) in ranked.Take(keep))
            {
                foreach (var (neighbour, sim) in nearest.GetValueOrDefault(id, []).Take(k))
                {
                    if (sim >= threshold)
                    {
                        lifts[neighbour] = Math.Max(lifts.GetValueOrDefault(neighbour), liftShare * score / top);
                    }
                }
            }

            foreach (var (id, lift) in lifts)
            {
                scores[id] = scores.GetValueOrDefault(id) + lift;
            }
        }

        var first = ranked.Take(keep).Select(r => r.Id).ToList();
        var kept = first.ToHashSet(StringComparer.Ordinal);
        return [.. first, .. scores.OrderByDescending(x => x.Value).Select(x => x.Key).Where(id => !kept.Contains(id))];
    }

    /// <summary>Two rankings of chunks (cosines) as one: each chunk at its best score, best first.</summary>
    private static List<ChunkHit> Merge(IEnumerable<ChunkHit> a, IEnumerable<ChunkHit> b) =>
        a.Concat(b).GroupBy(h => h.ChunkId).Select(g => g.MaxBy(h => h.Score)!).OrderByDescending(h => h.Score).Take(Depth).ToList();

    /// <summary>The fused chunks ranked by document, plus <paramref name="weight"/> × a document-level ranking scaled to 0–1.</summary>
    private static List<string> DocFuse(List<ChunkHit> fused, List<(string Id, double Score)> documents, double weight, int depth = 100)
    {
        var scores = fused.GroupBy(h => h.DocumentId)
            .ToDictionary(g => g.Key, g => g.First().Score + 0.3 * (g.Skip(1).FirstOrDefault()?.Score ?? 0), StringComparer.Ordinal);
        var top = documents.Take(depth).ToList();
        var (best, worst) = (top[0].Score, top[^1].Score);
        foreach (var (id, score) in top)
        {
            scores[id] = scores.GetValueOrDefault(id) + weight * (best > worst ? (score - worst) / (best - worst) : 1);
        }

        return scores.OrderByDescending(s => s.Value).Select(s => s.Key).ToList();
    }

    private static List<(string Id, double Score)> DocRanking(Dictionary<string, float[]> vectors, float[] query)
    {
        var q = Normalise(query);
        return vectors.Select(v => (v.Key, (double)TensorPrimitives.Dot<float>(v.Value, q))).OrderByDescending(x => x.Item2).ToList();
    }

    public static float[] Normalise(float[] v)
    {
        var norm = TensorPrimitives.Norm<float>(v);
        return v.Select(x => x / norm).ToArray();
    }

    private static float[] Mean(IEnumerable<float[]> vectors)
    {
        float[]? sum = null;
        var n = 0;
        foreach (var v in vectors)
        {
            sum ??= new float[v.Length];
            TensorPrimitives.Add(sum, v, sum);
            n++;
        }

        return sum!.Select(x => x / n).ToArray();
    }

    private static float[][] ReadVectors(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        return Cache.ReadVectors(reader);
    }
}

/// <summary>Documents near in meaning to each other (their chunk vectors' mean), for lifting a strong document's near-duplicates.</summary>
internal static class Neighbours
{
    public static void Describe(Lab lab, Dictionary<string, float[]> centroids)
    {
        var ids = centroids.Keys.Order(StringComparer.Ordinal).ToList();
        var sims = new List<double>();
        var same = new List<double>();
        var random = new Random(1);
        for (var i = 0; i < 20000; i++)
        {
            var (a, b) = (ids[random.Next(ids.Count)], ids[random.Next(ids.Count)]);
            if (a != b)
            {
                sims.Add(System.Numerics.Tensors.TensorPrimitives.Dot<float>(centroids[a], centroids[b]));
            }
        }

        foreach (var g in ids.GroupBy(id => lab.Documents[id].Title, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var list = g.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    same.Add(System.Numerics.Tensors.TensorPrimitives.Dot<float>(centroids[list[i]], centroids[list[j]]));
                }
            }
        }

        string Q(List<double> xs) => string.Join(" ", new[] { 0.05, 0.25, 0.5, 0.75, 0.95, 0.99 }.Select(p => $"p{p * 100:0}={xs.Order().ElementAt((int)(p * (xs.Count - 1))):0.000}"));
        Console.WriteLine($"centroid cosine, random pairs: {Q(sims)}");
        Console.WriteLine($"centroid cosine, same-title pairs ({same.Count}): {Q(same)}");
    }
}

/// <summary>Score regularisation over near-duplicate documents: a document near in meaning to one of the best few takes a share of
/// that one's score (the cluster hypothesis: documents alike in content tend to be relevant to the same queries).</summary>
internal static class Propagation
{
    public static Dictionary<string, List<(string Id, float Sim)>> Nearest(Dictionary<string, float[]> centroids, int k)
    {
        var ids = centroids.Keys.ToList();
        return ids.ToDictionary(a => a, a => ids.Where(b => b != a)
            .Select(b => (b, System.Numerics.Tensors.TensorPrimitives.Dot<float>(centroids[a], centroids[b])))
            .OrderByDescending(x => x.Item2).Take(k).ToList(), StringComparer.Ordinal);
    }

    public static List<string> Lift(List<(string Id, double Score)> ranked, Dictionary<string, List<(string Id, float Sim)>> nearest, int top, int k, double threshold, double share, int keep = 0)
    {
        if (keep > 0)
        {
            // The first page stays as ranked; the lift orders what follows.
            var first = ranked.Take(keep).Select(r => r.Id).ToList();
            var kept = first.ToHashSet(StringComparer.Ordinal);
            return [.. first, .. Lift(ranked, nearest, top, k, threshold, share).Where(id => !kept.Contains(id))];
        }

        var scores = ranked.ToDictionary(r => r.Id, r => r.Score, StringComparer.Ordinal);
        var lifts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, score) in ranked.Take(top))
        {
            foreach (var (neighbour, sim) in nearest.GetValueOrDefault(id, []).Take(k))
            {
                if (sim >= threshold)
                {
                    lifts[neighbour] = Math.Max(lifts.GetValueOrDefault(neighbour), share * score);
                }
            }
        }

        foreach (var (id, lift) in lifts)
        {
            scores[id] = scores.GetValueOrDefault(id) + lift;
        }

        return scores.OrderByDescending(s => s.Value).Select(s => s.Key).ToList();
    }

    public static List<(string Id, double Score)> Documents(IEnumerable<FaultMaven.Core.Knowledge.Search.ChunkHit> fused) =>
        fused.GroupBy(h => h.DocumentId)
            .Select(g => (Id: g.Key, Score: g.First().Score + 0.3 * (g.Skip(1).FirstOrDefault()?.Score ?? 0)))
            .OrderByDescending(d => d.Score).ToList();
}
