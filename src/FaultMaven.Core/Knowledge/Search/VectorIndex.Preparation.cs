using System.Buffers;
using System.Numerics.Tensors;

namespace FaultMaven.Core.Knowledge.Search;

/// <summary>A document's vectors made ready outside the lock, and chunk ids rebuilt from (document, ordinal).</summary>
public sealed partial class VectorIndex
{
    /// <summary>A document's vectors normalised, rounded to float16 and quantised to int8 (each with its scale and error norm), in
    /// pooled buffers: the lock is held only to copy them into the blocks, and nothing is allocated per vector.</summary>
    private sealed class PreparedVectors : IDisposable
    {
        private readonly Half[] _full;
        private readonly sbyte[] _quantised;
        private readonly float[] _scales;
        private readonly float[] _errors;
        private readonly float[] _scratch;

        public PreparedVectors(int count, int dimensions)
        {
            (Count, Dimensions) = (count, dimensions);
            var values = checked(count * dimensions);
            _full = ArrayPool<Half>.Shared.Rent(values);
            _quantised = ArrayPool<sbyte>.Shared.Rent(values);
            _scales = ArrayPool<float>.Shared.Rent(count);
            _errors = ArrayPool<float>.Shared.Rent(count);
            _scratch = ArrayPool<float>.Shared.Rent(dimensions);
        }

        public int Count { get; }

        public int Dimensions { get; }

        public ReadOnlySpan<Half> Full(int i) => _full.AsSpan(i * Dimensions, Dimensions);

        public ReadOnlySpan<sbyte> Quantised(int i) => _quantised.AsSpan(i * Dimensions, Dimensions);

        public float Scale(int i) => _scales[i];

        public float Error(int i) => _errors[i];

        /// <summary>Normalises vector <paramref name="i"/>, keeps it as float16, and quantises the float16 vector to int8 with its own
        /// scale (largest component = ±127), keeping the norm of that error for the search's bound: the int8 score's error is then
        /// measured against the scores the search returns.</summary>
        public void Prepare(int i, ReadOnlySpan<float> vector)
        {
            var unit = _scratch.AsSpan(0, Dimensions);
            Normalise(vector, unit);
            var full = _full.AsSpan(i * Dimensions, Dimensions);
            TensorPrimitives.ConvertToHalf(unit, full);
            TensorPrimitives.ConvertToSingle(full, unit);
            // MaxMagnitude returns the component itself, which may be negative.
            var largest = MathF.Abs(TensorPrimitives.MaxMagnitude(unit));
            var scale = largest > 0 ? largest / 127f : 1f;
            var quantised = _quantised.AsSpan(i * Dimensions, Dimensions);
            double error = 0;
            for (var d = 0; d < unit.Length; d++)
            {
                var q = (sbyte)Math.Clamp(MathF.Round(unit[d] / scale), -127, 127);
                quantised[d] = q;
                var e = unit[d] - (double)q * scale;
                error += e * e;
            }

            _scales[i] = scale;
            _errors[i] = (float)Math.Sqrt(error) * 1.0001f + 1e-6f;
        }

        public void Dispose()
        {
            ArrayPool<Half>.Shared.Return(_full);
            ArrayPool<sbyte>.Shared.Return(_quantised);
            ArrayPool<float>.Shared.Return(_scales);
            ArrayPool<float>.Shared.Return(_errors);
            ArrayPool<float>.Shared.Return(_scratch);
        }
    }

    /// <summary>Chunk ids as the knowledge base names them, <c>document#ordinal</c>.</summary>
    private static class ChunkIds
    {
        public static string Of(string documentId, int ordinal) => $"{documentId}#{ordinal}";

        /// <summary>Compares two chunk ids as <see cref="string.CompareOrdinal(string, string)"/> would, without building them (ties
        /// between equal scores are broken this way, and a crowd of equal vectors would otherwise build thousands).</summary>
        public static int Compare(string documentA, int ordinalA, string documentB, int ordinalB)
        {
            Span<char> suffixA = stackalloc char[12];
            Span<char> suffixB = stackalloc char[12];
            suffixA[0] = suffixB[0] = '#';
            ordinalA.TryFormat(suffixA[1..], out var lengthA, provider: System.Globalization.CultureInfo.InvariantCulture);
            ordinalB.TryFormat(suffixB[1..], out var lengthB, provider: System.Globalization.CultureInfo.InvariantCulture);
            suffixA = suffixA[..(lengthA + 1)];
            suffixB = suffixB[..(lengthB + 1)];
            var totalA = documentA.Length + suffixA.Length;
            var totalB = documentB.Length + suffixB.Length;
            for (var i = 0; i < Math.Min(totalA, totalB); i++)
            {
                var a = i < documentA.Length ? documentA[i] : suffixA[i - documentA.Length];
                var b = i < documentB.Length ? documentB[i] : suffixB[i - documentB.Length];
                if (a != b)
                {
                    return a - b;
                }
            }

            return totalA - totalB;
        }
    }
}
