namespace FaultMaven.Core.Common;

/// <summary>One page of a longer, ordered list.</summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Total">How many items the whole list holds.</param>
/// <param name="Offset">How many items precede this page.</param>
/// <param name="Limit">The largest number of items a page may hold.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit)
{
    /// <summary>Gets a value indicating whether items follow this page.</summary>
    public bool HasMore => Offset + Items.Count < Total;
}
