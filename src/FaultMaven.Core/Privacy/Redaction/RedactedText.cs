namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>A text after redaction, with the report of what was replaced (what types, how many, where).</summary>
/// <param name="Text">The redacted text.</param>
/// <param name="Redactions">Every replacement, in order; values kept by policy are not listed.</param>
public sealed record RedactedText(string Text, IReadOnlyList<Redaction> Redactions)
{
    /// <summary>Gets how many values of each type were replaced.</summary>
    public IReadOnlyDictionary<string, int> CountsByType =>
        Redactions.GroupBy(r => r.Type).OrderBy(g => g.Key).ToDictionary(g => g.Key.Label(), g => g.Count());
}
