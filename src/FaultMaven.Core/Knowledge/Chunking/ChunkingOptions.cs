namespace FaultMaven.Core.Knowledge.Chunking;

/// <summary>How documents are cut into chunks.</summary>
public sealed record ChunkingOptions
{
    /// <summary>Gets the target largest chunk, in characters; a code block longer than this stays whole.</summary>
    public int MaxChars { get; init; } = 1500;

    /// <summary>Gets how much of the end of one chunk of a long section is repeated at the start of the next, in characters.</summary>
    public int OverlapChars { get; init; } = 200;

    /// <summary>Gets the size below which a section is merged into the next one.</summary>
    public int MinChars { get; init; } = 150;
}
