namespace FaultMaven.Core.Common;

/// <summary>How far compressed input may expand before it is refused as a bomb: an absolute size, and past a floor, a ratio of
/// expanded to compressed bytes. Real logs and documents compress 5–50 ×; deflate bombs reach 1,000 × and more.</summary>
/// <param name="MaxBytes">The most bytes an input may expand to.</param>
/// <param name="MaxRatio">The largest expanded-to-compressed ratio, checked once <paramref name="RatioFloorBytes"/> have expanded.</param>
/// <param name="RatioFloorBytes">Below this many expanded bytes the ratio is not checked (a small file of repeated lines is not a bomb).</param>
public sealed record ExpansionLimit(long MaxBytes, double MaxRatio, long RatioFloorBytes = 16L << 20)
{
    /// <summary>The limit when none is configured: 1 GiB, 100 ×.</summary>
    public static ExpansionLimit Default { get; } = new(1L << 30, 100);

    /// <summary>No limit: for a user's own files read locally (<c>fm logs parse</c> on a rotated 5 GB log).</summary>
    public static ExpansionLimit None { get; } = new(long.MaxValue, double.PositiveInfinity);

    /// <summary>Throws when <paramref name="expanded"/> bytes from <paramref name="compressed"/> pass the limit.</summary>
    /// <exception cref="ExpansionLimitException">They do.</exception>
    public void Check(long expanded, long compressed, string what)
    {
        if (expanded > MaxBytes)
        {
            throw new ExpansionLimitException($"The {what} expands to more than {MaxBytes:N0} bytes; the limit is there to stop compression bombs.") { PastMaxBytes = true };
        }

        if (expanded >= RatioFloorBytes && expanded > MaxRatio * Math.Max(1, compressed))
        {
            throw new ExpansionLimitException(
                $"The {what} expands more than {MaxRatio:0} × ({expanded:N0} bytes from {compressed:N0} compressed); it is refused as a compression bomb.");
        }
    }
}

/// <summary>Compressed input expanded past its <see cref="ExpansionLimit"/>; nothing of it is kept.</summary>
public sealed class ExpansionLimitException(string message) : Exception(message)
{
    /// <summary>Gets whether the size limit was passed (rather than the ratio).</summary>
    public bool PastMaxBytes { get; init; }
}
