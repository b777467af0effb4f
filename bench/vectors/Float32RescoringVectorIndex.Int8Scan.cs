using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Bench.Vectors;

/// <summary>The scan: every vector's int8 copy against the query's 16-bit copy, the best candidates kept per partition.</summary>
public sealed partial class Float32RescoringVectorIndex
{
    /// <summary>The int8 score of every live slot of one block into <paramref name="approximate"/>, the best accepted into the heap.</summary>
    private void ScanBlock(int blockIndex, int highWater, Probe probe, CandidateHeap heap, float[] approximate, AcceptCache? decisions)
    {
        var block = _blocks[blockIndex];
        var first = blockIndex * BlockSlots;
        var end = Math.Min(BlockSlots, highWater - first);
        var dimensions = _dimensions;
        ReadOnlySpan<sbyte> quantised = block.Quantised;
        ReadOnlySpan<short> query = probe.Quantised;
        var documentIds = block.DocumentIds.AsSpan(0, end);
        var scales = block.Scales.AsSpan(0, end);
        var scores = approximate.AsSpan(first, end);
        var probeScale = probe.Scale;
        // Every score first, in a loop that does nothing else, then the heap against a threshold kept in a local: the heap's
        // checks inside the scoring loop cost as much as the dot products.
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = documentIds[i] is null ? float.NegativeInfinity : scales[i] * probeScale * DotInt8(quantised.Slice(i * dimensions, dimensions), query);
        }

        var threshold = heap.Threshold;
        for (var i = 0; i < scores.Length; i++)
        {
            var score = scores[i];
            if (score <= threshold)
            {
                continue;
            }

            if (decisions is not null && !decisions.Accepts(documentIds[i]!))
            {
                scores[i] = float.NegativeInfinity;
                continue;
            }

            heap.Add(score, first + i);
            threshold = heap.Threshold;
        }
    }

    /// <summary>Dot product of int8 components with 16-bit ones, accumulated in 32 bits (products of ≤ 127 × ≤ <see cref="Probe.Range"/>
    /// summed over the dimension cannot overflow).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DotInt8(ReadOnlySpan<sbyte> a, ReadOnlySpan<short> b)
    {
        var i = 0;
        var total = 0;
        if (Avx512BW.IsSupported && a.Length >= 32)
        {
            var sum = Vector512<int>.Zero;
            ref var left = ref MemoryMarshal.GetReference(a);
            ref var right = ref MemoryMarshal.GetReference(b);
            for (; i + 32 <= a.Length; i += 32)
            {
                var widened = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref Unsafe.As<sbyte, byte>(ref Unsafe.Add(ref left, i))).AsSByte());
                sum = Avx512F.Add(sum, Avx512BW.MultiplyAddAdjacent(widened, Vector512.LoadUnsafe(ref Unsafe.Add(ref right, i))));
            }

            total = Vector512.Sum(sum);
        }
        else if (Avx2.IsSupported && a.Length >= 16)
        {
            var sum = Vector256<int>.Zero;
            ref var left = ref MemoryMarshal.GetReference(a);
            ref var right = ref MemoryMarshal.GetReference(b);
            for (; i + 16 <= a.Length; i += 16)
            {
                var widened = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref Unsafe.As<sbyte, byte>(ref Unsafe.Add(ref left, i))).AsSByte());
                sum = Avx2.Add(sum, Avx2.MultiplyAddAdjacent(widened, Vector256.LoadUnsafe(ref Unsafe.Add(ref right, i))));
            }

            total = Vector256.Sum(sum);
        }

        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }


    /// <summary>The query, normalised, and as 16-bit integers with its scale and the norm of that rounding's error.</summary>
    private sealed class Probe
    {
        private Probe(float[] full, short[] quantised, float scale, float error) => (Full, Quantised, Scale, Error) = (full, quantised, scale, error);

        public float[] Full { get; }

        public short[] Quantised { get; }

        public float Scale { get; }

        public float Error { get; }

        /// <summary>Largest 16-bit component for this dimension: 127 × it, summed over every component, stays within an int.</summary>
        public static int Range(int dimensions) => (int)Math.Clamp(int.MaxValue / (127L * dimensions), 1, short.MaxValue);

        public static Probe? Of(ReadOnlySpan<float> query)
        {
            var full = Normalise(query);
            var range = Range(full.Length);
            var largest = MathF.Abs(TensorPrimitives.MaxMagnitude(full));
            if (!(largest > 0))
            {
                return null;
            }

            var scale = largest / range;
            var quantised = new short[full.Length];
            double error = 0;
            for (var i = 0; i < full.Length; i++)
            {
                var q = float.IsFinite(full[i]) ? (short)Math.Clamp(MathF.Round(full[i] / scale), -range, range) : (short)0;
                quantised[i] = q;
                var e = full[i] - (double)q * scale;
                error += e * e;
            }

            // The error of the 16-bit query, and the query's norm above 1 from rounding, both go into the bound.
            return new Probe(full, quantised, scale, (float)Math.Sqrt(error) * 1.0001f + 1e-6f);
        }
    }
}
