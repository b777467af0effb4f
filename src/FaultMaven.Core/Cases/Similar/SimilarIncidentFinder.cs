using System.Diagnostics;
using System.Diagnostics.Metrics;
using FaultMaven.Core.Common;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Knowledge.Search;
using FaultMaven.Core.Security;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Cases.Similar;

/// <summary>Finds the resolved cases most like a case, among those of its own team (another team's cases never take part), by words
/// (BM25F) and, with an embedder, by meaning, fused as knowledge search is. Resolved cases are read from the store when asked, so a
/// case resolved on any instance takes part at once. Their vectors are kept in memory and persisted (<see cref="ICaseVectorStore"/>)
/// under the case, its team, the hash of its text and the embedding model, so a restart, or another instance, reads them instead of
/// embedding every resolved case again, and a case re-resolved with another cause or fix, or a new model, is embedded anew.</summary>
public sealed partial class SimilarIncidentFinder(
    ICaseStore store, IOptions<KnowledgeOptions> options, ILogger<SimilarIncidentFinder> logger, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null,
    ICaseVectorStore? vectorStore = null)
{
    /// <summary>The most resolved cases compared per search (the newest).</summary>
    public const int MaxCandidates = 1000;

    /// <summary>The most cases one answer lists.</summary>
    public const int MaxResults = 10;

    // Vectors missing beyond this many are computed in the background; the search meanwhile goes by words.
    private const int EmbedInline = 16;

    // Below this cosine similarity a case that shares no words is not "similar": embeddings place everything somewhere.
    private const double MinSimilarity = 0.5;

    private static readonly Histogram<double> Duration = FaultMavenTelemetry.Meter.CreateHistogram<double>(
        "faultmaven.cases.similar.duration", "s", "Time to find the resolved cases like a case (embedding included).");

    // Text of the case description the vectors are computed from; raise it when IncidentText changes what it says.
    private const string TextVersion = "incident-text v1";

    private static readonly Counter<long> Vectors = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.cases.similar.vectors", description: "Resolved-case vectors a search needed that were not in memory, by source (store: read back; embedded: computed).");

    /// <summary>The most resolved-case vectors kept in memory (≈ 6 MB at 384 dimensions): several teams' searches' worth; the
    /// store keeps every one.</summary>
    internal const int MaxVectorsInMemory = 4 * MaxCandidates;

    private readonly CaseVectorCache _vectors = new(MaxVectorsInMemory);
    private string? _signature;
    private int _filling;

    /// <summary>Gets what a case's vector depends on besides its text: the embedding model, its dimensions and how a case is
    /// described; null without an embedder.</summary>
    public string? Signature => embeddings is null ? null : _signature ??= SignatureOf(embeddings);

    private static string SignatureOf(IEmbeddingGenerator<string, Embedding<float>> embedder)
    {
        var metadata = embedder.GetService<EmbeddingGeneratorMetadata>();
        return $"{metadata?.DefaultModelId ?? "model"}|{metadata?.DefaultModelDimensions}|{TextVersion}";
    }

    /// <summary>Finds up to <paramref name="limit"/> resolved cases like <paramref name="current"/> (itself excluded), most alike first.</summary>
    /// <param name="current">The case to find the like of.</param>
    /// <param name="question">What is asked now, when the case's own title does not say it all.</param>
    /// <param name="caller">What the caller may see besides (null: everything, as for the agent working on the case).</param>
    /// <param name="limit">How many, 1 to <see cref="MaxResults"/>.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public async Task<List<SimilarIncident>> FindAsync(Case current, string? question, OwnerScope? caller, int limit = 5, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("cases.similar");
        activity?.SetTag("faultmaven.case.id", current.Id);
        var started = Stopwatch.GetTimestamp();
        limit = Math.Clamp(limit, 1, MaxResults);

        var candidates = await CandidatesAsync(current, caller, cancellationToken);
        var results = candidates.Count == 0 ? [] : await RankAsync(current, question, candidates, limit, cancellationToken);

        activity?.SetTag("faultmaven.cases.similar.candidates", candidates.Count);
        activity?.SetTag("faultmaven.cases.similar.found", results.Count);
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        LogFound(current.Id, results.Count, candidates.Count);
        return results;
    }

    /// <summary>As <see cref="FindAsync"/>, for the case with this id (none when it is gone); for the agent, which works on the case
    /// and sees what its team sees.</summary>
    public async Task<List<SimilarIncident>> FindByIdAsync(string caseId, string? question, int limit = 5, CancellationToken cancellationToken = default) =>
        await store.GetAsync(caseId, cancellationToken) is { } current ? await FindAsync(current, question, null, limit, cancellationToken) : [];

    /// <summary>The team's resolved cases: in the case's own scope and, for a person asking, in theirs.</summary>
    private async Task<List<Case>> CandidatesAsync(Case current, OwnerScope? caller, CancellationToken cancellationToken)
    {
        // A case with neither owner nor team (from before authentication) is only an admin's, who may compare it with anything. A
        // team's case is compared with that team's cases alone, not its owner's in another team: the agent writes what it finds into
        // the case, which the whole team reads.
        var scope = current.Owner is null && current.Team is null ? null : new OwnerScope(current.Owner ?? "", current.Team);
        var candidates = new List<Case>();
        for (var offset = 0; offset < MaxCandidates; offset += PageRequest.MaxLimit)
        {
            var page = await store.ListAsync(CaseStatus.Resolved, null, scope, new PageRequest(offset, PageRequest.MaxLimit), cancellationToken);
            candidates.AddRange(page.Items.Where(c => c.Id != current.Id
                && (scope is null || (current.Team is { } team ? c.Team == team : scope.Includes(c.Owner, c.Team)))
                && (caller is null || caller.Includes(c.Owner, c.Team))));
            if (page.Items.Count < PageRequest.MaxLimit)
            {
                break;
            }
        }

        return candidates;
    }

    private async Task<List<SimilarIncident>> RankAsync(Case current, string? question, List<Case> candidates, int limit, CancellationToken cancellationToken)
    {
        var query = IncidentText.Query(current, question);
        var byId = candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var texts = candidates.ToDictionary(c => c.Id, IncidentText.Of, StringComparer.Ordinal);
        List<ChunkHit> lexical;
        using (var words = new LexicalIndex())
        {
            words.Replace(candidates.Select(c => new IndexedChunk(c.Id, c.Id, c.Title, [], texts[c.Id])).ToList());
            lexical = words.Search(query, candidates.Count);
        }

        var keys = candidates.Select(c => new CaseVectorKey(c.Id, c.Team, IncidentText.Hash(texts[c.Id]))).ToList();
        var similarity = await SimilaritiesAsync(query, keys, texts, cancellationToken);
        List<ChunkHit> fused = lexical;
        if (similarity is not null)
        {
            var semantic = similarity.Where(s => s.Value >= MinSimilarity).OrderByDescending(s => s.Value)
                .Select(s => new ChunkHit(s.Key, s.Key, s.Value)).ToList();
            fused = HybridFusion.Fuse(lexical, semantic, options.Value.Fusion);
        }

        return fused.Take(limit).Select(hit =>
        {
            var found = byId[hit.DocumentId];
            return new SimilarIncident(found.Id, found.Title, found.ClosedAt, IncidentText.RootCause(found), found.Investigation.Solution?.Steps ?? [],
                Math.Round(hit.Score, 4), similarity?.TryGetValue(found.Id, out var cosine) == true ? Math.Round(cosine, 4) : null);
        }).ToList();
    }

    /// <summary>Cosine similarity of the query to each case; null when there is no embedder, it failed, or too many cases wait for
    /// vectors (they are computed in the background and the next search has them).</summary>
    private async Task<Dictionary<string, double>?> SimilaritiesAsync(
        string query, List<CaseVectorKey> keys, Dictionary<string, string> texts, CancellationToken cancellationToken)
    {
        if (embeddings is null)
        {
            return null;
        }

        try
        {
            // This search's vectors are gathered here: the cache may drop some meanwhile (other teams' searches fill it too).
            var known = new Dictionary<string, float[]>(keys.Count, StringComparer.Ordinal);
            var missing = new List<CaseVectorKey>();
            foreach (var key in keys)
            {
                if (_vectors.TryGet(key, out var kept))
                {
                    known[key.CaseId] = kept;
                }
                else
                {
                    missing.Add(key);
                }
            }

            missing = await ReadKeptAsync(missing, known, cancellationToken);
            if (missing.Count > EmbedInline)
            {
                FillInBackground(missing, texts);
                return null;
            }

            await EmbedAsync(missing, texts, known, cancellationToken);
            var vector = Normalise((await embeddings.GenerateAsync([query], EmbeddingPurpose.ForQuery(), cancellationToken))[0].Vector.ToArray());
            return known.ToDictionary(k => k.Key, k => (double)Dot(vector, k.Value), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogEmbeddingFailed(ex);
            return null;
        }
    }

    /// <summary>Takes the vectors kept for <paramref name="missing"/> (same case, team, text and model) into memory and returns the
    /// keys that still have none. A store that cannot be read only means more embedding.</summary>
    private async Task<List<CaseVectorKey>> ReadKeptAsync(List<CaseVectorKey> missing, Dictionary<string, float[]> known, CancellationToken cancellationToken)
    {
        if (vectorStore is null || missing.Count == 0)
        {
            return missing;
        }

        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("cases.similar.vectors.read");
        var found = 0;
        try
        {
            foreach (var batch in missing.Chunk(ICaseVectorStore.MaxBatch))
            {
                var kept = await vectorStore.GetAsync(batch, Signature!, cancellationToken);
                foreach (var key in batch)
                {
                    // A vector of another length than the model's (a torn or foreign row) is not one to compare with.
                    if (kept.TryGetValue(key.CaseId, out var vector) && vector.Length > 0)
                    {
                        _vectors.Set(key, known[key.CaseId] = Normalise(vector));
                        found++;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogVectorStoreFailed(ex);
        }

        activity?.SetTag("faultmaven.cases.similar.vectors.read", found);
        Vectors.Add(found, new KeyValuePair<string, object?>("source", "store"));
        LogVectorsRead(found, missing.Count);
        return found == 0 ? missing : missing.Where(k => !known.ContainsKey(k.CaseId)).ToList();
    }

    private void FillInBackground(List<CaseVectorKey> missing, Dictionary<string, string> texts)
    {
        if (Interlocked.Exchange(ref _filling, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await EmbedAsync(missing, texts, null, CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogEmbeddingFailed(ex);
            }
            finally
            {
                Volatile.Write(ref _filling, 0);
            }
        });
    }

    /// <summary>Embeds the cases without vectors and keeps their vectors, in memory and in the store.</summary>
    private async Task EmbedAsync(List<CaseVectorKey> missing, Dictionary<string, string> texts, Dictionary<string, float[]>? known, CancellationToken cancellationToken)
    {
        foreach (var batch in missing.Chunk(32))
        {
            using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("cases.similar.vectors.embed");
            activity?.SetTag("faultmaven.cases.similar.vectors.embedded", batch.Length);
            var vectors = await embeddings!.GenerateAsync(batch.Select(k => texts[k.CaseId]), cancellationToken: cancellationToken);
            var computed = new List<CaseVector>(batch.Length);
            for (var i = 0; i < batch.Length; i++)
            {
                var vector = Normalise(vectors[i].Vector.ToArray());
                computed.Add(new CaseVector(batch[i], vector));
                _vectors.Set(batch[i], vector);
                if (known is not null)
                {
                    known[batch[i].CaseId] = vector;
                }
            }

            Vectors.Add(batch.Length, new KeyValuePair<string, object?>("source", "embedded"));
            if (vectorStore is not null)
            {
                try
                {
                    await vectorStore.SaveAsync(computed, Signature!, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Kept in memory all the same; only a restart would embed them again.
                    LogVectorStoreFailed(ex);
                }
            }
        }
    }

    private static float[] Normalise(float[] vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }

    private static float Dot(float[] a, float[] b)
    {
        if (a.Length != b.Length)
        {
            return 0;
        }

        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    [LoggerMessage(LogEvents.SimilarIncidentsFound, LogLevel.Debug, "Similar incidents of case {CaseId}: {Found} of {Candidates} resolved cases")]
    private partial void LogFound(string caseId, int found, int candidates);

    [LoggerMessage(LogEvents.SimilarIncidentsVectors, LogLevel.Debug, "Resolved-case vectors: {Found} of {Missing} not in memory read back from the store")]
    private partial void LogVectorsRead(int found, int missing);

    [LoggerMessage(LogEvents.SimilarIncidentsVectorStoreFailed, LogLevel.Warning, "Resolved-case vectors could not be read or kept; they are embedded again")]
    private partial void LogVectorStoreFailed(Exception exception);

    [LoggerMessage(LogEvents.SimilarIncidentsEmbeddingFailed, LogLevel.Warning, "Resolved cases could not be embedded; similar incidents are found by words")]
    private partial void LogEmbeddingFailed(Exception exception);
}
