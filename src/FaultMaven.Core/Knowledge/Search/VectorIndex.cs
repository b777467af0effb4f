using System.Numerics.Tensors;

namespace FaultMaven.Core.Knowledge.Search;

/// <summary>Chunk embeddings in memory, searched by cosine similarity with the exact ranking of the vectors as kept, fast at 100k
/// chunks. Each vector is kept twice in contiguous blocks: normalised float16 (for the final scores; half the bytes of float, and
/// within 2⁻¹¹ of the float32 score) and int8 (for the scan). A search scans the int8 copies against a 16-bit copy of the query
/// (split across cores for large indexes), keeps the best candidates in a bounded heap, then rescores them against the float16
/// copies. Every vector carries a bound on its int8 error, so the search knows when a vector outside the candidates could still
/// beat the k-th score and rescores those too: the result is the one an exhaustive scan of the float16 vectors gives. A vector is
/// known by its document and its ordinal there (chunk id <c>document#ordinal</c>, built only for the hits returned).
/// Thread-safe: searches run in parallel, changes one at a time.</summary>
public sealed partial class VectorIndex : IDisposable
{
    // Slots per block: blocks are allocated as the index grows (no copying of 100 MB to double one array) and are the unit of work
    // when a search is split across cores.
    private const int BlockSlots = 4096;

    // Below this many slots a search stays on the calling thread: fanning out costs more than it saves.
    private const int ParallelFrom = 2 * BlockSlots;

    // float16 rounds each component to within 2⁻¹¹ of itself, so a kept unit vector's norm is at most 1 + 2⁻¹¹.
    internal const float Float16Error = 1f / 2048;

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

    /// <summary>Replaces a document's vectors, one per chunk: vector <c>i</c> is chunk <c>documentId#i</c>.</summary>
    /// <exception cref="ArgumentException">A vector's dimension differs from the others' (within the call or in the index).</exception>
    public void Replace(string documentId, IReadOnlyList<ReadOnlyMemory<float>> vectors)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(vectors);
        var dimensions = vectors.Count == 0 ? 1 : vectors[0].Length;
        for (var i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].Length == 0 || vectors[i].Length != dimensions)
            {
                throw new ArgumentException($"Vector {i} of document {documentId} has {vectors[i].Length} dimensions, the first {dimensions}.", nameof(vectors));
            }
        }

        using var prepared = new PreparedVectors(vectors.Count, dimensions);
        for (var i = 0; i < vectors.Count; i++)
        {
            prepared.Prepare(i, vectors[i].Span);
        }

        ReplacePrepared(documentId, prepared);
    }

    /// <summary>Replaces a document's vectors given row after row in one span (<paramref name="values"/>.Length / <paramref name="dimensions"/>
    /// vectors, as a store keeps them): they are normalised and quantised straight from it, with no array per vector.</summary>
    /// <exception cref="ArgumentException">The span is not whole vectors, or their dimension is not the index's.</exception>
    public void Replace(string documentId, ReadOnlySpan<float> values, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        if (dimensions <= 0 || values.Length % dimensions != 0)
        {
            throw new ArgumentException($"{values.Length} values are not whole vectors of {dimensions} dimensions (document {documentId}).", nameof(values));
        }

        using var prepared = new PreparedVectors(values.Length / dimensions, dimensions);
        for (var i = 0; i < prepared.Count; i++)
        {
            prepared.Prepare(i, values.Slice(i * dimensions, dimensions));
        }

        ReplacePrepared(documentId, prepared);
    }

    // Normalised and quantised before the lock: searches wait only for the copy.
    private void ReplacePrepared(string documentId, PreparedVectors prepared)
    {
        _lock.EnterWriteLock();
        try
        {
            var replaced = _byDocument.TryGetValue(documentId, out var previous) ? previous.Length : 0;
            if (prepared.Count > 0 && _count - replaced > 0 && prepared.Dimensions != _dimensions)
            {
                throw new ArgumentException($"The index holds {_dimensions}-dimension vectors; document {documentId} has {prepared.Dimensions}.", nameof(prepared));
            }

            RemoveLocked(documentId);
            if (prepared.Count == 0)
            {
                return;
            }

            if (_count == 0 && prepared.Dimensions != _dimensions)
            {
                // Empty: the first vectors set the dimension (a new model after every old vector was removed).
                _blocks.Clear();
                _free.Clear();
                (_highWater, _maxError, _dimensions) = (0, 0, prepared.Dimensions);
            }

            var slots = new int[prepared.Count];
            for (var i = 0; i < prepared.Count; i++)
            {
                slots[i] = AddLocked(documentId, i, prepared);
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

    private int AddLocked(string documentId, int ordinal, PreparedVectors prepared)
    {
        var slot = _free.Count > 0 ? _free.Pop() : _highWater++;
        var (blockIndex, offset) = Math.DivRem(slot, BlockSlots);
        if (blockIndex == _blocks.Count)
        {
            _blocks.Add(new Block(_dimensions));
        }

        var block = _blocks[blockIndex];
        prepared.Full(ordinal).CopyTo(block.Full.AsSpan(offset * _dimensions));
        prepared.Quantised(ordinal).CopyTo(block.Quantised.AsSpan(offset * _dimensions));
        block.Scales[offset] = prepared.Scale(ordinal);
        block.Ordinals[offset] = ordinal;
        block.DocumentIds[offset] = documentId;
        _maxError = Math.Max(_maxError, prepared.Error(ordinal));
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

    /// <summary>A unit-length copy; a component that is not a finite number (a lying embedder) counts as 0.</summary>
    internal static float[] Normalise(ReadOnlySpan<float> vector)
    {
        var result = new float[vector.Length];
        Normalise(vector, result);
        return result;
    }

    /// <summary>Writes <paramref name="vector"/> at unit length into <paramref name="result"/>; non-finite components count as 0.</summary>
    internal static void Normalise(ReadOnlySpan<float> vector, Span<float> result)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            result[i] = float.IsFinite(vector[i]) ? vector[i] : 0;
        }

        var norm = TensorPrimitives.Norm(result[..vector.Length]);
        if (norm > 0 && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(result[..vector.Length], norm, result[..vector.Length]);
        }
    }

    /// <summary>The chunk id of a slot's vector.</summary>
    private string ChunkId(int slot)
    {
        var (block, offset) = Math.DivRem(slot, BlockSlots);
        return ChunkIds.Of(_blocks[block].DocumentIds[offset]!, _blocks[block].Ordinals[offset]);
    }

    private sealed class Block(int dimensions)
    {
        public Half[] Full { get; } = new Half[BlockSlots * dimensions];

        public sbyte[] Quantised { get; } = new sbyte[BlockSlots * dimensions];

        public float[] Scales { get; } = new float[BlockSlots];

        // The chunk's place in its document: its id is rebuilt from the document's only for the hits a search returns.
        public int[] Ordinals { get; } = new int[BlockSlots];

        // Null: a free slot. One string per document, shared by its chunks.
        public string?[] DocumentIds { get; } = new string?[BlockSlots];
    }
}
