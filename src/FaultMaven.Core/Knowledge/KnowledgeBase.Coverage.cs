using System.Collections.Concurrent;
using System.Numerics.Tensors;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Core.Knowledge;

/// <summary>A document that a search ranked: its matching chunks (best first; none for one the coverage brought in) and its score.</summary>
internal sealed record RankedDocument(string Id, IReadOnlyList<ChunkHit> Hits, double Score);

// Coverage below the first page. The fused ranking is precise at the top and flat below it: past the first page its scores differ by
// little, and a log excerpt's runbook, or the same runbook kept in another collection, often sits at rank 25 behind documents that
// share a word or two. Below the first page the search therefore also weighs how near in meaning each document is to the query's
// subject, as the first page shows it: the query's vector plus the vectors of the first page's three best documents (pseudo-relevance
// feedback at document level, each document's vector being the mean of its chunks'). The first page is never reordered.
// Chosen on the runbook benchmark with leave-one-style-out (docs/BENCHMARKS.md, issue 22, seventh session).
public sealed partial class KnowledgeBase
{
    /// <summary>Documents that keep the fused order.</summary>
    internal const int FirstPage = 10;

    private const int FeedbackDocuments = 3;
    private const int CoverageDepth = 100;
    private const double CoverageWeight = 0.5;

    // One vector per document (the normalised mean of its chunks' normalised vectors), searched after the first page; kept also as
    // float16 to build the feedback vector (the index does not hand its vectors back).
    private readonly VectorIndex _documentVectors = new();
    private readonly ConcurrentDictionary<string, Half[]> _documentMeans = new(StringComparer.Ordinal);

    private void SetDocumentVector(string documentId, IReadOnlyList<ReadOnlyMemory<float>> vectors)
    {
        if (vectors.Count == 0 || vectors[0].Length == 0)
        {
            RemoveDocumentVector(documentId);
            return;
        }

        var mean = new float[vectors[0].Length];
        foreach (var vector in vectors)
        {
            AddNormalised(mean, vector.Span);
        }

        StoreDocumentVector(documentId, mean);
    }

    private void SetDocumentVector(string documentId, ReadOnlySpan<float> values, int dimensions)
    {
        if (values.Length == 0)
        {
            RemoveDocumentVector(documentId);
            return;
        }

        var mean = new float[dimensions];
        for (var row = 0; row < values.Length; row += dimensions)
        {
            AddNormalised(mean, values.Slice(row, dimensions));
        }

        StoreDocumentVector(documentId, mean);
    }

    private static void AddNormalised(float[] sum, ReadOnlySpan<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        // A vector of zeros (or not a number) has no direction and adds none.
        if (norm > 0 && float.IsFinite(norm))
        {
            for (var i = 0; i < sum.Length && i < vector.Length; i++)
            {
                sum[i] += vector[i] / norm;
            }
        }
    }

    private void StoreDocumentVector(string documentId, float[] mean)
    {
        var norm = TensorPrimitives.Norm<float>(mean);
        if (!(norm > 0) || !float.IsFinite(norm))
        {
            RemoveDocumentVector(documentId);
            return;
        }

        TensorPrimitives.Divide(mean, norm, mean);
        _documentVectors.Replace(documentId, [mean]);
        var half = new Half[mean.Length];
        TensorPrimitives.ConvertToHalf(mean, half);
        _documentMeans[documentId] = half;
    }

    private void RemoveDocumentVector(string documentId)
    {
        _documentVectors.Remove(documentId);
        _documentMeans.TryRemove(documentId, out _);
    }

    /// <summary>The fused ranking with its first page kept and the rest ordered by fused score (relative to the best) plus
    /// <see cref="CoverageWeight"/> × nearness in meaning to the query's subject (scaled to 0–1 over the nearest
    /// <see cref="CoverageDepth"/> documents); documents the fusion did not reach may come in.</summary>
    private List<RankedDocument> Cover(List<RankedDocument> ranked, ReadOnlySpan<float> query, Func<string, bool>? accept)
    {
        if (ranked.Count == 0 || !(ranked[0].Score > 0) || _documentVectors.Count == 0 || query.Length != _documentVectors.Dimensions)
        {
            return ranked;
        }

        var feedback = new float[query.Length];
        AddNormalised(feedback, query);
        var widened = new float[query.Length];
        foreach (var mean in ranked.Take(FeedbackDocuments).Select(d => _documentMeans.GetValueOrDefault(d.Id)).OfType<Half[]>())
        {
            TensorPrimitives.ConvertToSingle(mean, widened);
            TensorPrimitives.Add(feedback, widened, feedback);
        }

        var near = _documentVectors.Search(feedback, CoverageDepth, accept);
        if (near.Count == 0)
        {
            return ranked;
        }

        var (best, worst) = (near[0].Score, near[^1].Score);
        var top = ranked[0].Score;
        var first = ranked.Take(FirstPage).ToList();
        var kept = first.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var scores = new Dictionary<string, (IReadOnlyList<ChunkHit> Hits, double Score)>(StringComparer.Ordinal);
        foreach (var d in ranked.Skip(FirstPage))
        {
            scores[d.Id] = (d.Hits, d.Score / top);
        }

        foreach (var hit in near)
        {
            if (!kept.Contains(hit.DocumentId) && _documents.ContainsKey(hit.DocumentId))
            {
                var share = CoverageWeight * (best > worst ? (hit.Score - worst) / (best - worst) : 1.0);
                scores[hit.DocumentId] = scores.TryGetValue(hit.DocumentId, out var entry) ? (entry.Hits, entry.Score + share) : ([], share);
            }
        }

        // The rest's scores are shown below the first page's last, in their new order.
        var floor = first[^1].Score;
        var rest = scores.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var highest = rest.Count == 0 ? 1 : rest[0].Value.Score;
        first.AddRange(rest.Select(s => new RankedDocument(s.Key, s.Value.Hits, floor * s.Value.Score / (highest + 1e-9))));
        return first;
    }
}
