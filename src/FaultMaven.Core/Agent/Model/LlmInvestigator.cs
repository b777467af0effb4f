using System.Globalization;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Agent.Offline;
using FaultMaven.Core.Agent.SemanticCache;
using FaultMaven.Core.Agent.Tools;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Common;
using FaultMaven.Core.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Agent.Model;

/// <summary>The investigation through a language model: the offline engine's reading of the evidence goes in as a head start, the
/// model works with tools (knowledge search, the case's analyses, its log lines), answers in the doctrine's JSON shape (structured
/// output where the provider has it, read tolerantly where it does not), and every citation is checked against what exists. When no
/// provider answers, the offline engine's answer is returned, saying so. The first request carries the evidence most likely to matter
/// (<see cref="ContextBuilder"/>), so a model that refuses tools (many local models do) is asked once more without them, and without
/// structured output if that was refused too, and still answers from the evidence. With the <see cref="FeatureFlags.ModelTools"/> flag
/// off the model is asked that way from the start.</summary>
public sealed partial class LlmInvestigator(
    IChatClient chat, OfflineInvestigator offline, KnowledgeService knowledge, IModelPricing pricing, ContextBuilder context, IFeatureFlags flags,
    LiveSourceTools liveSources, ILogger<LlmInvestigator> logger, Cases.Similar.SimilarIncidentFinder? similarIncidents = null,
    SemanticAnswerCache? semanticCache = null) : IInvestigator
{
    private const int MaxRootCauseWords = 150;

    // The most a hypothesis the model calls supported, but without any evidence that exists, is held to be.
    private const double UnsupportedConfidence = 0.5;

    private static readonly ChatResponseFormat Schema = ChatResponseFormat.ForJsonSchema(
        AIJsonUtilities.CreateJsonSchema(typeof(LlmAnswer), serializerOptions: TolerantJson.Options), "investigation", "The doctrine state and the answer");

    /// <inheritdoc/>
    public async Task<InvestigationOutcome> InvestigateAsync(InvestigationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = await offline.InvestigateAsync(request, cancellationToken);
        var withTools = await flags.IsEnabledAsync(FeatureFlags.ModelTools, cancellationToken);
        // Whether this turn reads live sources is decided once, by LiveSourceTools: the tools offered and the cache follow from it.
        var live = await liveSources.ForTurnAsync(request, cancellationToken);
        // The past cases the model may cite: those the finder returned for this case's team, in the draft or through the tool.
        var pastCases = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(
            draft.Citations.Where(c => c.Kind == EvidenceKind.PastCase).Select(c => KeyValuePair.Create(c.Id, true)), StringComparer.Ordinal);
        var options = new ChatOptions
        {
            Tools = withTools
                ? [.. new[] { KnowledgeTools.SearchKnowledgeBase(knowledge) }
                    .Concat(similarIncidents is null ? [] : [IncidentTools.FindSimilarIncidents(similarIncidents, request.CaseId, ids =>
                    {
                        foreach (var id in ids)
                        {
                            pastCases[id] = true;
                        }
                    })])
                    .Concat(CaseTools.Create(request.Evidence))
                    .Concat(live)
                    .Select(t => new ReportingFunction(t, request))]
                : null,
            ResponseFormat = Schema,
            Temperature = 0.1f,
            // The answer is kept in the case's pseudonyms: it is stored, and the evidence its tools search is the redacted text.
            AdditionalProperties = new() { [ModelPropertyKeys.PrivacyScope] = request.CaseId, [ModelPropertyKeys.CaseId] = request.CaseId, [ModelPropertyKeys.KeepPseudonyms] = true },
        };

        var firstSystem = withTools ? Prompts.System : Prompts.System + Prompts.NoTools;
        // Answers read live sources during the turn are of their moment: they are neither given from nor kept in the cache.
        var lookup = semanticCache is null || live.Count > 0 ? null : await semanticCache.LookupAsync(request, RequestShape(firstSystem, options), cancellationToken);
        if (lookup?.Hit is { } hit && TolerantJson.Parse(hit.Answer) is { } cached)
        {
            // Which earlier question it answered (redacted, as that case keeps it), so the asker can judge the reuse.
            // On one line, so a question written over several cannot break the closing line it is quoted in.
            var answered = hit.AnsweredQuestion is { } asked ? $" (“{string.Join(' ', asked.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}”)" : "";
            await request.ReportAsync("cache", $"answered from the semantic cache: the same evidence, and a question {hit.Similarity:0.###} alike{answered} answered by {hit.Engine} at {hit.StoredAt:u}; the model is not asked");
            var (given, _) = await BuildAsync(cached, request, draft, $"{hit.Engine} (semantic cache)", null, pastCases.Keys.ToHashSet(StringComparer.Ordinal), cancellationToken);
            LogCacheHit(logger, request.CaseId, hit.Similarity, hit.Engine);
            return given with
            {
                Text = given.Text + $"\n\n_Given again from the semantic cache: an answer of {hit.Engine} on the same evidence to a question {hit.Similarity:0.###} alike{answered} ({hit.StoredAt:u}); no model was asked._",
                SemanticCache = new SemanticCacheHit(hit.Similarity, hit.StoredAt, hit.AnsweredQuestion),
            };
        }

        var built = await context.BuildAsync(request, draft, Prompts.System, cancellationToken);
        LogContext(logger, request.CaseId, built.EstimatedTokens, built.LeftOut.Count);
        ChatResponse response;
        await request.ReportAsync("model", $"asking the language model, {(withTools ? "with tools" : "without tools (model-tools is off)")} (first request about {built.EstimatedTokens} tokens)");
        try
        {
            try
            {
                response = await AskAsync([new ChatMessage(ChatRole.System, firstSystem), new ChatMessage(ChatRole.User, built.Text)], options, request, cancellationToken);
            }
            catch (LlmUnavailableException ex) when (ModelRefusal.Read(ex) is { } refused)
            {
                // The model cannot take tools (or a response schema): the evidence it needs is already in the request, so ask again
                // without what it refused rather than failing the turn.
                LogRetriedPlain(logger, request.CaseId, refused.Tools, refused.Format);
                await request.ReportAsync("model", $"the model refused {(refused.Tools ? "tools" : "structured output")}; asking again without");
                var plain = options.Clone();
                plain.Tools = null;
                plain.ToolMode = null;
                plain.ResponseFormat = refused.Format ? null : plain.ResponseFormat;
                var system = firstSystem + (withTools ? Prompts.NoTools : "") + (refused.Format ? "\nReply with the JSON object only, no prose around it." : "");
                response = await AskAsync([new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, built.Text)], plain, request, cancellationToken);
            }
        }
        catch (LlmUnavailableException ex)
        {
            LogFellBack(logger, request.CaseId, ex.Message);
            return draft with { Text = $"_No language model answered ({ex.Message}); this is the offline analysis._\n\n{draft.Text}" };
        }

        var provider = response.AdditionalProperties?.TryGetValue(ModelPropertyKeys.Provider, out var p) == true ? p as string ?? "llm" : "llm";
        var engine = $"{provider} {response.ModelId}".Trim();
        // Usage is summed over every round of the tool loop; the cost of the turn follows from it.
        var input = response.Usage?.InputTokenCount ?? 0;
        var output = response.Usage?.OutputTokenCount ?? 0;
        var usage = new TurnUsage(provider, response.ModelId, input, output, pricing.Cost(response.ModelId, input, output));
        var answer = TolerantJson.Parse(response.Text);
        if (answer is null)
        {
            // Prose instead of JSON: keep the offline state, show the model's text, take its root-cause section if it has one.
            LogUnstructured(logger, request.CaseId, engine);
            var prose = await ScrubProseAsync(response.Text.Trim(), request, cancellationToken);
            return draft with { Text = prose.Length > 0 ? prose : draft.Text, RootCause = RootCauseSection(prose) ?? draft.RootCause, Engine = engine, Usage = usage };
        }

        var (outcome, rejected) = await BuildAsync(answer, request, draft, engine, usage, pastCases.Keys.ToHashSet(StringComparer.Ordinal), cancellationToken);
        // Only a whole, clean answer is kept: not one cut short (a length or content-filter stop), nor one citing invented evidence.
        if (lookup is not null && rejected == 0 && (response.FinishReason is null || response.FinishReason == ChatFinishReason.Stop))
        {
            await semanticCache!.StoreAsync(lookup, request.CaseId, request.Question, response.Text, engine, cancellationToken);
        }

        return outcome;
    }

    /// <summary>What the model is asked besides the case, for the semantic cache's bucket: the system prompt, the tools and the
    /// answer's schema.</summary>
    private static string RequestShape(string system, ChatOptions options) =>
        $"{system}\n{string.Join(',', options.Tools?.Select(t => t.Name) ?? [])}\n{(options.ResponseFormat as ChatResponseFormatJson)?.Schema?.GetRawText()}";

    /// <summary>Asks the model; when somebody follows the turn, streams the reply and passes on the part a person reads as it is
    /// written (the root cause and the answer, not the JSON around them).</summary>
    private async Task<ChatResponse> AskAsync(List<ChatMessage> messages, ChatOptions options, InvestigationRequest request, CancellationToken cancellationToken)
    {
        if (request.Progress is null)
        {
            return await chat.GetResponseAsync(messages, options, cancellationToken);
        }

        var draft = new AnswerDraft();
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            updates.Add(update);
            if (update.Contents.Any(c => c is FunctionCallContent or FunctionResultContent))
            {
                // A round of the tool loop ended (the tool step told the listener): what the model writes next is a new reply.
                draft.Reset();
            }
            else if (update.Text is { Length: > 0 } text && draft.Read(text) is { Length: > 0 } shown)
            {
                await request.WriteAsync(shown);
            }
        }

        return updates.ToChatResponse();
    }

    private async Task<(InvestigationOutcome Outcome, int Rejected)> BuildAsync(
        LlmAnswer answer, InvestigationRequest request, InvestigationOutcome draft, string engine, TurnUsage? usage, IReadOnlySet<string> pastCases, CancellationToken cancellationToken)
    {
        var validator = new CitationValidator(request.Evidence, knowledge, pastCases);
        var hypotheses = new List<Hypothesis>();
        foreach (var (h, i) in (answer.Hypotheses ?? []).Where(h => !string.IsNullOrWhiteSpace(h.Statement)).Select((h, i) => (h, i)))
        {
            var (forRefs, _) = await validator.ResolveAsync(h.EvidenceFor, cancellationToken);
            var (against, _) = await validator.ResolveAsync(h.EvidenceAgainst, cancellationToken);
            if ((h.EvidenceFor?.Count ?? 0) > 0 && forRefs.Count == 0)
            {
                // Every piece of evidence it cites is invented: the claim is rejected, not shown.
                continue;
            }

            // "Supported" is a claim about evidence: with none that exists, the hypothesis is only proposed, and not held likelier than
            // a coin toss.
            var status = Enum<HypothesisStatus>(h.Status) ?? HypothesisStatus.Proposed;
            var confidence = Math.Clamp(h.Confidence ?? 0.5, 0, 1);
            if (status == HypothesisStatus.Supported && forRefs.Count == 0)
            {
                (status, confidence) = (HypothesisStatus.Proposed, Math.Min(confidence, UnsupportedConfidence));
            }

            hypotheses.Add(new Hypothesis($"h{i + 1}", h.Statement!.Trim(), confidence, status, forRefs, against));
        }

        var timeline = new List<TimelineEntry>();
        foreach (var entry in answer.Timeline ?? [])
        {
            var (refs, _) = await validator.ResolveAsync(entry.Evidence, cancellationToken);
            if (!string.IsNullOrWhiteSpace(entry.Event) && ((entry.Evidence?.Count ?? 0) == 0 || refs.Count > 0))
            {
                timeline.Add(new TimelineEntry(DateTimeOffset.TryParse(entry.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null, entry.Event!, refs));
            }
        }

        BlastRadius? radius = null;
        if (answer.BlastRadius is { } b)
        {
            var (refs, _) = await validator.ResolveAsync(b.Evidence, cancellationToken);
            radius = new BlastRadius(b.Services ?? [], b.Hosts ?? [], b.Endpoints ?? [], b.Users, Enum<Severity>(b.Severity) ?? Severity.Unknown,
                DateTimeOffset.TryParse(b.Since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since) ? since : null, refs);
        }

        var state = new InvestigationState(
            Enum<DoctrinePhase>(answer.Phase) ?? draft.State.Phase,
            answer.PhaseReason ?? draft.State.PhaseReason,
            radius ?? draft.State.BlastRadius,
            timeline.Count > 0 ? timeline : draft.State.Timeline,
            hypotheses.Count > 0 ? hypotheses : draft.State.Hypotheses,
            answer.EvidenceRequests?.Where(r => r.What is not null).Select(r => new EvidenceRequest(r.What!, r.Why ?? "", r.How)).ToList() is { Count: > 0 } requests ? requests : draft.State.EvidenceRequests,
            answer.Solution is { } s ? new Solution(s.Steps ?? [], s.Risks ?? [], s.Verification ?? [], s.FollowUps ?? []) : draft.State.Solution);
        // The model may repeat a runbook's step without saying so, or propose a download piped into a shell: the review attributes the
        // first and flags the second, and the answer's text carries the flag too.
        if (state.Solution is { } proposed)
        {
            state = state with { Solution = RunbookSteps.Review(proposed, RunbookSteps.Attributed(draft.State.Solution)) };
        }

        var rootCause = Words(answer.RootCause ?? hypotheses.FirstOrDefault()?.Statement ?? draft.RootCause);
        var category = Enum<CauseCategory>(answer.Category) ?? draft.Category;
        var text = answer.Answer is { Length: > 0 } written ? written : $"## Root cause\n\n{rootCause}\n";
        // Citations written inline are checked as those in the claims are, and the ones naming nothing are taken out wherever they
        // are shown or stored, so the note below counts what was really removed.
        var texts = new List<string?> { text, rootCause };
        _ = state.Map(t => { texts.Add(t); return t; });
        await validator.ReadInlineAsync(texts, cancellationToken);
        (text, rootCause, state) = (validator.Scrub(text), validator.Scrub(rootCause), state.Map(validator.Scrub));
        if (state.Solution?.Risks.Where(r => r.StartsWith("DANGEROUS", StringComparison.Ordinal)).ToList() is { Count: > 0 } dangers)
        {
            text += "\n\n" + string.Join("\n", dangers.Select(d => "**Risk:** " + d));
        }
        if (validator.Rejected > 0)
        {
            text += RemovedNote(validator.Rejected);
            LogRejected(logger, request.CaseId, validator.Rejected);
        }

        var citations = state.Hypotheses.SelectMany(h => h.EvidenceFor.Concat(h.EvidenceAgainst)).Concat(state.Timeline.SelectMany(t => t.Evidence)).Distinct().ToList();
        var next = state.EvidenceRequests.Select(r => r.HowToGet is null ? r.What : $"{r.What}: {r.HowToGet}").Concat(state.Solution?.Verification ?? []).Take(5).ToList();
        return (new InvestigationOutcome(state, rootCause, category, text, citations, next, engine, usage), validator.Rejected);
    }

    /// <summary>A prose answer without the inline citations that name nothing, saying how many were removed.</summary>
    private async Task<string> ScrubProseAsync(string prose, InvestigationRequest request, CancellationToken cancellationToken)
    {
        var validator = new CitationValidator(request.Evidence, knowledge);
        await validator.ReadInlineAsync([prose], cancellationToken);
        return validator.Rejected == 0 ? prose : validator.Scrub(prose) + RemovedNote(validator.Rejected);
    }

    private static string RemovedNote(int rejected) =>
        $"\n\n_{rejected} citation{(rejected == 1 ? "" : "s")} of the model named evidence that does not exist in this case and {(rejected == 1 ? "was" : "were")} removed; claims resting only on them were dropped._";

    /// <summary>Parses snake_case, kebab-case or PascalCase enum names.</summary>
    private static T? Enum<T>(string? value) where T : struct, Enum =>
        value is not null && System.Enum.TryParse<T>(value.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) ? parsed : null;

    private static string Words(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxRootCauseWords ? text.Trim() : string.Join(' ', words[..MaxRootCauseWords]) + "…";
    }

    private static string? RootCauseSection(string text)
    {
        var start = text.IndexOf("root cause", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        var body = text[(text.IndexOf('\n', start) is var nl and > 0 ? nl : start)..].TrimStart();
        var end = body.IndexOf("\n#", StringComparison.Ordinal);
        var section = (end > 0 ? body[..end] : body).Trim();
        return section.Length == 0 ? null : Words(section.Split("\n\n")[0]);
    }

    /// <summary>A tool that reports each call before running it, so a streamed reply shows what the model is looking at.</summary>
    private sealed class ReportingFunction(AIFunction inner, InvestigationRequest request) : DelegatingAIFunction(inner)
    {
        protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
        {
            var shown = string.Join(", ", arguments.Where(a => a.Value is not null && a.Key != "cancellationToken").Select(a => $"{a.Key}={a.Value}"));
            await request.ReportAsync("tool", $"{Name}({(shown.Length > 200 ? shown[..200] + "…" : shown)})");
            return await base.InvokeCoreAsync(arguments, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Case {CaseId}: first request about {Tokens} tokens; {LeftOut} uploads not shown whole")]
    private static partial void LogContext(ILogger logger, string caseId, int tokens, int leftOut);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: the model refused the request (tools {Tools}, structured output {Format}); asked again without")]
    private static partial void LogRetriedPlain(ILogger logger, string caseId, bool tools, bool format);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: no language model answered ({Reason}); answered offline")]
    private static partial void LogFellBack(ILogger logger, string caseId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {Engine} answered in prose instead of JSON; kept the offline state")]
    private static partial void LogUnstructured(ILogger logger, string caseId, string engine);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: answered from the semantic cache (similarity {Similarity}, first answered by {Engine})")]
    private static partial void LogCacheHit(ILogger logger, string caseId, double similarity, string engine);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: {Count} citations named evidence that does not exist and were removed")]
    private static partial void LogRejected(ILogger logger, string caseId, int count);
}
