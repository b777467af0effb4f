using System.Numerics.Tensors;

namespace FaultMaven.Core.Knowledge.Search;

/// <summary>Rescoring: the candidates against their float16 copies, widened by the int8 error bound until the top k is the exhaustive one.</summary>
public sealed partial class VectorIndex
{
    /// <summary>The candidates' scores against their float16 copies; then every slot whose int8 score plus its error bound could still
    /// reach the k-th score is rescored too, so the answer is the exhaustive scan's over the float16 vectors.</summary>
    private List<ChunkHit> Rescore(CandidateHeap[] heaps, int depth, int limit, Probe probe, int highWater, float[] approximate, AcceptCache? decisions)
    {
        var merged = new CandidateHeap(depth);
        foreach (var heap in heaps)
        {
            heap.DrainInto(merged);
        }

        var candidates = merged.Slots();
        var widened = System.Buffers.ArrayPool<float>.Shared.Rent(_dimensions);
        try
        {
            return Rescore(merged, candidates, depth, limit, probe, highWater, approximate, decisions, widened.AsSpan(0, _dimensions));
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(widened);
        }
    }

    private List<ChunkHit> Rescore(CandidateHeap merged, List<int> candidates, int depth, int limit, Probe probe, int highWater, float[] approximate,
        AcceptCache? decisions, Span<float> widened)
    {
        var rescored = new List<(float Score, int Slot)>(candidates.Count + 16);
        var seen = new HashSet<int>(candidates);
        foreach (var slot in candidates)
        {
            rescored.Add((Exact(slot, probe, widened), slot));
        }

        Sort(rescored);
        // Fewer candidates than asked: every accepted vector is among them.
        if (merged.Count == depth && rescored.Count >= limit)
        {
            var kth = rescored[limit - 1].Score;
            // |x·q − x̂·q̂| ≤ ‖x − x̂‖·‖q‖ + ‖x̂‖·‖q − q̂‖ for the float16 vector x (norm ≤ 1 + 2⁻¹¹) and its int8 copy x̂, and the
            // unit query q and its 16-bit copy q̂; the slack covers float rounding in the dot products.
            var margin = _maxError + probe.Error * (1 + Float16Error + _maxError) + 1e-4f;
            if (merged.Lowest + margin >= kth)
            {
                Interlocked.Increment(ref _widenedSearches);
                for (var slot = 0; slot < highWater; slot++)
                {
                    if (approximate[slot] + margin >= kth && !seen.Contains(slot) && IsAccepted(slot, decisions))
                    {
                        rescored.Add((Exact(slot, probe, widened), slot));
                    }
                }

                Sort(rescored);
            }
        }

        var hits = new List<ChunkHit>(Math.Min(limit, rescored.Count));
        for (var i = 0; i < rescored.Count && hits.Count < limit; i++)
        {
            var (block, offset) = Math.DivRem(rescored[i].Slot, BlockSlots);
            hits.Add(new ChunkHit(ChunkId(rescored[i].Slot), _blocks[block].DocumentIds[offset]!, rescored[i].Score));
        }

        return hits;

        void Sort(List<(float Score, int Slot)> list) => list.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : CompareChunkIds(a.Slot, b.Slot));
    }

    private bool IsAccepted(int slot, AcceptCache? decisions)
    {
        var documentId = _blocks[slot / BlockSlots].DocumentIds[slot % BlockSlots];
        return documentId is not null && (decisions is null || decisions.Accepts(documentId));
    }

    private int CompareChunkIds(int slotA, int slotB)
    {
        var (blockA, offsetA) = Math.DivRem(slotA, BlockSlots);
        var (blockB, offsetB) = Math.DivRem(slotB, BlockSlots);
        return ChunkIds.Compare(_blocks[blockA].DocumentIds[offsetA]!, _blocks[blockA].Ordinals[offsetA], _blocks[blockB].DocumentIds[offsetB]!, _blocks[blockB].Ordinals[offsetB]);
    }

    /// <summary>The score against the slot's float16 copy, widened into <paramref name="widened"/> (vectorised; the dot product then
    /// runs on floats).</summary>
    private float Exact(int slot, Probe probe, Span<float> widened)
    {
        var (block, offset) = Math.DivRem(slot, BlockSlots);
        TensorPrimitives.ConvertToSingle(_blocks[block].Full.AsSpan(offset * _dimensions, _dimensions), widened);
        return TensorPrimitives.Dot(widened, probe.Full);
    }
}
