namespace FaultMaven.Core.Knowledge.Indexing;

/// <summary>How far the knowledge base's vectors are.</summary>
/// <param name="State"><c>off</c> (no embedder: search is lexical), <c>indexing</c> (chunks wait for vectors: search is lexical
/// until they have them), <c>ready</c> (search fuses words and meaning) or <c>failed</c> (the last embedding failed; retried).</param>
/// <param name="Model">The embedding model; null when off.</param>
/// <param name="Documents">Documents indexed.</param>
/// <param name="Chunks">Chunks indexed.</param>
/// <param name="ChunksWithVectors">Chunks that have their vector.</param>
/// <param name="DocumentsPending">Documents whose chunks wait for vectors.</param>
/// <param name="Search"><c>hybrid</c> when searches fuse meaning with words, else <c>lexical</c>.</param>
/// <param name="Error">Why the last embedding failed, when <paramref name="State"/> is <c>failed</c>.</param>
public sealed record SemanticIndexStatus(string State, string? Model, int Documents, int Chunks, int ChunksWithVectors, int DocumentsPending, string Search, string? Error = null);
