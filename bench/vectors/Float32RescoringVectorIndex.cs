using System.Numerics.Tensors;

using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Bench.Vectors;

/// <summary>The index before float16 rescoring copies and chunk ordinals (kept as the benchmark baseline, unchanged): Chunk embeddings in memory, searched by cosine similarity with the exact float ranking, fast at 100k chunks.
/// Each vector is kept twice in contiguous blocks: normalised float (for the final scores) and int8 (a quarter of the bytes, for the
/// scan). A search scans the int8 copies against a 16-bit copy of the query (split across cores for large indexes), keeps the best
/// candidates in a bounded heap, then rescores them in float. Every vector carries a bound on its int8 error, so the search knows
/// when a vector outside the candidates could still beat the k-th float score and rescores those too: the result is the one an
/// exhaustive float scan gives. Thread-safe: searches run in parallel, changes one at a time.</summary>
public sealed partial class Float32RescoringVectorIndex : IDisposable
{
    // Slots per block: blocks are allocated as the index grows (no copying of 150 MB to double one array) and are the unit of work
    // when a search is split across cores.
    private const int BlockSlots = 4096;

    // Below this many slots a search stays on the calling thread: fanning out costs more than it saves.
    private const int ParallelFrom = 2 * BlockSlots;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly List<Block> _blocks = [];
    private readonly Stack<int> _free = new();
    private readonly Dictionary<string, int[]> _byDocument = new(StringComparer.Ordinal);
    private int _dimensions;
    private int _highWater;
    private int _count;

    // The largest int8 error norm of any vector ever added: a bound for all, so the candidates' last score tells at once whether the
    // rest can be skipped. Never lowered on removal (it stays a valid bound).
    private float _maxError;
    private long _widenedSearches;

    /// <summary>Gets the number of vectors.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Gets the largest int8 error norm of a vector added (unit vectors; a bound on the int8 score's error).</summary>
    internal float MaxQuantisationError => _maxError;

    /// <summary>Gets how many searches had to rescore beyond their first candidates (the int8 scores could not settle the top k).</summary>
    internal long WidenedSearches => Interlocked.Read(ref _widenedSearches);

    /// <summary>Gets the dimension of the vectors held; 0 while empty (the first vector added sets it).</summary>
    public int Dimensions => Volatile.Read(ref _dimensions);

    /// <summary>Replaces a document's vectors.</summary>
    /// <exception cref="ArgumentException">A vector's dimension differs from the others' (within the call or in the index).</exception>
    public void Replace(string documentId, IReadOnlyList<(string ChunkId, ReadOnlyMemory<float> Vector)> vectors)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(vectors);
        // Normalised and quantised before the lock: searches wait only for the copy.
        var prepared = new Prepared[vectors.Count];
        for (var i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].Vector.Length == 0 || vectors[i].Vector.Length != vectors[0].Vector.Length)
            {
                throw new ArgumentException($"Vector {i} of document {documentId} has {vectors[i].Vector.Length} dimensions, the first {vectors[0].Vector.Length}.", nameof(vectors));
            }

            prepared[i] = Prepare(vectors[i].ChunkId, vectors[i].Vector.Span);
        }

        _lock.EnterWriteLock();
        try
        {
            var replaced = _byDocument.TryGetValue(documentId, out var previous) ? previous.Length : 0;
            if (prepared.Length > 0 && _count - replaced > 0 && prepared[0].Full.Length != _dimensions)
            {
                throw new ArgumentException($"The index holds {_dimensions}-dimension vectors; document {documentId} has {prepared[0].Full.Length}.", nameof(vectors));
            }

            RemoveLocked(documentId);
            if (prepared.Length == 0)
            {
                return;
            }

            if (_count == 0 && prepared[0].Full.Length != _dimensions)
            {
                // Empty: the first vectors set the dimension (a new model after every old vector was removed).
                _blocks.Clear();
                _free.Clear();
                (_highWater, _maxError, _dimensions) = (0, 0, prepared[0].Full.Length);
            }

            var slots = new int[prepared.Length];
            for (var i = 0; i < prepared.Length; i++)
            {
                slots[i] = AddLocked(documentId, prepared[i]);
            }

            _byDocument[documentId] = slots;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes a document's vectors.</summary>
    public void Remove(string documentId)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveLocked(documentId);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _lock.Dispose();

    /// <summary>Returns the chunks nearest to <paramref name="query"/>, nearest first (ties by chunk id); none when the query's
    /// dimension is not the index's. <paramref name="accept"/> filters by document id.</summary>
    public List<ChunkHit> Search(ReadOnlySpan<float> query, int limit, Func<string, bool>? accept = null)
    {
        if (limit <= 0)
        {
            return [];
        }

        _lock.EnterReadLock();
        try
        {
            // A query of zeros (or of nothing but non-numbers) has no direction: every vector would tie.
            if (_count == 0 || query.Length != _dimensions || Probe.Of(query) is not { } probe)
            {
                return [];
            }

            limit = Math.Min(limit, _count);
            var highWater = _highWater;
            // Enough candidates that the bound seldom sends the search back for more (and then it rescores only the few slots within
            // the bound of the k-th score), few enough that the heap and the rescoring stay cheap.
            var depth = Math.Min(_count, limit + Math.Max(32, limit / 4));
            var approximate = ArrayPoolScores.Rent(highWater);
            try
            {
                // One heap per partition (a contiguous run of blocks), one partition per core for large indexes.
                var blockCount = (highWater + BlockSlots - 1) / BlockSlots;
                var partitions = highWater >= ParallelFrom ? Math.Min(Environment.ProcessorCount, blockCount) : 1;
                var heaps = new CandidateHeap[partitions];
                var decisions = accept is null ? null : new AcceptCache(accept);
                void Scan(int partition)
                {
                    var heap = heaps[partition] = new CandidateHeap(depth);
                    for (var b = partition * blockCount / partitions; b < (partition + 1) * blockCount / partitions; b++)
                    {
                        ScanBlock(b, highWater, probe, heap, approximate, decisions);
                    }
                }

                if (partitions > 1)
                {
                    Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, Scan);
                }
                else
                {
                    Scan(0);
                }

                return Rescore(heaps, depth, limit, probe, highWater, approximate, decisions);
            }
            finally
            {
                ArrayPoolScores.Return(approximate);
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private int AddLocked(string documentId, Prepared vector)
    {
        var slot = _free.Count > 0 ? _free.Pop() : _highWater++;
        var (blockIndex, offset) = Math.DivRem(slot, BlockSlots);
        if (blockIndex == _blocks.Count)
        {
            _blocks.Add(new Block(_dimensions));
        }

        var block = _blocks[blockIndex];
        vector.Full.CopyTo(block.Full.AsSpan(offset * _dimensions));
        vector.Quantised.CopyTo(block.Quantised.AsSpan(offset * _dimensions));
        block.Scales[offset] = vector.Scale;
        block.ChunkIds[offset] = vector.ChunkId;
        block.DocumentIds[offset] = documentId;
        _maxError = Math.Max(_maxError, vector.Error);
        _count++;
        return slot;
    }

    private void RemoveLocked(string documentId)
    {
        if (!_byDocument.Remove(documentId, out var slots))
        {
            return;
        }

        foreach (var slot in slots)
        {
            var (blockIndex, offset) = Math.DivRem(slot, BlockSlots);
            _blocks[blockIndex].DocumentIds[offset] = null;
            _blocks[blockIndex].ChunkIds[offset] = null;
            _free.Push(slot);
            _count--;
        }

        if (_count == 0)
        {
            // Nothing left: the next vectors may be of another dimension, and the memory goes back.
            _blocks.Clear();
            _free.Clear();
            (_highWater, _maxError) = (0, 0);
        }
    }

    /// <summary>Normalises a vector and quantises it to int8 with its own scale (largest component = ±127), keeping the norm of
    /// the quantisation error for the search's bound.</summary>
    private static Prepared Prepare(string chunkId, ReadOnlySpan<float> vector)
    {
        var full = Normalise(vector);
        // MaxMagnitude returns the component itself, which may be negative.
        var largest = MathF.Abs(TensorPrimitives.MaxMagnitude(full));
        var scale = largest > 0 ? largest / 127f : 1f;
        var quantised = new sbyte[full.Length];
        double error = 0;
        for (var i = 0; i < full.Length; i++)
        {
            var q = (sbyte)Math.Clamp(MathF.Round(full[i] / scale), -127, 127);
            quantised[i] = q;
            var e = full[i] - (double)q * scale;
            error += e * e;
        }

        return new Prepared(chunkId, full, quantised, scale, (float)Math.Sqrt(error) * 1.0001f + 1e-6f);
    }

    /// <summary>A unit-length copy; a component that is not a finite number (a lying embedder) counts as 0.</summary>
    internal static float[] Normalise(ReadOnlySpan<float> vector)
    {
        var result = vector.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (!float.IsFinite(result[i]))
            {
                result[i] = 0;
            }
        }

        var norm = TensorPrimitives.Norm(result);
        if (norm > 0 && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(result, norm, result);
        }

        return result;
    }

    private sealed class Block(int dimensions)
    {
        public float[] Full { get; } = new float[BlockSlots * dimensions];

        public sbyte[] Quantised { get; } = new sbyte[BlockSlots * dimensions];

        public float[] Scales { get; } = new float[BlockSlots];

        public string?[] ChunkIds { get; } = new string?[BlockSlots];

        // Null: a free slot.
        public string?[] DocumentIds { get; } = new string?[BlockSlots];
    }

    private readonly record struct Prepared(string ChunkId, float[] Full, sbyte[] Quantised, float Scale, float Error);
}
