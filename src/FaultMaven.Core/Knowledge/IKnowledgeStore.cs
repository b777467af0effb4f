using FaultMaven.Core.Common;

namespace FaultMaven.Core.Knowledge;

/// <summary>A document as kept: the document, the hash of its text, its format and when it came and changed.</summary>
public sealed record StoredDocument(KnowledgeDocument Document, string ContentHash, string Format, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>Where knowledge documents live: the source of truth the in-memory index is built from at start (SQLite embedded;
/// PostgreSQL shared by several instances later).</summary>
public interface IKnowledgeStore
{
    /// <summary>Adds or replaces a document.</summary>
    Task UpsertAsync(StoredDocument document, CancellationToken cancellationToken = default);

    /// <summary>Keeps a document's chunk vectors, for the content (<paramref name="contentHash"/>) and the embedding model and
    /// chunking (<paramref name="signature"/>) they were computed with.</summary>
    Task SaveVectorsAsync(string documentId, string contentHash, string signature, IReadOnlyList<ReadOnlyMemory<float>> vectors, CancellationToken cancellationToken = default);

    /// <summary>Gets a document's chunk vectors if they were computed for this content, model and chunking; else null.</summary>
    Task<IReadOnlyList<ReadOnlyMemory<float>>?> GetVectorsAsync(string documentId, string contentHash, string signature, CancellationToken cancellationToken = default);

    /// <summary>Reads back every document's vectors kept under <paramref name="signature"/>, in document id order, a page of a few
    /// hundred documents per query (a start-up reads 100k vectors in tens of queries, not one per document). Values that do not
    /// decode are left out.</summary>
    IAsyncEnumerable<StoredVectors> ReadVectorsAsync(string signature, CancellationToken cancellationToken = default);

    /// <summary>Gets a document; null when there is none.</summary>
    Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Gets the document whose text has this hash, if any.</summary>
    Task<StoredDocument?> FindByContentAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Lists documents, newest first: with a <paramref name="scope"/>, only documents of no owner and no team and those the
    /// scope includes (<see cref="KnowledgeDocument.IsVisibleTo"/>).</summary>
    Task<Page<StoredDocument>> ListAsync(PageRequest page, Security.OwnerScope? scope = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a document; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Reads every document, for building the index.</summary>
    IAsyncEnumerable<StoredDocument> ReadAllAsync(CancellationToken cancellationToken = default);
}
