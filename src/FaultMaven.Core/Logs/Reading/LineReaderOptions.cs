namespace FaultMaven.Core.Logs.Reading;

/// <summary>Limits of the <see cref="LineReader"/>.</summary>
public sealed class LineReaderOptions
{
    /// <summary>Characters kept of one line; the rest of an over-long line is skipped (and counted).</summary>
    /// <value>65,536.</value>
    public int MaxLineLength { get; init; } = 64 * 1024;
}
