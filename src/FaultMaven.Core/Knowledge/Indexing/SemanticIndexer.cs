using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Knowledge.Indexing;

/// <summary>Gives the knowledge base's chunks their vectors in the background, one document at a time: vectors kept in the store
/// for the same text, model and chunking are reused (a restart embeds nothing again, and resumes where it stopped), the others are
/// computed and kept. Imports return at once; search stays lexical until every chunk has its vector. Teams take turns a batch at a
/// time (<see cref="EmbeddingBacklog"/>), so one team's large import does not hold the embedder until it is done.</summary>
public sealed partial class SemanticIndexer(KnowledgeBase index, IKnowledgeStore store, TimeProvider timeProvider, ILogger<SemanticIndexer> logger) : BackgroundService
{
    /// <summary>Chunks handed to the embedder at once; progress is counted per batch.</summary>
    internal const int Batch = 32;

    // Embedding (and loading the model the first time) is work a request never waits for: a document waits this long after it
    // was queued, so the import, its propagation to other instances and the next imports of a batch are served first.
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LastRetry = TimeSpan.FromMinutes(5);

    private static readonly Counter<long> Embedded = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.knowledge.chunks_embedded", description: "Knowledge chunks embedded by the background indexer (reused stored vectors not counted).");

    private static readonly Counter<long> Restored = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.knowledge.chunks_restored", description: "Knowledge chunk vectors read back from the store in bulk at start (no model run).");

    private static readonly Histogram<double> RestoreDuration = FaultMavenTelemetry.Meter.CreateHistogram<double>(
        "faultmaven.knowledge.vectors.restore.duration", "s", "Time to read every stored chunk vector back into the index at start.");

    private static readonly Histogram<double> DocumentDuration = FaultMavenTelemetry.Meter.CreateHistogram<double>(
        "faultmaven.knowledge.embedding.duration", "s", "Time to give one document's chunks their vectors (embedded or read from the store).");

    private readonly EmbeddingBacklog _backlog = new();
    // Documents part embedded, touched by the indexer's loop only: a large one is served a batch per turn between the teams.
    private readonly Dictionary<string, EmbeddingJob> _jobs = new(StringComparer.Ordinal);
    private volatile string? _error;
    private int _chunksInFlight;
    private readonly TaskCompletionSource _storedVectorsRead = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the vectors the store keeps have been read back at start (at once without an embedder, and also when
    /// reading fails or the host stops). Embedding what has no stored vector may take minutes more and is not part of it.</summary>
    public Task StoredVectorsRead => _storedVectorsRead.Task;

    /// <summary>Asks for a document's vectors, for the text it is indexed with when its turn comes; a no-op without an embedder.
    /// The document waits in the line of the caller's team (<see cref="BacklogTeam"/>).</summary>
    public void Enqueue(string documentId)
    {
        // A document queued twice before its turn is embedded once, for its latest text.
        if (index.Embeddings is not null)
        {
            _backlog.Add(documentId, BacklogTeam(), index.ChunksOf(documentId), timeProvider.GetTimestamp());
        }
    }

    /// <summary>Asks for a stored document's vectors in the line of whoever imported it (<see cref="BacklogTeamOf"/>), not the
    /// caller's: for work no import request started (the knowledge base loaded at start, changes from other instances).</summary>
    public void Enqueue(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (index.Embeddings is not null)
        {
            _backlog.Add(document.Id, BacklogTeamOf(document), index.ChunksOf(document.Id), timeProvider.GetTimestamp());
        }
    }

    /// <summary>Takes the place of a document of <paramref name="chunks"/> chunks in the caller's team's line before it is stored, or
    /// says which bound it would pass (<see cref="EmbeddingBacklog.TryReserve"/>); always reserved without an embedder. A document
    /// reserved and then not stored (the store failed) is dropped by the indexer when its turn comes, as a deleted one is.</summary>
    public BacklogReservation Reserve(string documentId, int chunks) =>
        index.Embeddings is null ? BacklogReservation.Reserved : _backlog.TryReserve(documentId, BacklogTeam(), chunks, timeProvider.GetTimestamp());

    /// <summary>Stops counting a document that no longer needs vectors (deleted, or reserved and never stored) against its team's
    /// share at once, not only when the indexer drops it in its turn (which waits while the embedder is down).</summary>
    public void Forget(string documentId) => _backlog.Release(documentId);

    /// <summary>Gets how many chunks the caller's team has waiting for vectors.</summary>
    public int ChunksWaitingForCaller() => _backlog.ChunksWaiting(BacklogTeam());

    /// <summary>Gets whether the caller's team may import more now: false while it has <see cref="EmbeddingBacklog.MaxChunksPerTeam"/>
    /// chunks waiting for vectors (how many a document adds is bounded once it is cut: <see cref="Reserve"/>).</summary>
    public bool AdmitsImportForCaller() => index.Embeddings is null || _backlog.Admits(BacklogTeam());

    /// <summary>Gets whether the backlog of all teams together admits another import (see <see cref="EmbeddingBacklog.MaxChunksInAll"/>),
    /// and how many chunks wait in all.</summary>
    public (bool Admitted, int ChunksWaiting) ImportBacklogInAll() =>
        (index.Embeddings is null || _backlog.AdmitsInAll(), _backlog.ChunksWaitingInAll);

    /// <summary>Whose line a document waits in: the caller's team, the caller alone without one, and one line for the work of no
    /// caller (the knowledge base loaded at start, changes from other instances).</summary>
    internal static string BacklogTeam() => Security.CallerContext.Caller is { } caller ? caller.Team ?? "caller:" + caller.Id : "";

    /// <summary>Whose line a stored document waits in: the share it was imported in; for a document from before that was kept, its
    /// team, else its importer alone (the id in <see cref="KnowledgeDocument.ImportedBy"/>, "name (id)" or "id"), else the line of
    /// no caller.</summary>
    internal static string BacklogTeamOf(KnowledgeDocument document) =>
        document.BacklogShare ?? document.Team ?? (ImporterId(document.ImportedBy) is { Length: > 0 } id ? "caller:" + id : "");

    private static string? ImporterId(string? importedBy) =>
        importedBy is { Length: > 0 } && importedBy[^1] == ')' && importedBy.LastIndexOf(" (", StringComparison.Ordinal) is var open and >= 0
            ? importedBy[(open + 2)..^1]
            : importedBy;

    /// <inheritdoc/>
    public override void Dispose()
    {
        base.Dispose();
        _backlog.Dispose();
    }

    /// <summary>Gets how far the vectors are.</summary>
    public SemanticIndexStatus Status()
    {
        var pending = index.DocumentsWithoutVectors;
        var state = index.Embeddings is null ? "off" : _error is not null ? "failed" : pending > 0 ? "indexing" : "ready";
        return new SemanticIndexStatus(state, index.Embeddings?.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId, index.DocumentCount, index.ChunkCount,
            index.ChunksWithVectors + Volatile.Read(ref _chunksInFlight), pending, index.SemanticReady && index.ChunksWithVectors > 0 ? "hybrid" : "lexical",
            state == "failed" ? _error : null);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (index.Embeddings is null)
        {
            _storedVectorsRead.TrySetResult();
            return;
        }

        try
        {
            await RestoreStoredVectorsAsync(stoppingToken);
        }
        finally
        {
            _storedVectorsRead.TrySetResult();
        }

        var wasReady = true;
        var delay = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            var (documentId, queuedAt) = await _backlog.NextAsync(stoppingToken);
            if (!_jobs.ContainsKey(documentId) && timeProvider.GetElapsedTime(queuedAt) is var waited && waited < QuietPeriod && !index.HasVectors(documentId))
            {
                await Task.Delay(QuietPeriod - waited, timeProvider, stoppingToken);
            }

            try
            {
                if (await StepAsync(documentId, stoppingToken))
                {
                    _backlog.Done(documentId);
                }

                delay = FirstRetry;
            }
            // Whatever fails (the embedder down, the store unreachable), the indexer lives on and tries again later; the document
            // keeps its place and what it has embedded so far.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                _error = ex.Message;
                LogFailed(documentId, delay.TotalSeconds, ex);
                await Task.Delay(delay, timeProvider, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LastRetry.Ticks));
                continue;
            }

            if (_backlog.Count == 0 && index.SemanticReady)
            {
                if (!wasReady || _error is not null)
                {
                    LogReady(index.ChunksWithVectors, Status().Model);
                }

                wasReady = true;
            }
            else
            {
                wasReady = false;
            }
        }
    }

    /// <summary>Gives every document waiting for vectors the ones the store keeps for its text, model and chunking, read a page of
    /// documents per query and unpacked straight into the index (at start: the knowledge base was just loaded and every document
    /// queued). What this leaves — no stored vectors, another text, a failure — the queue then does one document at a time.</summary>
    private async Task RestoreStoredVectorsAsync(CancellationToken cancellationToken)
    {
        if (index.DocumentsWithoutVectors == 0 || index.EmbeddingSignature is not { } signature)
        {
            return;
        }

        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("knowledge.vectors.restore");
        var started = Stopwatch.GetTimestamp();
        var (documents, chunks) = (0, 0);
        try
        {
            await foreach (var stored in store.ReadVectorsAsync(signature, cancellationToken))
            {
                if (index.HasVectors(stored.DocumentId) || index.Get(stored.DocumentId) is not { } document
                    || !string.Equals(ContentHash(document.Text), stored.ContentHash, StringComparison.Ordinal))
                {
                    continue;
                }

                try
                {
                    if (index.SetVectors(stored.DocumentId, document.Text, stored.Values.Span, stored.Dimensions))
                    {
                        documents++;
                        chunks += stored.Count;
                    }
                }
                catch (ArgumentException)
                {
                    // Vectors of another dimension than the index's: the document is embedded again when its turn comes.
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            LogRestoreFailed(documents, ex);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        activity?.SetTag("faultmaven.knowledge.documents", documents);
        activity?.SetTag("faultmaven.knowledge.chunks", chunks);
        Restored.Add(chunks);
        RestoreDuration.Record(seconds);
        LogRestored(documents, chunks, seconds * 1000, index.DocumentsWithoutVectors);
    }

    /// <summary>The store keys vectors by the hash of the text they were computed from, as it keys documents.</summary>
    private static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Serves one turn of a document: the vectors the store keeps for its text, or one batch of its chunks embedded. True
    /// when the document is done (it has its vectors, or was replaced or removed and needs these no more).</summary>
    private async Task<bool> StepAsync(string documentId, CancellationToken cancellationToken)
    {
        _jobs.TryGetValue(documentId, out var job);
        if (index.HasVectors(documentId) || index.Get(documentId) is not { } document || index.EmbeddingSignature is not { } signature
            || (job is not null && !ReferenceEquals(job.Text, document.Text) && !string.Equals(job.Text, document.Text, StringComparison.Ordinal)))
        {
            Drop(documentId);
            // A document replaced meanwhile was queued again for its new text; it starts over.
            return job is null || index.HasVectors(documentId) || index.Get(documentId) is null || index.EmbeddingSignature is null;
        }

        if (job is null)
        {
            var contentHash = ContentHash(document.Text);
            var known = await store.GetVectorsAsync(documentId, contentHash, signature, cancellationToken);
            if (known is not null && index.SetVectors(documentId, document.Text, known))
            {
                return true;
            }

            if (index.EmbeddingInputs(documentId, document.Text) is not { } inputs)
            {
                return true;
            }

            _jobs[documentId] = job = new EmbeddingJob(document.Text, contentHash, signature, inputs, timeProvider.GetTimestamp());
        }

        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("knowledge.embed");
        activity?.SetTag("faultmaven.knowledge.document", documentId);
        var batch = await index.Embeddings!.GenerateAsync(job.Inputs.Skip(job.Vectors.Count).Take(Batch), cancellationToken: cancellationToken);
        job.Vectors.AddRange(batch.Select(e => e.Vector));
        Interlocked.Add(ref _chunksInFlight, batch.Count);
        Embedded.Add(batch.Count);
        activity?.SetTag("faultmaven.knowledge.chunks", batch.Count);
        if (job.Vectors.Count < job.Inputs.Count)
        {
            return false;
        }

        _error = null;
        Drop(documentId);
        if (index.SetVectors(documentId, job.Text, job.Vectors))
        {
            await store.SaveVectorsAsync(documentId, job.ContentHash, job.Signature, job.Vectors, cancellationToken);
        }

        DocumentDuration.Record(timeProvider.GetElapsedTime(job.Started).TotalSeconds);
        return true;
    }

    private void Drop(string documentId)
    {
        if (_jobs.Remove(documentId, out var job))
        {
            Interlocked.Add(ref _chunksInFlight, -job.Vectors.Count);
        }
    }

    /// <summary>A document being embedded a batch at a time: the text and inputs it was started for and the vectors so far.</summary>
    private sealed record EmbeddingJob(string Text, string ContentHash, string Signature, IReadOnlyList<string> Inputs, long Started)
    {
        public List<ReadOnlyMemory<float>> Vectors { get; } = new(Inputs.Count);
    }

    [LoggerMessage(LogEvents.SemanticIndexingFailed, LogLevel.Warning, "Embedding knowledge document {DocumentId} failed; retrying in {Seconds:0} s (search stays lexical meanwhile)")]
    private partial void LogFailed(string documentId, double seconds, Exception exception);

    [LoggerMessage(LogEvents.SemanticVectorsRestored, LogLevel.Information, "Stored vectors read back for {Documents} knowledge documents ({Chunks} chunks) in {Milliseconds:0} ms; {Pending} documents left to the indexer")]
    private partial void LogRestored(int documents, int chunks, double milliseconds, int pending);

    [LoggerMessage(LogEvents.SemanticVectorsRestoreFailed, LogLevel.Warning, "Reading stored vectors back stopped after {Documents} documents; the indexer reads or embeds the rest one document at a time")]
    private partial void LogRestoreFailed(int documents, Exception exception);

    [LoggerMessage(LogEvents.SemanticIndexReady, LogLevel.Information, "Knowledge base vectors ready: {Chunks} chunks embedded with {Model}; search fuses meaning with words")]
    private partial void LogReady(int chunks, string? model);
}
