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
    /// The most templates a miner creates (merged ones included). A log of endless one-off statements would otherwise grow
    /// memory with its size; past the cap, a message that would open a new template is counted against one
    /// <see cref="TemplateMiner.Unmined"/> template instead, while messages of the templates already found are mined as before.
    /// </summary>
    /// <value>50,000 (real logs hold hundreds to a few thousand).</value>
    public int MaxTemplates { get; init; } = 50_000;

    /// <summary>The most characters the created templates' words may hold together, so that long messages (up to a line's
    /// 64 K characters each) cannot reach gigabytes below <see cref="MaxTemplates"/>; past it, as past that cap.</summary>
    /// <value>16,777,216 (32 MB).</value>
    public int MaxTemplateCharacters { get; init; } = 1 << 24;

    /// <summary>
    /// How many different wordings a quoted or bracketed span must show, among templates that agree on every other word, before
    /// it is read as one multi-word value (see <see cref="TemplateMiner.Consolidate"/>).
    /// </summary>
    /// <value>2.</value>
    public int SpanFillers { get; init; } = 2;

    /// <summary>
    /// How many different labels (<c>users:</c>, <c>{"orders":</c>) one place must show, among templates that agree on every
    /// other word, before the words there are read as values (names before a colon, keys of a map) rather than labels that
    /// name different statements (see <see cref="TemplateMiner.Consolidate"/>).
    /// </summary>
    /// <value>5.</value>
    public int LabelValues { get; init; } = 5;
}
