using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent;

/// <summary>What a turn gives the investigation: the question, the state so far, every piece of the case's evidence and the
/// conversation before this turn (oldest first; possibly only its most recent part).</summary>
public sealed record InvestigationRequest(string CaseId, string Question, InvestigationState Previous, IReadOnlyList<CaseEvidence> Evidence)
{
    /// <summary>Gets the earlier turns, oldest first.</summary>
    public IReadOnlyList<Cases.Turn> History { get; init; } = [];

    /// <summary>Gets how many turns came before <see cref="History"/> and are not in it.</summary>
    public int OlderTurns { get; init; }

    /// <summary>Gets whose semantic cache the turn may use: the case's team (or, for a case of no team, its owner); null uses none,
    /// so a cached answer never crosses teams.</summary>
    public string? CacheScope { get; init; }

    /// <summary>Gets where to report steps as they happen (a streamed reply shows them live); null when nobody listens.</summary>
    public Func<AgentProgress, ValueTask>? Progress { get; init; }

    /// <summary>Reports a step, if anybody listens.</summary>
    public ValueTask ReportAsync(string step, string detail) => Progress?.Invoke(new AgentProgress(step, detail)) ?? ValueTask.CompletedTask;

    /// <summary>Passes on the next piece of the model's answer as it is written, if anybody listens.</summary>
    public ValueTask WriteAsync(string piece) => ReportAsync(AgentProgress.Draft, piece);
}

/// <summary>A step of a turn as it happens: <c>evidence</c> (uploads read), <c>analysis</c>, <c>knowledge</c> (runbooks searched),
/// <c>model</c> (a provider asked), <c>tool</c> (the model called a tool); or, as <see cref="Draft"/>, the next piece of the model's
/// answer as it is written (a <c>tool</c> step starts a new draft; the reply's text is the final one).</summary>
public sealed record AgentProgress(string Step, string Detail)
{
    /// <summary>The step whose detail is a piece of the model's answer being written.</summary>
    public const string Draft = "draft";
}

/// <summary>What a turn of investigation concluded.</summary>
/// <param name="State">The updated doctrine state.</param>
/// <param name="RootCause">The leading hypothesis in one or two sentences (at most 150 words), or what is missing to have one.</param>
/// <param name="Category">The category of that cause.</param>
/// <param name="Text">The whole answer for a person, Markdown, doctrine-structured, with citations.</param>
/// <param name="Citations">Every piece of evidence the answer cites.</param>
/// <param name="NextActions">What the user should do next, most useful first.</param>
/// <param name="Engine">What produced it: <c>offline analysis</c>, or the provider and model that answered.</param>
/// <param name="Usage">Tokens and estimated cost of the turn, when a language model answered.</param>
public sealed record InvestigationOutcome(
    InvestigationState State,
    string RootCause,
    CauseCategory Category,
    string Text,
    IReadOnlyList<EvidenceRef> Citations,
    IReadOnlyList<string> NextActions,
    string Engine,
    TurnUsage? Usage = null)
{
    /// <summary>Gets, when the answer came from the semantic cache rather than a model call, how alike the questions were.</summary>
    public SemanticCacheHit? SemanticCache { get; init; }
}

/// <summary>Says an answer was given again from the semantic cache: an earlier answer of the same team on the same evidence, to a
/// question this alike (cosine of their embeddings), stored at that time; no model was asked for this turn.</summary>
/// <param name="Similarity">How alike the questions were.</param>
/// <param name="StoredAt">When the earlier answer was stored.</param>
/// <param name="AnsweredQuestion">The earlier question it answered, redacted as its case keeps it (pseudonyms in place of personal
/// data), so the asker can judge the reuse; null for an answer cached before questions were kept.</param>
public sealed record SemanticCacheHit(double Similarity, DateTimeOffset StoredAt, string? AnsweredQuestion = null);

/// <summary>What a turn cost: tokens in and out over every round of the tool loop, and the estimate in US dollars.</summary>
public sealed record TurnUsage(string Provider, string? Model, long InputTokens, long OutputTokens, double CostUsd);

/// <summary>What a case's conversation has cost so far, over the turns a language model answered, in all and by provider.</summary>
public sealed record CaseUsage(int Turns, int ModelTurns, long InputTokens, long OutputTokens, double CostUsd, IReadOnlyList<TurnUsage> ByProvider);

/// <summary>Runs one turn of the doctrine over a case: the offline engine, or a language model with tools.</summary>
public interface IInvestigator
{
    /// <summary>Investigates one turn.</summary>
    Task<InvestigationOutcome> InvestigateAsync(InvestigationRequest request, CancellationToken cancellationToken = default);
}
