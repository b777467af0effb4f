namespace FaultMaven.Core.Logs.Templates;

/// <summary>Settings of the <see cref="TemplateMiner"/>; one set serves every log.</summary>
public sealed class TemplateMinerOptions
{
    /// <summary>The share of positions that must agree for a message to join an existing template.</summary>
    /// <value>0.5.</value>
    public double SimilarityThreshold { get; init; } = 0.5;

    /// <summary>How many distinct values one word of a template must show before it becomes a variable.</summary>
    /// <value>3.</value>
    public int VariantsToGeneralize { get; init; } = 3;

    /// <summary>How many distinct masked messages are remembered for the fast path before the memo is reset.</summary>
    /// <value>131,072.</value>
    public int MemoSize { get; init; } = 1 << 17;

    /// <summary>
    /// How many different wordings a quoted or bracketed span must show, among templates that agree on every other word, before
    /// it is read as one multi-word value (see <see cref="TemplateMiner.Consolidate"/>).
    /// </summary>
    /// <value>2.</value>
    public int SpanFillers { get; init; } = 2;
}
