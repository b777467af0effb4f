using System.Security.Cryptography;
using System.Text;
using FaultMaven.Core.Common;
using FaultMaven.Core.Knowledge.Import;
using FaultMaven.Core.Knowledge.Search;
using FaultMaven.Core.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Knowledge;

/// <summary>What an importer says about a document besides its bytes.</summary>
/// <param name="Id">The id to use (re-importing with the same id replaces the document); new when null.</param>
/// <param name="Title">The title; the document's own (first heading, HTML or PDF title) or the file name when null.</param>
/// <param name="Source">Where it came from; the file name when null.</param>
/// <param name="Kind">Runbook, postmortem, FAQ or reference.</param>
/// <param name="Service">The service it is about.</param>
/// <param name="Tags">Free tags for filtering.</param>
public sealed record DocumentMetadata(string? Id = null, string? Title = null, string? Source = null, DocumentKind Kind = DocumentKind.Runbook, string? Service = null, IReadOnlyList<string>? Tags = null)
{
    /// <summary>Gets the owner of a document only its team may find (see <see cref="KnowledgeDocument.Owner"/>); null keeps a
    /// replaced document's, or makes a new one every team's.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets the team of a document only that team may find; see <see cref="Owner"/>.</summary>
    public string? Team { get; init; }

    /// <summary>Gets whether the document is every team's, even where the one it replaces was one team's.</summary>
    public bool EveryTeam { get; init; }
}

/// <summary>An imported document and whether the same text was already there.</summary>
public sealed record ImportResult(StoredDocument Document, bool Duplicate, int Chunks);

/// <summary>The knowledge base: imports documents (any supported format) into the store and the in-memory index, keeps the two in
/// step, refuses nothing silently: the same text twice is reported as a duplicate; re-importing an id replaces its chunks at once.</summary>
public sealed partial class KnowledgeService(
    IKnowledgeStore store, KnowledgeBase index, Indexing.SemanticIndexer vectors, IKnowledgeChanges changes, IOptions<DataOptions> limits, TimeProvider timeProvider,
    ILogger<KnowledgeService> logger)
{
    /// <summary>Builds the lexical index from the store (at start) and queues every document for its vectors, which the
    /// <see cref="Indexing.SemanticIndexer"/> reads back from the store or computes in the background.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken = default)
    {
        // Chunking and tokenising run on every core, a batch at a time; the index takes the results one by one.
        var started = timeProvider.GetTimestamp();
        var count = 0;
        var batch = new List<KnowledgeDocument>(1000);
        await foreach (var stored in store.ReadAllAsync(cancellationToken))
        {
            batch.Add(stored.Document);
            if (batch.Count == 1000)
            {
                count += IndexBatch(batch);
            }
        }

        count += IndexBatch(batch);

        LogLoaded(count, index.ChunkCount, timeProvider.GetElapsedTime(started).TotalMilliseconds);
        return count;
    }

    private int IndexBatch(List<KnowledgeDocument> batch)
    {
        Parallel.ForEach(batch, document => index.Upsert(document));
        foreach (var document in batch)
        {
            // Loaded with no caller: the chunks still waiting count against the share of whoever imported them, as before the restart.
            vectors.Enqueue(document);
        }

        var count = batch.Count;
        batch.Clear();
        return count;
    }

    /// <summary>Imports a file's bytes; the format comes from <paramref name="format"/> (an extension such as <c>.md</c>) or the file name.</summary>
    public async Task<Outcome<ImportResult>> ImportAsync(
        byte[] content, string? fileName, DocumentMetadata metadata, string? format = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        // Checked before anything is read or stored: an id that could not be read back or deleted is refused, not kept.
        if (metadata.Id is { } given && KnowledgeIds.Problem(given) is { } problem)
        {
            return new Failure(FailureKind.Invalid, problem + " Nothing was imported.");
        }

        ReadDocument read;
        using (var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            budget.CancelAfter(limits.Value.ProcessingTimeout);
            try
            {
                read = DocumentReader.Read(content, format is null ? fileName : "document" + format, budget.Token);
            }
            catch (DocumentReadException ex)
            {
                return new Failure(FailureKind.Unsupported, ex.Message);
            }
            catch (ExpansionLimitException ex)
            {
                return new Failure(FailureKind.TooLarge, $"{ex.Message} Nothing was imported.");
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return new Failure(FailureKind.TooCostly,
                    $"Reading the document took longer than {limits.Value.ProcessingTimeout:g} (FM_UPLOAD_TIMEOUT); nothing was imported.");
            }
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(read.Text)));
        // The same text imported again without an id is a duplicate; with an id it is an update (a new title, tags or kind).
        // Another team's document with the same text is not named back to this caller: the import makes a document of its own.
        if (metadata.Id is null && await store.FindByContentAsync(hash, cancellationToken) is { } existing && Visible(existing))
        {
            return new ImportResult(existing, Duplicate: true, 0);
        }

        var previous = metadata.Id is null ? null : await store.GetAsync(metadata.Id, cancellationToken);
        if (previous is not null && !Visible(previous))
        {
            return new Failure(FailureKind.Conflict, $"A document with id '{metadata.Id}' exists and belongs to another team; choose another id.");
        }
        var now = timeProvider.GetUtcNow();
        var document = new KnowledgeDocument
        {
            Id = metadata.Id ?? Ids.New("kb", timeProvider),
            // What is shown in lists, search results and citations is printable text, as case titles are (no escapes, no
            // bidirectional overrides); the document's text itself is kept as it came.
            Title = PrintableText.Of(metadata.Title ?? read.Title ?? (fileName is null ? "Untitled" : Path.GetFileNameWithoutExtension(fileName))).Trim() is { Length: > 0 } title ? title : "Untitled",
            Text = read.Text,
            Source = (metadata.Source ?? fileName) is { } source ? PrintableText.Of(source) : null,
            Kind = metadata.Kind,
            Service = metadata.Service,
            Tags = metadata.Tags ?? [],
            ImportedBy = Security.CallerContext.Caller is var caller && caller.Name == caller.Id ? caller.Id : $"{caller.Name} ({caller.Id})",
            BacklogShare = Indexing.SemanticIndexer.BacklogTeam(),
            Owner = metadata.EveryTeam ? null : metadata.Owner ?? previous?.Document.Owner,
            Team = metadata.EveryTeam ? null : metadata.Team ?? previous?.Document.Team,
        };
        // The chunks are cut before anything is stored, so that a document that would take its team past its share of the embedding
        // backlog is refused whole rather than refusing only the team's next import. A replacement of the same text needs no vectors.
        var cut = index.Cut(document.Text);
        if (!string.Equals(previous?.Document.Text, document.Text, StringComparison.Ordinal) && BacklogRefusal(vectors.Reserve(document.Id, cut.Count), cut.Count) is { } refused)
        {
            return refused;
        }

        var stored = new StoredDocument(document, hash, read.Format, previous?.CreatedAt ?? now, now);
        try
        {
            await store.UpsertAsync(stored, cancellationToken);
        }
        catch when (previous is null)
        {
            // Not stored (the client went away, the store failed): its reserved place must not count against the team's share.
            vectors.Forget(document.Id);
            throw;
        }
        var chunks = index.Upsert(document, cut);
        vectors.Enqueue(document.Id);

        await changes.PublishAsync(document.Id, cancellationToken);
        LogImported(document.Id, read.Format, chunks);
        return new ImportResult(stored, Duplicate: false, chunks);
    }

    /// <summary>Chunks waiting for vectors are bounded per team and in all (<see cref="Indexing.EmbeddingBacklog"/>): a document past
    /// a bound is refused before it is stored, with what to do about it.</summary>
    private Failure? BacklogRefusal(Indexing.BacklogReservation reservation, int chunks) => reservation switch
    {
        Indexing.BacklogReservation.LargerThanShare => new Failure(FailureKind.TooLarge,
            $"The document makes {chunks:N0} chunks, more than the {Indexing.EmbeddingBacklog.MaxChunksPerTeam:N0} one team may have waiting for vectors; "
                + "split it into smaller documents and import them one after another. Nothing was imported."),
        Indexing.BacklogReservation.PastTeamShare => Failure.RateLimited(
            $"The document makes {chunks:N0} chunks and {vectors.ChunksWaitingForCaller():N0} chunks your team imported still wait for vectors: together more than the "
                + $"{Indexing.EmbeddingBacklog.MaxChunksPerTeam:N0} one team may have waiting, so one team's imports cannot keep the embedder from the others'. "
                + "Nothing was imported; retry once some are embedded (GET /api/v1/knowledge/status).",
            BacklogRetryAfter),
        Indexing.BacklogReservation.PastAll => new Failure(FailureKind.Busy,
            $"The document makes {chunks:N0} chunks and {vectors.ImportBacklogInAll().ChunksWaiting:N0} chunks imported by all teams still wait for vectors: together more than the "
                + $"{Indexing.EmbeddingBacklog.MaxChunksInAll:N0} that may wait in all. Nothing was imported; retry once some are embedded (GET /api/v1/knowledge/status).")
        { RetryAfter = BacklogRetryAfter },
        _ => null,
    };

    /// <summary>What a document refused for the embedding backlog is told to wait: embedding takes a while, and a minute lets a share
    /// of the backlog drain rather than polling it.</summary>
    public static readonly TimeSpan BacklogRetryAfter = TimeSpan.FromSeconds(60);

    /// <summary>Adds (or replaces) the postmortem of a resolved or closed case; only the case's team (and its creator) find it.</summary>
    public Task<Outcome<ImportResult>> AddPostmortemAsync(Cases.Case resolved, string? report, CancellationToken cancellationToken = default) =>
        AddPostmortemAsync(resolved, report, everyTeam: false, cancellationToken);

    /// <summary>Adds (or replaces) the postmortem of a resolved or closed case. It is found only by the case's team (and its creator)
    /// unless <paramref name="everyTeam"/>, which the caller must be an admin to ask for.</summary>
    public async Task<Outcome<ImportResult>> AddPostmortemAsync(Cases.Case resolved, string? report, bool everyTeam, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        if (resolved.Status is not (Cases.CaseStatus.Resolved or Cases.CaseStatus.Closed))
        {
            return new Failure(FailureKind.Conflict, $"Case '{resolved.Id}' is {resolved.Status.ToString().ToLowerInvariant()}; a postmortem is written once it is resolved.");
        }

        var document = PostmortemWriter.Write(resolved, report);
        var caller = Security.CallerContext.Caller;
        if (everyTeam && !caller.IsAdmin)
        {
            return new Failure(FailureKind.Invalid, "Publishing a case's postmortem to every team's knowledge base needs an admin; without it, it is published to the case's team.");
        }

        // A case of no owner and no team (from before authentication) is for admins only; its postmortem is then the publisher's.
        var metadata = new DocumentMetadata(document.Id, document.Title, document.Source, document.Kind, document.Service, document.Tags)
        {
            Owner = everyTeam ? null : resolved.Owner ?? caller.Id,
            Team = everyTeam ? null : resolved.Team,
            EveryTeam = everyTeam,
        };

        return await ImportAsync(Encoding.UTF8.GetBytes(document.Text), null, metadata, ".md", cancellationToken);
    }

    /// <summary>Gets a document.</summary>
    public async Task<Outcome<StoredDocument>> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(id, cancellationToken) is { } found && Visible(found) ? found : Failure.NotFound("document", id);

    /// <summary>Gets where chunk <paramref name="chunk"/> of a document lies in its text, so a citation <c>kb:DOC#N</c> can be shown
    /// in place.</summary>
    public async Task<Outcome<(StoredDocument Document, Chunking.TextChunk Chunk)>> GetChunkAsync(string id, int chunk, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } found || !Visible(found))
        {
            return Failure.NotFound("document", id);
        }

        return index.Chunk(found.Document, chunk) is { } located ? (found, located) : Failure.NotFound("chunk", $"{id}#{chunk}");
    }

    /// <summary>Lists documents, newest first.</summary>
    public Task<Page<StoredDocument>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        store.ListAsync(page, Security.CallerContext.Caller.Scope, cancellationToken);

    /// <summary>Deletes a document and its chunks.</summary>
    public async Task<Outcome<bool>> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(id, cancellationToken) is { } found && !Visible(found))
        {
            return Failure.NotFound("document", id);
        }

        if (!await store.DeleteAsync(id, cancellationToken))
        {
            return Failure.NotFound("document", id);
        }

        index.Remove(id);
        vectors.Forget(id);
        await changes.PublishAsync(id, cancellationToken);
        return true;
    }

    /// <summary>Brings the index in step with the store for one document another instance changed (added, replaced or deleted), or
    /// for every document (<see cref="IKnowledgeChanges.Everything"/>).</summary>
    public async Task RefreshAsync(string documentId, CancellationToken cancellationToken = default)
    {
        using var activity = Diagnostics.FaultMavenTelemetry.ActivitySource.StartActivity("knowledge.refresh");
        activity?.SetTag("faultmaven.knowledge.document", documentId);
        RemoteChanges.Add(1);
        LogRefreshed(documentId);
        if (documentId == IKnowledgeChanges.Everything)
        {
            var stored = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var document in store.ReadAllAsync(cancellationToken))
            {
                stored.Add(document.Document.Id);
                await IndexAsync(document, cancellationToken);
            }

            foreach (var gone in index.DocumentIds.Where(id => !stored.Contains(id)).ToList())
            {
                index.Remove(gone);
            }

            return;
        }

        if (await store.GetAsync(documentId, cancellationToken) is { } found)
        {
            await IndexAsync(found, cancellationToken);
        }
        else
        {
            index.Remove(documentId);
        }
    }

    private Task IndexAsync(StoredDocument stored, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        index.Upsert(stored.Document);
        // A change from another instance: this instance's backlog counts it against the importer's share too.
        vectors.Enqueue(stored.Document);
        return Task.CompletedTask;
    }

    /// <summary>Gets how far the knowledge base's vectors are, and so whether search fuses meaning with words yet.</summary>
    public Indexing.SemanticIndexStatus Status() => vectors.Status();

    /// <summary>Gets how a search runs now: <c>hybrid</c> (meaning fused with words) or <c>lexical</c>, and how many chunks still wait
    /// for vectors (a search is lexical while any does, so a half-embedded base does not favour the documents embedded first).</summary>
    public (string Search, int ChunksWaiting) SearchMode() =>
        (index.SemanticReady && index.ChunksWithVectors > 0 ? "hybrid" : "lexical", index.Embeddings is null ? 0 : index.ChunksWithoutVectors);

    /// <summary>Gets whether the caller's team may import now, and how many of its chunks wait for vectors: a team with
    /// <see cref="Indexing.EmbeddingBacklog.MaxChunksPerTeam"/> or more waiting is asked to come back once they are embedded.</summary>
    public (bool Admitted, int ChunksWaiting) ImportBacklog() => (vectors.AdmitsImportForCaller(), vectors.ChunksWaitingForCaller());

    /// <summary>Whether the embedding backlog of all teams together admits another import, and how many chunks wait in all.</summary>
    public (bool Admitted, int ChunksWaiting) ImportBacklogInAll() => vectors.ImportBacklogInAll();

    /// <summary>The agent's <c>search_knowledge_base(query, filters)</c>: documents with their best passages, each passage citable by
    /// chunk id, title and heading path.</summary>
    public async Task<List<DocumentHit>> SearchAsync(string query, KnowledgeFilter? filter = null, int limit = 5, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var hits = await index.SearchAsync(query, limit, FilterForCaller(filter), cancellationToken);
        SearchDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return hits;
    }

    /// <summary>Embeds a query for <see cref="SearchEmbeddedAsync"/> and
    /// <see cref="Nearest"/>; null when search is lexical (no embedder, chunks still waiting for vectors, or the embedder failed).</summary>
    public Task<ReadOnlyMemory<float>?> EmbedQueryAsync(string query, CancellationToken cancellationToken = default) => index.EmbedQueryAsync(query, cancellationToken);

    /// <summary>The fused search for a query already embedded by <see cref="EmbedQueryAsync"/>.</summary>
    public Task<List<DocumentHit>> SearchEmbeddedAsync(string query, ReadOnlyMemory<float> vector, int limit = 5, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var hits = index.SearchWithVector(query, vector.Span, limit, FilterForCaller(null));
        SearchDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return Task.FromResult(hits);
    }

    /// <summary>The chunks nearest in meaning to a query embedded by <see cref="EmbedQueryAsync"/>, each with its cosine similarity;
    /// only those of the documents <paramref name="acceptDocument"/> accepts, when given.</summary>
    public List<ChunkHit> Nearest(ReadOnlyMemory<float> vector, int limit, Func<string, bool>? acceptDocument = null) =>
        index.Nearest(vector.Span, limit, AcceptForCaller(acceptDocument));

    // The target is under 100 ms at 10k documents: buckets from 1 ms to 2.5 s resolve it.
    private static readonly System.Diagnostics.Metrics.Histogram<double> SearchDuration = Diagnostics.FaultMavenTelemetry.Meter.CreateHistogram<double>(
        "faultmaven.knowledge.search.duration", "s", "Time to search the knowledge base (the API's search and the agent's tool alike).", tags: null,
        new System.Diagnostics.Metrics.InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });

    private static readonly System.Diagnostics.Metrics.Counter<long> RemoteChanges = Diagnostics.FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.knowledge.remote_changes", description: "Knowledge changes made on another instance and applied to this one's index ('*' = a full comparison).");

    [LoggerMessage(3202, LogLevel.Information, "Knowledge document {DocumentId} changed on another instance; bringing the index in step")]
    private partial void LogRefreshed(string documentId);

    [LoggerMessage(3200, LogLevel.Information, "Knowledge base loaded: {Documents} documents, {Chunks} chunks in {Milliseconds:0} ms")]
    private partial void LogLoaded(int documents, int chunks, double milliseconds);

    [LoggerMessage(3201, LogLevel.Information, "Knowledge document {DocumentId} imported ({Format}, {Chunks} chunks)")]
    private partial void LogImported(string documentId, string format, int chunks);
}
