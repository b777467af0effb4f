using System.Buffers.Binary;
using System.Runtime.InteropServices;
using FaultMaven.Core.Knowledge;

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

    /// <summary>Documents' vectors read back a page at a time (rows per query).</summary>
    public const int PageSize = 256;

    /// <summary>Every stored vector set under a signature, read a page of <see cref="PageSize"/> documents at a time in document-id
    /// order; <paramref name="readPageAfter"/> runs one store's query for the page after a document id ("" for the first).</summary>
    public static async IAsyncEnumerable<StoredVectors> ReadPagesAsync(
        Func<string, CancellationToken, Task<List<(string DocumentId, string ContentHash, byte[] Blob)>>> readPageAfter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = "";
        while (true)
        {
            var rows = await readPageAfter(after, cancellationToken);
            foreach (var vectors in UnpackPage(rows))
            {
                yield return vectors;
            }

            if (rows.Count < PageSize)
            {
                yield break;
            }

            after = rows[^1].DocumentId;
        }
    }

    /// <summary>The rows of one page query (document id, content hash, blob), as either store's reader gives them.</summary>
    public static async Task<List<(string DocumentId, string ContentHash, byte[] Blob)>> ReadRowsAsync(System.Data.Common.DbDataReader reader, CancellationToken cancellationToken)
    {
        var page = new List<(string DocumentId, string ContentHash, byte[] Blob)>(PageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add((reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
        }

        return page;
    }

    /// <summary>A page of rows (document id, content hash, blob) unpacked into one float buffer the page's documents share: one array
    /// per page, not one per document. Blobs that do not decode are left out.</summary>
    public static List<StoredVectors> UnpackPage(List<(string DocumentId, string ContentHash, byte[] Blob)> rows)
    {
        var total = 0L;
        foreach (var row in rows)
        {
            total += Payload(row.Blob) is { } payload ? payload.Values : 0;
        }

        var buffer = new float[total];
        var page = new List<StoredVectors>(rows.Count);
        var offset = 0;
        foreach (var (documentId, contentHash, blob) in rows)
        {
            if (Payload(blob) is not { } payload)
            {
                continue;
            }

            var values = buffer.AsMemory(offset, payload.Values);
            MemoryMarshal.Cast<byte, float>(blob.AsSpan(8)).CopyTo(values.Span);
            page.Add(new StoredVectors(documentId, contentHash, payload.Dimensions, values));
            offset += payload.Values;
        }

        return page;
    }

    /// <summary>The dimension and the number of floats a blob holds; null when its length does not match its header, or it holds
    /// vectors of no dimension.</summary>
    private static (int Dimensions, int Values)? Payload(byte[] blob)
    {
        if (blob.Length < 8)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(blob);
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(blob.AsSpan(4));
        return count >= 0 && dimensions > 0 && blob.Length == 8 + (long)count * dimensions * sizeof(float) ? (dimensions, count * dimensions) : null;
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
