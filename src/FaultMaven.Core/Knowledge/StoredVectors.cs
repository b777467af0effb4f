namespace FaultMaven.Core.Knowledge;

/// <summary>A document's chunk vectors as the store keeps them: for the text whose hash is <paramref name="ContentHash"/>, row after row
/// in <paramref name="Values"/> (<paramref name="Dimensions"/> values each; a slice of a buffer its page shares).</summary>
public sealed record StoredVectors(string DocumentId, string ContentHash, int Dimensions, ReadOnlyMemory<float> Values)
{
    /// <summary>Gets the number of vectors.</summary>
    public int Count => Dimensions == 0 ? 0 : Values.Length / Dimensions;
}
