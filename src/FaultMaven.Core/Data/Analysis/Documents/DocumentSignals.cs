namespace FaultMaven.Core.Data.Analysis;

/// <summary>What a JSON or YAML document says about health: its flattened fields, the ones that read as unhealthy, and the alert it
/// carries when it is one.</summary>
/// <param name="Format"><c>json</c> or <c>yaml</c> (or <c>text</c> for <c>Key: value</c> lines).</param>
/// <param name="Fields">How many scalars were read (at most <see cref="DocumentSignalReader.MaxFields"/>).</param>
/// <param name="Unhealthy">The fields whose key or value reads as unhealthy, in document order.</param>
/// <param name="Alert">The alert, when the document is an alert payload.</param>
/// <param name="Truncated">Whether the document was deeper or larger than the reader's limits (the rest was not read).</param>
public sealed record DocumentSignals(string Format, int Fields, IReadOnlyList<DocumentField> Unhealthy, AlertSummary? Alert, bool Truncated);
