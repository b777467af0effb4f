using System.Numerics;
using System.Runtime.InteropServices;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Bench.Vectors;

/// <summary>The index before int8 quantisation (kept as the benchmark baseline, unchanged): chunk embeddings in memory, searched exhaustively by cosine similarity (vectors are normalised once, on the way in).
/// Exact, and fast enough for tens of thousands of chunks; thread-safe.</summary>
public sealed class ExactScanVectorIndex
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<(string ChunkId, float[] Vector)>> _byDocument = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>Gets the number of vectors.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Replaces a document's vectors.</summary>
    public void Replace(string documentId, IReadOnlyList<(string ChunkId, ReadOnlyMemory<float> Vector)> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var normalised = vectors.Select(v => (v.ChunkId, Normalise(v.Vector.Span))).ToList();
        lock (_gate)
        {
            _count += normalised.Count - (_byDocument.TryGetValue(documentId, out var previous) ? previous.Count : 0);
            _byDocument[documentId] = normalised;
        }
    }

    /// <summary>Removes a document's vectors.</summary>
    public void Remove(string documentId)
    {
        lock (_gate)
        {
            if (_byDocument.Remove(documentId, out var previous))
            {
                _count -= previous.Count;
            }
        }
    }

    /// <summary>Returns the chunks nearest to <paramref name="query"/>, nearest first.</summary>
    public List<ChunkHit> Search(ReadOnlySpan<float> query, int limit, Func<string, bool>? accept = null)
    {
        var normalised = Normalise(query);
        var best = new PriorityQueue<ChunkHit, float>(limit + 1);
        lock (_gate)
        {
            foreach (var (documentId, vectors) in _byDocument)
            {
                if (accept is not null && !accept(documentId))
                {
                    continue;
                }

                foreach (var (chunkId, vector) in vectors)
                {
                    if (vector.Length != normalised.Length)
                    {
                        continue;
                    }

                    var similarity = Dot(vector, normalised);
                    best.Enqueue(new ChunkHit(chunkId, documentId, similarity), similarity);
                    if (best.Count > limit)
                    {
                        best.Dequeue();
                    }
                }
            }
        }

        var hits = new ChunkHit[best.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            hits[i] = best.Dequeue();
        }

        return [.. hits];
    }

    private static float[] Normalise(ReadOnlySpan<float> vector)
    {
        var result = vector.ToArray();
        var norm = MathF.Sqrt(Dot(result, result));
        if (norm > 0)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] /= norm;
            }
        }

        return result;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var wide = MemoryMarshal.Cast<float, Vector<float>>(a);
        var other = MemoryMarshal.Cast<float, Vector<float>>(b);
        var sum = Vector<float>.Zero;
        for (var i = 0; i < wide.Length; i++)
        {
            sum += wide[i] * other[i];
        }

        var total = Vector.Sum(sum);
        for (var i = wide.Length * Vector<float>.Count; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
