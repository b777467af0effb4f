using FaultMaven.Core.Knowledge.Chunking;
using FaultMaven.Core.Knowledge.Search;
using Microsoft.Extensions.AI;

namespace FaultMaven.Core.Knowledge;

/// <summary>The searchable knowledge base in memory: documents cut into chunks along their structure and indexed for BM25F; a
/// document's score is its best passage plus a share of its second best, so one strong section or two good ones win.
/// Thread-safe. Persistence lives in a store that fills it at start. Below the first page, a fused search also covers the documents
/// nearest in meaning to the first page's best (<c>KnowledgeBase.Coverage.cs</c>).</summary>
/// <param name="chunking">How documents are cut.</param>
/// <param name="embeddings">When given, chunks (by <see cref="Indexing.SemanticIndexer"/>, in the background) and queries are also
/// embedded and the two rankings fused.</param>
/// <param name="fusion">How the lexical and the semantic rankings are fused.</param>
public sealed partial class KnowledgeBase(ChunkingOptions? chunking = null, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null, FusionOptions? fusion = null) : IDisposable
{
    private const double SecondPassageShare = 0.3;
    private const int PassagesPerDocument = 3;
    private const int FusionDepth = 300;
    private const int EmbeddedChars = 2000;
    private readonly VectorIndex _vectors = new();
    private readonly FusionOptions _fusion = fusion ?? new FusionOptions();
    private readonly Lock _vectorGate = new();
    // The documents waiting for vectors, with their chunk counts; their sum is kept beside them (under the vector gate).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _awaitingVectors = new(StringComparer.Ordinal);
    private int _chunksAwaiting;

    private readonly ChunkingOptions _chunking = chunking ?? new ChunkingOptions { MaxChars = 2000 };
    private readonly LexicalIndex _index = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (KnowledgeDocument Document, List<TextChunk> Chunks)> _documents = new(StringComparer.Ordinal);

    /// <summary>Gets the number of documents.</summary>
    public int DocumentCount => _documents.Count;

    /// <summary>Gets the ids of the documents indexed.</summary>
    public IEnumerable<string> DocumentIds => _documents.Keys;

    /// <summary>Gets the number of chunks.</summary>
    public int ChunkCount => _index.Count;

    /// <summary>Adds or replaces a document; its chunks change in one step, so a search sees the old or the new ones, never a mix.</summary>
    /// <returns>How many chunks the document has.</returns>
    public int Upsert(KnowledgeDocument document) => Upsert(document, null);

    /// <summary>Adds or replaces a document with the chunks <see cref="Cut"/> gave for its text (cut again when null).</summary>
    /// <returns>How many chunks the document has.</returns>
    public int Upsert(KnowledgeDocument document, List<TextChunk>? cut)
    {
        ArgumentNullException.ThrowIfNull(document);
        var chunks = cut ?? MarkdownChunker.Chunk(document.Text, _chunking);
        lock (_vectorGate)
        {
            // New text, new vectors: the old ones no longer match the chunks, and the document waits until the indexer embeds it.
            if (!_documents.TryGetValue(document.Id, out var previous) || !string.Equals(previous.Document.Text, document.Text, StringComparison.Ordinal))
            {
                _vectors.Remove(document.Id);
                RemoveDocumentVector(document.Id);
                StopAwaiting(document.Id);
                if (embeddings is not null && chunks.Count > 0)
                {
                    _awaitingVectors[document.Id] = chunks.Count;
                    _chunksAwaiting += chunks.Count;
                }
            }

            _documents[document.Id] = (document, chunks);
        }

        _index.Replace(chunks.Count == 0
            ? [new IndexedChunk($"{document.Id}#0", document.Id, document.Title, [], "")]
            : chunks.Select((c, i) => new IndexedChunk($"{document.Id}#{i}", document.Id, document.Title, c.HeadingPath, c.Text)).ToList());
        return chunks.Count;
    }

    /// <summary>Cuts a text into the chunks this index would keep for it, so that what a document would add is known before it is
    /// stored (<see cref="Upsert(KnowledgeDocument, List{TextChunk})"/> then takes them as they are).</summary>
    public List<TextChunk> Cut(string text) => MarkdownChunker.Chunk(text, _chunking);

    /// <summary>Gets the embedder chunks and queries are embedded with; null when search is lexical only.</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Embeddings => embeddings;

    /// <summary>Gets what the chunk vectors depend on besides the text: the embedding model and the chunking; null without embeddings.</summary>
    public string? EmbeddingSignature => embeddings is null ? null
        : $"{embeddings.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "model"}|{_chunking.MaxChars}|{_chunking.OverlapChars}|{_chunking.MinChars}";

    /// <summary>Gets the number of documents whose chunks still wait for vectors.</summary>
    public int DocumentsWithoutVectors => _awaitingVectors.Count;

    /// <summary>Gets the number of chunks that wait for vectors (0 without an embedder).</summary>
    public int ChunksWithoutVectors => Volatile.Read(ref _chunksAwaiting);

    /// <summary>Gets the number of chunks that have vectors.</summary>
    public int ChunksWithVectors => _vectors.Count;

    /// <summary>Gets whether searches fuse meaning with words: an embedder is configured and every chunk has its vector. Until then
    /// search is lexical, so a half-embedded knowledge base does not favour the documents embedded first.</summary>
    public bool SemanticReady => embeddings is not null && _awaitingVectors.IsEmpty;

    /// <summary>Gets the texts to embed for a document's chunks (title and headings before each passage, so a passage is read in
    /// its context); null when the document is not indexed with this text any more.</summary>
    public IReadOnlyList<string>? EmbeddingInputs(string documentId, string text)
    {
        if (!_documents.TryGetValue(documentId, out var entry) || !string.Equals(entry.Document.Text, text, StringComparison.Ordinal))
        {
            return null;
        }

        return entry.Chunks.Select(c => Truncate(EmbeddingInput(entry.Document.Title, c))).ToList();
    }

    /// <summary>The text a chunk is embedded as.</summary>
    internal static string EmbeddingInput(string title, TextChunk chunk) =>
        chunk.HeadingPath.Count == 0 ? $"{title}\n{chunk.Text}" : $"{title}\n{string.Join(" > ", chunk.HeadingPath)}\n{chunk.Text}";

    /// <summary>Gives a document's chunks their vectors, one per chunk, if the document is still indexed with <paramref name="text"/>;
    /// false (nothing changed) when it was replaced or removed meanwhile or the count does not fit.</summary>
    public bool SetVectors(string documentId, string text, IReadOnlyList<ReadOnlyMemory<float>> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        lock (_vectorGate)
        {
            if (!_documents.TryGetValue(documentId, out var entry) || !string.Equals(entry.Document.Text, text, StringComparison.Ordinal)
                || vectors.Count != entry.Chunks.Count)
            {
                return false;
            }

            _vectors.Replace(documentId, vectors);
            SetDocumentVector(documentId, vectors);
            StopAwaiting(documentId);
            return true;
        }
    }

    /// <summary>As <see cref="SetVectors(string, string, IReadOnlyList{ReadOnlyMemory{float}})"/>, for vectors given row after row in
    /// one span (<paramref name="dimensions"/> values each), as the store reads them back in bulk.</summary>
    public bool SetVectors(string documentId, string text, ReadOnlySpan<float> values, int dimensions)
    {
        lock (_vectorGate)
        {
            if (dimensions <= 0 || !_documents.TryGetValue(documentId, out var entry) || !string.Equals(entry.Document.Text, text, StringComparison.Ordinal)
                || values.Length != (long)entry.Chunks.Count * dimensions)
            {
                return false;
            }

            _vectors.Replace(documentId, values, dimensions);
            SetDocumentVector(documentId, values, dimensions);
            StopAwaiting(documentId);
            return true;
        }
    }

    // Under the vector gate.
    private void StopAwaiting(string documentId)
    {
        if (_awaitingVectors.TryRemove(documentId, out var chunks))
        {
            _chunksAwaiting -= chunks;
        }
    }

    /// <summary>Gets how many chunks a document is cut into; 0 when it is not indexed.</summary>
    public int ChunksOf(string documentId) => _documents.TryGetValue(documentId, out var entry) ? entry.Chunks.Count : 0;

    /// <summary>Gets whether a document's chunks have their vectors (or need none).</summary>
    public bool HasVectors(string documentId) => !_awaitingVectors.ContainsKey(documentId);

    /// <summary>Searches as <see cref="Search"/> does and, once every chunk has its vector, fuses the nearest chunks by meaning
    /// (<see cref="HybridFusion"/>). When the query cannot be embedded (the embedder is down) the search is lexical.</summary>
    public async Task<List<DocumentHit>> SearchAsync(string query, int limit = 10, KnowledgeFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!SemanticReady || _vectors.Count == 0)
        {
            return Search(query, limit, filter);
        }

        ReadOnlyMemory<float> vector;
        try
        {
            vector = (await embeddings!.GenerateAsync([Truncate(query)], EmbeddingPurpose.ForQuery(), cancellationToken))[0].Vector;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            QueryEmbeddingFailed?.Invoke(ex);
            return Search(query, limit, filter);
        }

        return SearchWithVector(query, vector.Span, limit, filter);
    }

    /// <summary>The fused search for a query already embedded (benchmarks time the search apart from the model).</summary>
    public List<DocumentHit> SearchWithVector(string query, ReadOnlySpan<float> vector, int limit = 10, KnowledgeFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var accept = Accept(filter);
        var lexical = _index.Search(query, FusionDepth, accept);
        var semantic = _vectors.Search(vector, FusionDepth, accept);
        var ranked = RankDocuments(HybridFusion.Fuse(lexical, semantic, _fusion));
        return Materialize(limit > FirstPage ? Cover(ranked, vector, accept) : ranked, query, limit);
    }

    /// <summary>Embeds <paramref name="query"/> as a search query when search fuses meaning with words (an embedder, and every chunk
    /// with its vector); null otherwise or when the embedder fails, so callers judge by words as a lexical search would.</summary>
    public async Task<ReadOnlyMemory<float>?> EmbedQueryAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!SemanticReady || _vectors.Count == 0)
        {
            return null;
        }

        try
        {
            return (await embeddings!.GenerateAsync([Truncate(query)], EmbeddingPurpose.ForQuery(), cancellationToken))[0].Vector;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            QueryEmbeddingFailed?.Invoke(ex);
            return null;
        }
    }

    /// <summary>The chunks nearest in meaning to an embedded query, nearest first, each scored by its cosine similarity to it;
    /// <paramref name="acceptDocument"/> filters by document id.</summary>
    public List<ChunkHit> Nearest(ReadOnlySpan<float> vector, int limit, Func<string, bool>? acceptDocument = null) =>
        _vectors.Search(vector, limit, acceptDocument);

    /// <summary>Called when a query could not be embedded and the search fell back to words alone.</summary>
    public Action<Exception>? QueryEmbeddingFailed { get; set; }

    private static string Truncate(string text) => text.Length <= EmbeddedChars ? text : text[..EmbeddedChars];

    /// <summary>Removes a document; false when there was none.</summary>
    public bool Remove(string documentId)
    {
        _index.Remove(documentId);
        lock (_vectorGate)
        {
            _vectors.Remove(documentId);
            RemoveDocumentVector(documentId);
            StopAwaiting(documentId);
            return _documents.TryRemove(documentId, out _);
        }
    }

    /// <summary>Gets chunk <paramref name="index"/> of <paramref name="document"/> as this index cuts it (the same cut whether or not
    /// the document is indexed yet), or null when it has fewer chunks.</summary>
    public TextChunk? Chunk(KnowledgeDocument document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        var chunks = _documents.TryGetValue(document.Id, out var entry) && string.Equals(entry.Document.Text, document.Text, StringComparison.Ordinal)
            ? entry.Chunks
            : MarkdownChunker.Chunk(document.Text, _chunking);
        return index >= 0 && index < chunks.Count ? chunks[index] : null;
    }

    /// <summary>Gets a document.</summary>
    public KnowledgeDocument? Get(string documentId) => _documents.TryGetValue(documentId, out var entry) ? entry.Document : null;

    /// <summary>Finds the documents that best answer <paramref name="query"/> (an alert, a log excerpt, a question), best first; lexical only.</summary>
    public List<DocumentHit> Search(string query, int limit = 10, KnowledgeFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Rank(_index.Search(query, Math.Max(200, limit * 30), Accept(filter)), query, limit);
    }

    private Func<string, bool>? Accept(KnowledgeFilter? filter) =>
        filter is null ? null : id => _documents.TryGetValue(id, out var entry) && filter.Accepts(entry.Document);

    /// <summary>Documents from chunk hits (best first): best passage plus a share of the second, with snippets.</summary>
    private List<DocumentHit> Rank(List<ChunkHit> hits, string query, int limit) => Materialize(RankDocuments(hits), query, limit);

    /// <summary>Documents from chunk hits, best first: best passage plus a share of the second.</summary>
    private List<RankedDocument> RankDocuments(List<ChunkHit> hits) =>
        hits
            .GroupBy(h => h.DocumentId)
            .Select(g => new RankedDocument(g.Key, g.ToList(), g.First().Score + SecondPassageShare * (g.Skip(1).FirstOrDefault()?.Score ?? 0)))
            .OrderByDescending(d => d.Score)
            .Where(d => _documents.ContainsKey(d.Id))
            .ToList();

    /// <summary>The first <paramref name="limit"/> documents with their best passages and snippets; a document without a passage
    /// that matched (one the coverage brought in) shows its first.</summary>
    private List<DocumentHit> Materialize(List<RankedDocument> ranked, string query, int limit)
    {
        var terms = TechnicalTokenizer.Tokenize(query).ToHashSet(StringComparer.Ordinal);
        var matches = new Dictionary<string, bool>(StringComparer.Ordinal);
        var result = new List<DocumentHit>(Math.Clamp(limit, 0, ranked.Count));
        foreach (var d in ranked)
        {
            if (result.Count >= limit)
            {
                break;
            }

            if (!_documents.TryGetValue(d.Id, out var entry))
            {
                continue;
            }

            var (document, chunks) = entry;
            var hits = d.Hits.Count > 0 ? d.Hits : [new ChunkHit($"{d.Id}#0", d.Id, d.Score)];
            var passages = hits.Take(PassagesPerDocument).Select(h =>
            {
                var index = int.Parse(h.ChunkId.AsSpan(h.ChunkId.LastIndexOf('#') + 1), System.Globalization.CultureInfo.InvariantCulture);
                var chunk = index < chunks.Count ? chunks[index] : new TextChunk([], "", 0, 0);
                var (snippet, highlights) = Snippet(chunk.Text, terms, matches);
                return new PassageHit(h.ChunkId, chunk.HeadingPath, snippet, chunk.Start, chunk.End, h.Score, highlights);
            }).ToList();
            result.Add(new DocumentHit(d.Id, document.Title, document.Kind, document.Source, d.Score, passages));
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _index.Dispose();
        _vectors.Dispose();
        _documentVectors.Dispose();
    }
}
