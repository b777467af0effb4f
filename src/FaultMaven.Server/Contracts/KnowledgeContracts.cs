using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Server.Contracts;

/// <summary>A document given as JSON.</summary>
/// <param name="Id">Its id; re-sending an id replaces that document. New when left out.</param>
/// <param name="Title">Its title (else its first heading).</param>
/// <param name="Text">Its text.</param>
/// <param name="Format">How to read <paramref name="Text"/>: markdown (default), text, html, json or yaml.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Kind">runbook (default), postmortem, faq or reference.</param>
/// <param name="Service">The service it is about.</param>
/// <param name="Tags">Free tags.</param>
public sealed record KnowledgeDocumentRequest(
    string? Id, string? Title, string? Text, string? Format, string? Source, DocumentKind? Kind, string? Service, IReadOnlyList<string>? Tags);

/// <summary>A stored document as the API shows it.</summary>
public sealed record KnowledgeDocumentResponse(
    string Id, string Title, DocumentKind Kind, string? Source, string? Service, IReadOnlyList<string> Tags, string Format, string ContentHash,
    int Characters, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Duplicate = false, int? Chunks = null, string? Text = null, string? ImportedBy = null)
{
    /// <summary>Maps a stored document.</summary>
    public static KnowledgeDocumentResponse From(StoredDocument stored, bool withText = false, bool duplicate = false, int? chunks = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var d = stored.Document;
        return new(d.Id, d.Title, d.Kind, d.Source, d.Service, d.Tags, stored.Format, stored.ContentHash, d.Text.Length, stored.CreatedAt, stored.UpdatedAt,
            duplicate, chunks, withText ? d.Text : null, d.ImportedBy);
    }
}

/// <summary>Search results.</summary>
/// <summary>Where a chunk lies in its document: character offsets of its own text (overlap excluded) and the lines they span, 1-based.</summary>
public sealed record KnowledgeChunkResponse(string Id, string DocumentId, int Index, IReadOnlyList<string> HeadingPath, int Start, int End, int FirstLine, int LastLine)
{
    /// <summary>Maps a chunk of a document's text.</summary>
    public static KnowledgeChunkResponse From(string documentId, int index, string text, FaultMaven.Core.Knowledge.Chunking.TextChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(chunk);
        var start = Math.Clamp(chunk.Start, 0, text.Length);
        var end = Math.Clamp(chunk.End, start, text.Length);
        var firstLine = text.AsSpan(0, start).Count('\n') + 1;
        // The last line is the one holding the chunk's last character (a chunk ending in a line break ends on that line).
        var lastLine = end > start ? text.AsSpan(0, end - 1).Count('\n') + 1 : firstLine;
        return new($"{documentId}#{index}", documentId, index, chunk.HeadingPath, start, end, firstLine, lastLine);
    }
}

/// <summary>A search's answer.</summary>
/// <param name="Query">The query.</param>
/// <param name="Results">The documents found, best first.</param>
/// <param name="Search"><c>hybrid</c> when the search fused meaning with words, <c>lexical</c> when it read words only (no embedder,
/// or chunks still waiting for vectors).</param>
/// <param name="ChunksWaiting">Chunks of the knowledge base still waiting for vectors; search turns hybrid once none does.</param>
public sealed record KnowledgeSearchResponse(string Query, IReadOnlyList<DocumentHit> Results, string Search = "lexical", int ChunksWaiting = 0);

/// <summary>One document's result in a bulk import: the stored document, or the error that kept it out.</summary>
/// <param name="Id">The id the document was sent with, if any.</param>
/// <param name="Title">The title it was sent with, if any.</param>
public sealed record KnowledgeBulkResult(string? Id, string? Title)
{
    /// <summary>Gets the stored document when the import succeeded.</summary>
    public KnowledgeDocumentResponse? Document { get; init; }

    /// <summary>Gets why the document was not imported.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the status the document alone would have been refused with (429 for the team's share of the embedding backlog,
    /// 503 for all teams', 413, 400…) when it was not imported.</summary>
    public int? Status { get; init; }

    /// <summary>Gets how many seconds to wait before sending a refused document again, when waiting is what it needs (a 429 or 503
    /// of the embedding backlog), as a single import's Retry-After says.</summary>
    public int? RetryAfterSeconds { get; init; }

    internal static KnowledgeBulkResult From(KnowledgeDocumentResponse document) => new(document.Id, document.Title) { Document = document };
}
