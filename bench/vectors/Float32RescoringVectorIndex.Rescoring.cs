using System.Numerics.Tensors;

using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Bench.Vectors;

/// <summary>Rescoring: the candidates in float, widened by the int8 error bound until the top k is the exhaustive float one.</summary>
public sealed partial class Float32RescoringVectorIndex
{
    /// <summary>The candidates' float scores; then every slot whose int8 score plus its error bound could still reach the k-th float
    /// score is rescored too, so the answer is the exhaustive float one.</summary>
    private List<ChunkHit> Rescore(CandidateHeap[] heaps, int depth, int limit, Probe probe, int highWater, float[] approximate, AcceptCache? decisions)
    {
        var merged = new CandidateHeap(depth);
        foreach (var heap in heaps)
        {
            heap.DrainInto(merged);
        }

        var candidates = merged.Slots();
        var rescored = new List<(float Score, int Slot)>(candidates.Count + 16);
        var seen = new HashSet<int>(candidates);
        foreach (var slot in candidates)
        {
            rescored.Add((Exact(slot, probe), slot));
        }

        Sort(rescored);
        // Fewer candidates than asked: every accepted vector is among them.
        if (merged.Count == depth && rescored.Count >= limit)
        {
            var kth = rescored[limit - 1].Score;
            // |float − int8| ≤ ‖x − x̂‖ + ‖x̂‖·‖q − q̂‖ for unit x and q; the slack covers float rounding in the dot products.
            var margin = _maxError + probe.Error * (1 + _maxError) + 1e-4f;
            if (merged.Lowest + margin >= kth)
            {
                Interlocked.Increment(ref _widenedSearches);
                for (var slot = 0; slot < highWater; slot++)
                {
                    if (approximate[slot] + margin >= kth && !seen.Contains(slot) && IsAccepted(slot, decisions))
                    {
                        rescored.Add((Exact(slot, probe), slot));
                    }
                }

                Sort(rescored);
            }
        }

        var hits = new List<ChunkHit>(Math.Min(limit, rescored.Count));
        for (var i = 0; i < rescored.Count && hits.Count < limit; i++)
        {
            var (block, offset) = Math.DivRem(rescored[i].Slot, BlockSlots);
            hits.Add(new ChunkHit(_blocks[block].ChunkIds[offset]!, _blocks[block].DocumentIds[offset]!, rescored[i].Score));
        }

        return hits;

        void Sort(List<(float Score, int Slot)> list) => list.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : string.CompareOrdinal(_blocks[a.Slot / BlockSlots].ChunkIds[a.Slot % BlockSlots], _blocks[b.Slot / BlockSlots].ChunkIds[b.Slot % BlockSlots]));
    }

    private bool IsAccepted(int slot, AcceptCache? decisions)
    {
        var documentId = _blocks[slot / BlockSlots].DocumentIds[slot % BlockSlots];
        return documentId is not null && (decisions is null || decisions.Accepts(documentId));
    }

    private float Exact(int slot, Probe probe)
    {
        var (block, offset) = Math.DivRem(slot, BlockSlots);
        return TensorPrimitives.Dot(_blocks[block].Full.AsSpan(offset * _dimensions, _dimensions), probe.Full);
    }
}
