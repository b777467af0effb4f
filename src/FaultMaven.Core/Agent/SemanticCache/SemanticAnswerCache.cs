using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Agent.SemanticCache;

/// <summary>
/// Gives a team a model answer again when a question alike in meaning is asked on the same evidence, in this case or another. It
/// sits around the investigation (<see cref="Model.LlmInvestigator"/>), not in the chat pipeline, because only there are the
/// question and the evidence known apart from the ids that name them: a model request names the case, its uploads and the turns so
/// far, so a cache inside the pipeline could only ever meet the same case in the same state. Here one entry is one whole turn (every
/// round of the tool loop), its bucket is a hash of what decides the answer but not of any id — the team, the model, the request's
/// shape, each upload's name and redacted text, the conversation and state so far with ids replaced by content labels — and within
/// a bucket the question's embedding must be at least <see cref="SemanticCacheOptions.Threshold"/> alike. Answers are kept redacted
/// with their citations labelled (<see cref="EvidenceLabels"/>); a hit gets the asking case's ids and pseudonyms back, and one whose
/// labels name evidence the case lacks is a miss, and so is one whose question has other numbers, ids or negations
/// (<see cref="QuestionLiterals"/>). Off unless the <c>semantic-cache</c> flag is on and an embedder is configured.
/// </summary>
public sealed partial class SemanticAnswerCache(
    ISemanticAnswerStore store, IFeatureFlags flags, IOptions<SemanticCacheOptions> options, Redactor redactor, IPseudonymScopes pseudonyms,
    TimeProvider timeProvider, ILogger<SemanticAnswerCache> logger, string modelSignature, IEmbeddingGenerator<string, Embedding<float>>? embedder = null)
{
    private static readonly Counter<long> Lookups = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.semantic_cache.lookups", description: "Turns looked up in the semantic cache of model answers, by outcome (hit, miss, error: evidence, embedder or store unavailable).");

    // Labels of uploads already read (an upload's text never changes); cleared when full rather than tracked by age.
    private const int MaxKnownLabels = 20_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _knownLabels = new(StringComparer.Ordinal);

    private static readonly Counter<long> Stored = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.semantic_cache.stored", description: "Model answers stored in the semantic cache, by outcome (stored, skipped).");

    /// <summary>Says whether the cache answers and why not when it does not, for <c>/health/ready</c>.</summary>
    /// <param name="liveSources">The live sources the model is offered now (<see cref="Tools.LiveSourceTools.OfferedAsync"/>): while
    /// there are any, turns read them and the cache is not used.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public async Task<string> DescribeAsync(IReadOnlyList<string> liveSources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(liveSources);
        if (!await flags.IsEnabledAsync(FeatureFlags.SemanticCache, cancellationToken))
        {
            return "off: the semantic-cache flag is off (FM_FEATURES=semantic-cache:on turns it on)";
        }

        if (embedder is null)
        {
            return "off: embeddings are off (FM_EMBEDDINGS=off), so questions cannot be compared by meaning";
        }

        return liveSources.Count > 0
            ? $"unused while live sources are configured ({string.Join(", ", liveSources)}): the model reads them during a turn, and such an answer is of its moment"
            : $"on: answers given again for questions at least {options.Value.Threshold:0.###} alike on the same evidence, kept {options.Value.Ttl}";
    }

    /// <summary>Looks the turn up; null when the cache does not apply (flag off, no embedder, no team scope, evidence unreadable).</summary>
    /// <param name="request">The turn.</param>
    /// <param name="requestShape">What the model is asked besides the case: system prompt, tools, output schema.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public async Task<SemanticLookup?> LookupAsync(InvestigationRequest request, string requestShape, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (embedder is null || request.CacheScope is not { Length: > 0 } scope || !await flags.IsEnabledAsync(FeatureFlags.SemanticCache, cancellationToken))
        {
            return null;
        }

        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("agent.semantic_cache.lookup");
        EvidenceLabels labels;
        string bucket;
        float[] question;
        IReadOnlyList<CachedAnswer> entries;
        try
        {
            if (_knownLabels.Count > MaxKnownLabels)
            {
                _knownLabels.Clear();
            }

            labels = await EvidenceLabels.CreateAsync(request.CaseId, request.Evidence, _knownLabels, cancellationToken);
            question = Normalized((await embedder.GenerateAsync([request.Question], cancellationToken: cancellationToken))[0].Vector.Span);
            bucket = Bucket(scope, requestShape, request, labels);
            entries = await store.ListAsync(scope, bucket, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The cache only saves a model call: when it cannot look (evidence unreadable, embedder or store down), the model is
            // asked. Counted as an error, not a miss, so an outage does not pass for questions that are simply new.
            Log.LookupFailed(logger, ex, request.CaseId);
            Lookups.Add(1, new KeyValuePair<string, object?>("outcome", "error"));
            activity?.SetTag("faultmaven.semantic_cache.outcome", "error");
            return null;
        }

        // Alike in meaning is not enough: the questions' numbers, ids and negations must be the same (QuestionLiterals).
        var literals = QuestionLiterals.Of(request.Question);
        var (best, similarity) = entries.Where(e => e.Question.Length == question.Length && e.Literals == literals)
            .Select(e => (Entry: e, Similarity: Dot(e.Question, question)))
            .DefaultIfEmpty()
            .MaxBy(e => e.Similarity);
        SemanticHit? hit = null;
        var outcome = "miss";
        // The same question's embedding is alike to itself within float rounding, so a threshold of 1 still meets it.
        if (best is not null && similarity >= options.Value.Threshold - 1e-6)
        {
            if (labels.FromLabels(best.Answer) is { } mapped)
            {
                // Given in pseudonymised form, as the investigator asks the pipeline for a model's answer: what is stored of an
                // answer never holds the values its tokens stand for.
                hit = new SemanticHit(mapped, best.Engine, Math.Round(similarity, 4), best.StoredAt, best.AskedText);
                outcome = "hit";
            }
            else
            {
                outcome = "miss";
                Log.Unmapped(logger, request.CaseId);
            }
        }

        Lookups.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        activity?.SetTag("faultmaven.semantic_cache.outcome", outcome);
        activity?.SetTag("faultmaven.semantic_cache.candidates", entries.Count);
        activity?.SetTag("faultmaven.semantic_cache.similarity", best is null ? null : Math.Round(similarity, 4));
        Log.Looked(logger, request.CaseId, outcome, entries.Count, best is null ? 0 : Math.Round(similarity, 4));
        return new SemanticLookup(scope, bucket, question, literals, labels, hit);
    }

    /// <summary>Keeps a model's answer to the looked-up turn, redacted with the case's pseudonyms and with its ids labelled; an answer
    /// that names an upload this case does not have, or is too long, is not kept. Never fails the turn: the answer is already given.</summary>
    public async Task StoreAsync(SemanticLookup lookup, string caseId, string question, string answer, string engine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        if (lookup.Hit is not null)
        {
            return;
        }

        try
        {
            await KeepAsync(lookup, caseId, question, answer, engine, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.LookupFailed(logger, ex, caseId);
        }
    }

    private async Task KeepAsync(SemanticLookup lookup, string caseId, string question, string answer, string engine, CancellationToken cancellationToken)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("agent.semantic_cache.store");
        // The answer came back with the case's real values restored: it is redacted again before it rests anywhere.
        var map = await pseudonyms.GetAsync(caseId, cancellationToken);
        var labelled = lookup.Labels.ToLabels(redactor.Redact(answer, map).Text);
        if (labelled.Length > ISemanticAnswerStore.MaxAnswerChars || EvidenceLabels.NamesIds(labelled))
        {
            Stored.Add(1, new KeyValuePair<string, object?>("outcome", "skipped"));
            activity?.SetTag("faultmaven.semantic_cache.outcome", "skipped");
            Log.NotStored(logger, caseId, labelled.Length);
            return;
        }

        // The question is kept (redacted, as the case stores it, and cut short) so a later hit can show what it answered.
        var asked = CachedAnswer.Shorten(redactor.Redact(question, map).Text);
        var now = timeProvider.GetUtcNow();
        await store.AddAsync(lookup.Scope, lookup.Bucket, new CachedAnswer(lookup.Question, labelled, engine, now, now + options.Value.Ttl, lookup.Literals, asked), cancellationToken);
        Stored.Add(1, new KeyValuePair<string, object?>("outcome", "stored"));
        activity?.SetTag("faultmaven.semantic_cache.outcome", "stored");
        Log.StoredAnswer(logger, caseId, engine);
    }

    /// <summary>A hash of everything that decides the answer except the question's wording and any id.</summary>
    private string Bucket(string scope, string requestShape, InvestigationRequest request, EvidenceLabels labels)
    {
        var text = new StringBuilder()
            .Append("semantic-cache v1\n")
            .Append(scope).Append('\n')
            .Append(modelSignature).Append('\n')
            .Append(requestShape).Append('\n')
            .AppendJoin(',', labels.Labels).Append('\n')
            .Append(request.OlderTurns).Append('\n');
        foreach (var turn in request.History)
        {
            text.Append(turn.Role).Append(": ").Append(labels.ToLabels(turn.Content)).Append('\n');
        }

        text.Append(labels.ToLabels(JsonSerializer.Serialize(request.Previous)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static float[] Normalized(ReadOnlySpan<float> vector)
    {
        var norm = 0d;
        foreach (var x in vector)
        {
            norm += x * x;
        }

        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        var result = new float[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            result[i] = vector[i] * scale;
        }

        return result;
    }

    private static double Dot(float[] a, float[] b)
    {
        var sum = 0d;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}

/// <summary>What a lookup found: the scope and bucket, the question's embedding and the hash of its literals (to store the answer
/// under), the case's evidence labels, and the hit, if any.</summary>
public sealed record SemanticLookup(string Scope, string Bucket, float[] Question, string Literals, EvidenceLabels Labels, SemanticHit? Hit);

/// <summary>A cached answer given to this turn: its text with this case's ids and real values, what wrote it, how alike the questions
/// were, when it was stored and the (redacted) question it answered, when known.</summary>
public sealed record SemanticHit(string Answer, string Engine, double Similarity, DateTimeOffset StoredAt, string? AnsweredQuestion);
