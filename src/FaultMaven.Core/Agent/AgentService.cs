using System.Text.Json;
using System.Diagnostics.Metrics;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Agent;

/// <summary>A file or pasted text sent with a turn; it becomes an upload of the case through the data service.</summary>
public sealed record TurnAttachment(Stream Content, DataSource Source);

/// <summary>Runs the conversation of a case: each turn stores the user's message and attachments, runs the investigation over all of
/// the case's evidence, records the new investigation state and the answer, and returns them.</summary>
public sealed partial class AgentService(CaseService cases, DataService data, IInvestigator investigator, IIdempotencyGate gate, Sources.LiveSourceService sources, Privacy.Redaction.CaseTextRedactor caseText, ILogger<AgentService> logger, Sources.Kubernetes.KubernetesSourceService? kubernetes = null, TimeProvider? time = null)
{
    // More uploads than this in one case are not all read on every turn; the newest are.
    private const int MaxEvidence = 100;
    private const int MaxTitle = 80;
    private const int HistoryTurns = 8;

    private static readonly JsonSerializerOptions ReplyJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static readonly Counter<long> Turns = FaultMavenTelemetry.Meter.CreateCounter<long>("faultmaven.agent.turns", description: "Agent turns answered, by engine.");

    /// <summary>Answers a turn on an existing case.</summary>
    public async Task<Outcome<AgentReply>> AskAsync(string caseId, string message, IReadOnlyList<TurnAttachment> attachments, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        await AskAsync(caseId, message, attachments, idempotencyKey, null, cancellationToken);

    /// <summary>Answers a turn on an existing case, reporting its steps to <paramref name="progress"/> as they happen.</summary>
    public async Task<Outcome<AgentReply>> AskAsync(string caseId, string message, IReadOnlyList<TurnAttachment> attachments, string? idempotencyKey, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default) =>
        await AskAsync(caseId, message, attachments, idempotencyKey, null, progress, cancellationToken);

    /// <summary>Answers a turn on an existing case, first fetching what <paramref name="live"/> asks of the live sources (Prometheus)
    /// as further attachments of the turn.</summary>
    public async Task<Outcome<AgentReply>> AskAsync(string caseId, string message, IReadOnlyList<TurnAttachment> attachments, string? idempotencyKey, Sources.LiveQuery? live, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(attachments);
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("agent.turn");
        activity?.SetTag("faultmaven.case.id", caseId);
        if (string.IsNullOrWhiteSpace(message))
        {
            return new Failure(FailureKind.Invalid, "message must not be empty.");
        }

        if (message.Length > Turn.MaxContentLength)
        {
            return new Failure(FailureKind.Invalid, $"message must be at most {Turn.MaxContentLength:N0} characters (this one has {message.Length:N0}): attach long text such as a log as a file instead.");
        }

        if (idempotencyKey is { } key && (key.Length is 0 or > AppendTurnCommand.MaxIdempotencyKeyLength || key.Any(char.IsControl)))
        {
            return new Failure(FailureKind.Invalid, $"Idempotency-Key must be 1 to {AppendTurnCommand.MaxIdempotencyKeyLength} printable characters.");
        }

        // A retry that comes while the first attempt still investigates (on this or another instance) waits a while for it, then
        // replays its stored answer below instead of investigating twice; one still running after that is a clear 409.
        await using var held = idempotencyKey is null ? null : await EnterOrBusyAsync($"turn:{caseId}:{IdempotencyKeyDigest.Of(idempotencyKey)}", cancellationToken);
        if (idempotencyKey is not null && held is null)
        {
            return new Failure(FailureKind.Conflict, "A turn with this Idempotency-Key is still being answered on this case; retry with the same key once it has finished to get its answer.");
        }

        if (await cases.GetAsync(caseId, cancellationToken) is not { } current)
        {
            return Failure.NotFound("case", caseId);
        }

        if (CaseStatusTransitions.IsFinal(current.Status))
        {
            return new Failure(FailureKind.Conflict, $"Case '{caseId}' is resolved or closed; its conversation can no longer change.");
        }

        // A key already used is decided before anything is stored: its stored answer replayed, or a different request refused
        // (its files never kept). The request compared is the one sent, keyed (TurnRequestDigest), not its redacted text.
        string? requestDigest = null;
        Turn? asked = null;
        if (idempotencyKey is not null)
        {
            requestDigest = await DigestAsync(caseId, idempotencyKey, message, attachments, live, cancellationToken);
            if (await cases.FindKeyedTurnAsync(caseId, idempotencyKey, requestDigest, cancellationToken) is { } earlier)
            {
                if (!earlier.SameRequest)
                {
                    return new Failure(FailureKind.IdempotencyKeyReused, "This Idempotency-Key was already used for a different turn on this case; use a new key for a new turn.");
                }

                if (await StoredReplyAsync(caseId, earlier.Turn.Sequence, cancellationToken) is { } stored)
                {
                    LogReplayed(logger, caseId, earlier.Turn.Sequence);
                    return stored;
                }

                // A question stored without its answer (a server stopped between the two writes): answered now, once.
                asked = earlier.Turn;
            }
        }

        // A client that goes away cancels the turn's work; what it had stored so far (its new uploads) goes with it, so a retry
        // starts clean (DESIGN: a client that goes away cancels its work). The question is stored only with its answer, once the investigation is done.
        var created = new List<string>();
        try
        {
            return await AnswerAsync(current, message, attachments, idempotencyKey, requestDigest, asked, live, progress, created, cancellationToken);
        }
        catch
        {
            // Cancelled, or failed (a model that cannot be reached): the uploads this turn added go, as for a refused attachment.
            await RollBackAsync(caseId, created);
            throw;
        }
    }

    private async Task<Outcome<AgentReply>> AnswerAsync(Case current, string message, IReadOnlyList<TurnAttachment> attachments, string? idempotencyKey, string? requestDigest, Turn? asked, Sources.LiveQuery? live, Func<AgentProgress, ValueTask>? progress, List<string> created, CancellationToken cancellationToken)
    {
        var caseId = current.Id;
        var uploads = asked is null ? new List<string>() : [.. asked.Attachments];
        if (asked is null)
        {
            // Fetched before anything is stored: a query Prometheus rejects fails the turn with nothing half-written.
            var gathered = await GatherLiveAsync(live, message, progress, cancellationToken);
            if (!gathered.Succeeded)
            {
                return gathered.Failure;
            }

            foreach (var attachment in attachments.Concat(gathered.Value))
            {
                if (progress is not null)
                {
                    await progress(new AgentProgress("upload", $"classifying, redacting and analysing {attachment.Source.FileName ?? "an attachment"}"));
                }

                var uploaded = await data.UploadAsync(caseId, attachment.Content, attachment.Source, cancellationToken);
                if (!uploaded.Succeeded)
                {
                    await RollBackAsync(caseId, created);
                    return uploaded.Failure with { Detail = $"Attachment '{attachment.Source.FileName ?? "(unnamed)"}': {uploaded.Failure.Detail}" };
                }

                uploads.Add(uploaded.Value.Upload.Id);
                if (!uploaded.Value.Cached)
                {
                    created.Add(uploaded.Value.Upload.Id);
                }
            }
        }

        var sequence = asked?.Sequence ?? current.TurnCount + 1;
        var evidence = await EvidenceAsync(caseId, cancellationToken);
        var (history, older) = await HistoryAsync(caseId, sequence, cancellationToken);
        // The question as stored (redacted like every field): a secret typed into it reaches neither engine nor model.
        var question = asked?.Content ?? await cases.RedactTurnTextAsync(caseId, message, cancellationToken);
        var request = new InvestigationRequest(caseId, question, current.Investigation, evidence)
        {
            History = history, OlderTurns = older, Progress = progress,
            CacheScope = current.Team is { } team ? "team:" + team : "owner:" + (current.Owner ?? "(none)"),
        };
        var outcome = await investigator.InvestigateAsync(request, cancellationToken);

        // The answer is in hand: from here the turn is stored whole (question, state, answer) even if the client has gone, so a
        // retry replays it instead of asking the model again.
        var done = CancellationToken.None;
        if (asked is null)
        {
            var turn = await cases.AppendTurnAsync(caseId, new AppendTurnCommand(TurnRole.User, message, uploads, idempotencyKey, null, requestDigest), done);
            if (!turn.Succeeded)
            {
                await RollBackAsync(caseId, created);
                return turn.Failure;
            }

            // The question now refers to its uploads: they stay whatever happens next.
            created.Clear();

            if (turn.Value.Replayed && await StoredReplyAsync(caseId, turn.Value.Turn.Sequence, done) is { } stored)
            {
                LogReplayed(logger, caseId, turn.Value.Turn.Sequence);
                return stored;
            }
        }

        var updated = await cases.SetInvestigationAsync(caseId, outcome.State, done);
        if (!updated.Succeeded)
        {
            return updated.Failure;
        }

        // A case the agent has answered on is under investigation: an open one moves on by itself, as the lifecycle reads. A status
        // someone set meanwhile (closed) wins; the answer stands either way.
        if (updated.Value.Status == CaseStatus.Open)
        {
            _ = await cases.UpdateAsync(caseId, new UpdateCaseCommand(null, CaseStatus.Investigating), done);
        }

        // The answer quotes evidence and the model's words: what is shown to people is printable text, as the turns are. It is also
        // redacted with the case's pseudonyms, as the state is: it is stored with the turn (and given again to a retry), and the
        // pipeline restored the model's pseudonyms to the real values they stand for.
        var (rootCause, text, nextActions) = await caseText.RedactAllAsync(caseId,
            (PrintableText.Of(outcome.RootCause, keepLineBreaks: true), PrintableText.Of(outcome.Text, keepLineBreaks: true), outcome.NextActions.Select(a => PrintableText.Of(a, keepLineBreaks: true)).ToList()),
            static (shown, redact) => (redact(shown.Item1), redact(shown.Item2), shown.Item3.Select(redact).ToList()), done);
        var reply = new AgentReply(caseId, outcome.Engine, rootCause, outcome.Category, text,
            updated.Value.Investigation, outcome.Citations, nextActions, uploads, outcome.Usage, outcome.SemanticCache);
        var answer = await cases.AppendTurnAsync(caseId, new AppendTurnCommand(TurnRole.Assistant, Trim(text, Turn.MaxContentLength), [], null, JsonSerializer.Serialize(reply, ReplyJson)), done);
        if (!answer.Succeeded)
        {
            return answer.Failure;
        }

        Turns.Add(1, new KeyValuePair<string, object?>("faultmaven.agent.engine", outcome.Engine));
        LogTurn(logger, caseId, outcome.Engine, outcome.State.Phase, evidence.Count);
        return reply;
    }

    /// <summary>A one-shot question: opens a case titled after it and answers the first turn.</summary>
    public async Task<Outcome<AgentReply>> QueryAsync(string message, IReadOnlyList<TurnAttachment> attachments, CancellationToken cancellationToken = default) =>
        await QueryAsync(message, attachments, null, cancellationToken);

    /// <summary>A one-shot question, reporting its steps to <paramref name="progress"/> as they happen.</summary>
    public async Task<Outcome<AgentReply>> QueryAsync(string message, IReadOnlyList<TurnAttachment> attachments, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default) =>
        await QueryAsync(message, attachments, null, progress, cancellationToken);

    /// <summary>A one-shot question with a live query (see <see cref="AskAsync(string, string, IReadOnlyList{TurnAttachment}, string?, Sources.LiveQuery?, Func{AgentProgress, ValueTask}?, CancellationToken)"/>).</summary>
    public async Task<Outcome<AgentReply>> QueryAsync(string message, IReadOnlyList<TurnAttachment> attachments, Sources.LiveQuery? live, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message))
        {
            return new Failure(FailureKind.Invalid, "message must not be empty.");
        }

        // The live sources first: a query Prometheus rejects opens no empty case.
        var gathered = await GatherLiveAsync(live, message, progress, cancellationToken);
        if (!gathered.Succeeded)
        {
            return gathered.Failure;
        }

        var firstLine = message.Trim().Split('\n')[0].Trim();
        var created = await cases.CreateAsync(new CreateCaseCommand(Trim(firstLine, MaxTitle), null), cancellationToken);
        if (!created.Succeeded)
        {
            return created.Failure;
        }

        try
        {
            return await AskAsync(created.Value.Id, message, [.. attachments, .. gathered.Value], null, new Sources.LiveQuery(null, null, Automatic: false), progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away before the first answer: the case it opened goes too (nothing of it was answered).
            await cases.DeleteAsync(created.Value.Id, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Adds up the usage stored with every answer of the case (tokens and estimated cost, in all and by provider and model).</summary>
    public async Task<Outcome<CaseUsage>> UsageAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var usages = new List<TurnUsage>();
        var answers = 0;
        for (var offset = 0; ; offset += PageRequest.MaxLimit)
        {
            var page = await cases.ListTurnsAsync(caseId, new PageRequest(offset, PageRequest.MaxLimit), cancellationToken);
            if (!page.Succeeded)
            {
                return page.Failure;
            }

            foreach (var turn in page.Value.Items.Where(t => t is { Role: TurnRole.Assistant, Reply: not null }))
            {
                answers++;
                if (JsonSerializer.Deserialize<AgentReply>(turn.Reply!, ReplyJson)?.Usage is { } usage)
                {
                    usages.Add(usage);
                }
            }

            if (page.Value.Items.Count < PageRequest.MaxLimit)
            {
                break;
            }
        }

        var byProvider = usages.GroupBy(u => (u.Provider, u.Model))
            .Select(g => new TurnUsage(g.Key.Provider, g.Key.Model, g.Sum(u => u.InputTokens), g.Sum(u => u.OutputTokens), g.Sum(u => u.CostUsd)))
            .ToList();
        return new CaseUsage(answers, usages.Count, usages.Sum(u => u.InputTokens), usages.Sum(u => u.OutputTokens), usages.Sum(u => u.CostUsd), byProvider);
    }

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
