namespace FaultMaven.Core.Common;

/// <summary>Which page of a list to return.</summary>
/// <param name="Offset">How many items to skip; zero or more.</param>
/// <param name="Limit">How many items to return at most; between 1 and <see cref="MaxLimit"/>.</param>
public readonly record struct PageRequest(int Offset, int Limit)
{
    /// <summary>The page size used when the caller gives none.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>Gets the first page with the default size.</summary>
    public static PageRequest First => new(0, DefaultLimit);
}
