using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Bench.Vectors;

/// <summary>The top-k heap and the per-search helpers of the scan.</summary>
public sealed partial class Float32RescoringVectorIndex
{
    /// <summary>A bounded min-heap of (score, slot): the best <c>capacity</c> seen.</summary>
    private sealed class CandidateHeap(int capacity)
    {
        private readonly PriorityQueue<int, float> _queue = new(capacity + 1);

        public int Count => _queue.Count;

        public float Lowest => _queue.TryPeek(out _, out var score) ? score : float.NegativeInfinity;

        public bool Admits(float score) => _queue.Count < capacity || score > Lowest;

        /// <summary>Gets the score a new candidate must beat: −∞ until the heap is full (a free slot's −∞ never enters).</summary>
        public float Threshold => _queue.Count < capacity ? float.NegativeInfinity : Lowest;

        public void Add(float score, int slot)
        {
            if (_queue.Count < capacity)
            {
                _queue.Enqueue(slot, score);
            }
            else
            {
                _queue.EnqueueDequeue(slot, score);
            }
        }

        public void DrainInto(CandidateHeap other)
        {
            while (_queue.TryDequeue(out var slot, out var score))
            {
                if (other.Admits(score))
                {
                    other.Add(score, slot);
                }
            }
        }

        public List<int> Slots() => [.. _queue.UnorderedItems.Select(e => e.Element)];
    }

    /// <summary>The filter's answer per document, asked once per search (the scan meets a document's chunks on several threads).</summary>
    private sealed class AcceptCache(Func<string, bool> accept)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _answers = new(StringComparer.Ordinal);

        public bool Accepts(string documentId) => _answers.GetOrAdd(documentId, accept);
    }

    private static class ArrayPoolScores
    {
        public static float[] Rent(int length) => System.Buffers.ArrayPool<float>.Shared.Rent(Math.Max(1, length));

        public static void Return(float[] array) => System.Buffers.ArrayPool<float>.Shared.Return(array);
    }
}
