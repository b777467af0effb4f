namespace FaultMaven.Core.Knowledge.Chunking;

/// <summary>One piece of a document: where it is under the document's headings, its text and its place in the document.</summary>
/// <param name="HeadingPath">The headings above it, outermost first.</param>
/// <param name="Text">The text (with any overlap from the previous chunk).</param>
/// <param name="Start">Where its own text starts in the document.</param>
/// <param name="End">Where it ends (exclusive).</param>
public sealed record TextChunk(IReadOnlyList<string> HeadingPath, string Text, int Start, int End);
