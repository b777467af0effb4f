using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>A document's chunk vectors as one blob: their count and dimension (two little-endian ints), then the floats row after row.</summary>
internal static class VectorBlob
{
    public static byte[] Pack(IReadOnlyList<ReadOnlyMemory<float>> vectors)
    {
        var dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        var blob = new byte[8 + vectors.Count * dimensions * sizeof(float)];
        BinaryPrimitives.WriteInt32LittleEndian(blob, vectors.Count);
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), dimensions);
        for (var i = 0; i < vectors.Count; i++)
        {
            MemoryMarshal.AsBytes(vectors[i].Span[..dimensions]).CopyTo(blob.AsSpan(8 + i * dimensions * sizeof(float)));
        }

        return blob;
    }

    /// <summary>Reads a blob back; null when its length does not match its header (a torn or foreign value).</summary>
    public static List<ReadOnlyMemory<float>>? Unpack(byte[] blob)
    {
        if (blob.Length < 8)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(blob);
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(blob.AsSpan(4));
        if (blob.Length != 8 + (long)count * dimensions * sizeof(float))
        {
            return null;
        }

        var floats = MemoryMarshal.Cast<byte, float>(blob.AsSpan(8)).ToArray();
        return Enumerable.Range(0, count).Select(i => (ReadOnlyMemory<float>)floats.AsMemory(i * dimensions, dimensions)).ToList();
    }
}
