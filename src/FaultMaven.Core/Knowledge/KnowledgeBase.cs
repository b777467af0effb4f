using System.Text;
using FaultMaven.Core.Knowledge.Chunking;
using FaultMaven.Core.Knowledge.Search;
using Microsoft.Extensions.AI;

namespace FaultMaven.Core.Knowledge;

/// <summary>The searchable knowledge base in memory: documents cut into chunks along their structure and indexed for BM25F; a
/// document's score is its best passage plus a share of its second best, so one strong section or two good ones win.
/// Thread-safe. Persistence lives in a store that fills it at start.</summary>
/// <param name="chunking">How documents are cut.</param>
/// <param name="embeddings">When given, chunks and queries are also embedded and the two rankings fused (reciprocal rank).</param>
public sealed class KnowledgeBase(ChunkingOptions? chunking = null, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null) : IDisposable
{
    private const double SecondPassageShare = 0.3;
    private const int PassagesPerDocument = 3;
    private const int FusionDepth = 300;
    private const int RrfK = 60;
    private const int EmbeddingBatch = 64;
    private const int EmbeddedChars = 2000;
    private readonly VectorIndex _vectors = new();

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
    public int Upsert(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var chunks = MarkdownChunker.Chunk(document.Text, _chunking);
        _documents[document.Id] = (document, chunks);
        _index.Replace(chunks.Count == 0
            ? [new IndexedChunk($"{document.Id}#0", document.Id, document.Title, [], "")]
            : chunks.Select((c, i) => new IndexedChunk($"{document.Id}#{i}", document.Id, document.Title, c.HeadingPath, c.Text)).ToList());
        return chunks.Count;
    }

    /// <summary>Adds or replaces a document and, when an embedding provider is configured, its chunks' vectors.</summary>
    public async Task<int> UpsertAsync(KnowledgeDocument document, CancellationToken cancellationToken = default) =>
        (await UpsertAsync(document, null, cancellationToken)).Chunks;

    /// <summary>Gets what the chunk vectors depend on besides the text: the embedding model and the chunking; null without embeddings.</summary>
    public string? EmbeddingSignature => embeddings is null ? null
        : $"{embeddings.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "model"}|{_chunking.MaxChars}|{_chunking.OverlapChars}|{_chunking.MinChars}";

    /// <summary>Adds or replaces a document; with an embedding provider its chunk vectors are taken from <paramref name="known"/> when
    /// they fit (one per chunk) and computed otherwise. Returns the vectors when they were computed, so the caller can keep them.</summary>
    public async Task<(int Chunks, IReadOnlyList<ReadOnlyMemory<float>>? Computed)> UpsertAsync(KnowledgeDocument document, IReadOnlyList<ReadOnlyMemory<float>>? known, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var count = Upsert(document);
        if (embeddings is null)
        {
            return (count, null);
        }

        var (_, chunks) = _documents[document.Id];
        if (known is not null && known.Count == chunks.Count)
        {
            _vectors.Replace(document.Id, known.Select((v, i) => ($"{document.Id}#{i}", v)).ToList());
            return (count, null);
        }

        var texts = chunks.Select(c => Truncate($"{document.Title}\n{string.Join(" > ", c.HeadingPath)}\n{c.Text}")).ToList();
        var vectors = new List<(string, ReadOnlyMemory<float>)>(texts.Count);
        for (var i = 0; i < texts.Count; i += EmbeddingBatch)
        {
            var batch = await embeddings.GenerateAsync(texts.Skip(i).Take(EmbeddingBatch), cancellationToken: cancellationToken);
            vectors.AddRange(batch.Select((e, j) => ($"{document.Id}#{i + j}", e.Vector)));
        }

        _vectors.Replace(document.Id, vectors);
        return (count, vectors.Select(v => v.Item2).ToList());
    }

    /// <summary>Searches as <see cref="Search"/> does and, with an embedding provider, fuses the nearest chunks by meaning:
    /// each chunk scores 1/(60 + rank) in each ranking it appears in.</summary>
    public async Task<List<DocumentHit>> SearchAsync(string query, int limit = 10, KnowledgeFilter? filter = null, CancellationToken cancellationToken = default)
    {
        if (embeddings is null)
        {
            return Search(query, limit, filter);
        }

        ArgumentNullException.ThrowIfNull(query);
        var accept = Accept(filter);
        var lexical = _index.Search(query, FusionDepth, accept);
        var vector = (await embeddings.GenerateAsync([Truncate(query)], cancellationToken: cancellationToken))[0].Vector;
        var semantic = _vectors.Search(vector.Span, FusionDepth, accept);
        var fused = new Dictionary<string, ChunkHit>(StringComparer.Ordinal);
        foreach (var ranking in new[] { lexical, semantic })
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var hit = ranking[rank];
                var score = 1.0 / (RrfK + rank + 1);
                fused[hit.ChunkId] = fused.TryGetValue(hit.ChunkId, out var seen) ? seen with { Score = seen.Score + score } : hit with { Score = score };
            }
        }

        return Rank([.. fused.Values.OrderByDescending(h => h.Score)], query, limit);
    }

    private static string Truncate(string text) => text.Length <= EmbeddedChars ? text : text[..EmbeddedChars];

    /// <summary>Removes a document; false when there was none.</summary>
    public bool Remove(string documentId)
    {
        _index.Remove(documentId);
        _vectors.Remove(documentId);
        return _documents.TryRemove(documentId, out _);
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
    private List<DocumentHit> Rank(List<ChunkHit> hits, string query, int limit)
    {
        var terms = TechnicalTokenizer.Tokenize(query).ToHashSet(StringComparer.Ordinal);
        var matches = new Dictionary<string, bool>(StringComparer.Ordinal);
        return hits
            .GroupBy(h => h.DocumentId)
            .Select(g => (Id: g.Key, Hits: g.ToList(), Score: g.First().Score + SecondPassageShare * (g.Skip(1).FirstOrDefault()?.Score ?? 0)))
            .OrderByDescending(d => d.Score)
            .Where(d => _documents.ContainsKey(d.Id))
            .Take(limit)
            .Select(d =>
            {
                var (document, chunks) = _documents[d.Id];
                var passages = d.Hits.Take(PassagesPerDocument).Select(h =>
                {
                    var index = int.Parse(h.ChunkId.AsSpan(h.ChunkId.LastIndexOf('#') + 1), System.Globalization.CultureInfo.InvariantCulture);
                    var chunk = index < chunks.Count ? chunks[index] : new TextChunk([], "", 0, 0);
                    var (snippet, highlights) = Snippet(chunk.Text, terms, matches);
                    return new PassageHit(h.ChunkId, chunk.HeadingPath, snippet, chunk.Start, chunk.End, h.Score, highlights);
                }).ToList();
                return new DocumentHit(d.Id, document.Title, document.Kind, document.Source, d.Score, passages);
            })
            .ToList();
    }

    /// <inheritdoc/>
    public void Dispose() => _index.Dispose();

    /// <summary>About 300 characters around the densest run of matching words on one line, those words between « and », and where
    /// each marked word is in it.</summary>
    internal static (string Text, IReadOnlyList<SnippetRange> Highlights) Snippet(string text, IReadOnlySet<string> terms, Dictionary<string, bool> matches, int width = 300)
    {
        var words = new List<(int Start, int End, bool Match)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                i++;
            }

            // Words repeat across passages: each distinct word is tokenised once per search.
            var word = text[start..i];
            if (!matches.TryGetValue(word, out var match))
            {
                matches[word] = match = TechnicalTokenizer.Tokenize(word).Any(terms.Contains);
            }

            words.Add((start, i, match));
        }

        if (words.Count == 0)
        {
            return ("", []);
        }

        // The window of `width` characters holding the most matches.
        var (bestStart, bestCount, count, left) = (0, -1, 0, 0);
        for (var right = 0; right < words.Count; right++)
        {
            count += words[right].Match ? 1 : 0;
            while (words[right].End - words[left].Start > width)
            {
                count -= words[left].Match ? 1 : 0;
                left++;
            }

            if (count > bestCount)
            {
                (bestCount, bestStart) = (count, left);
            }
        }

        var from = words[bestStart].Start;
        var to = Math.Min(text.Length, from + width);
        var snippet = new StringBuilder(from > 0 ? "…" : "");
        var highlights = new List<SnippetRange>();
        var position = from;
        foreach (var word in words.Where(w => w.Match && w.Start >= from && w.End <= to))
        {
            AppendOnOneLine(snippet, text.AsSpan(position, word.Start - position));
            snippet.Append('«');
            highlights.Add(new SnippetRange(snippet.Length, word.End - word.Start));
            snippet.Append(text, word.Start, word.End - word.Start).Append('»');
            position = word.End;
        }

        AppendOnOneLine(snippet, text.AsSpan(position, to - position));
        return (snippet.Append(to < text.Length ? "…" : "").ToString(), highlights);
    }

    /// <summary>Appends text with each line break (<c>\r\n</c>, <c>\n</c>, <c>\r</c> and the others .NET knows) as one space, as
    /// it goes, so the highlights' offsets hold in the result.</summary>
    private static void AppendOnOneLine(StringBuilder snippet, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                snippet.Append(' ');
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                snippet.Append(c);
            }
        }
    }
}
