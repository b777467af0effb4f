namespace FaultMaven.Core.Privacy;

/// <summary>A recognised span of private data: its type, its UTF-16 range in the text (end exclusive) and a confidence from 0 to 1.</summary>
/// <param name="Type">What the span holds.</param>
/// <param name="Start">The index of the first character.</param>
/// <param name="End">The index after the last character.</param>
/// <param name="Score">The confidence, from 0 to 1.</param>
public readonly record struct PiiEntity(PiiType Type, int Start, int End, double Score)
{
    /// <summary>Gets the number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>Gets whether this span shares a character with another.</summary>
    public bool Overlaps(PiiEntity other) => Start < other.End && other.Start < End;
}
