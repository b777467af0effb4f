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
public sealed partial class AgentService(CaseService cases, DataService data, IInvestigator investigator, IIdempotencyGate gate, Sources.LiveSourceService sources, Privacy.Redaction.CaseTextRedactor caseText, ILogger<AgentService> logger, Sources.Kubernetes.KubernetesSourceService? kubernetes = null)
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

        // A retry that comes while the first attempt still investigates (on this or another instance) waits for it, then replays
        // its stored answer below instead of investigating twice.
        await using var held = idempotencyKey is null ? null : await gate.EnterAsync($"turn:{caseId}:{IdempotencyKeyDigest.Of(idempotencyKey)}", cancellationToken);
        if (await cases.GetAsync(caseId, cancellationToken) is not { } current)
        {
            return Failure.NotFound("case", caseId);
        }

        if (CaseStatusTransitions.IsFinal(current.Status))
        {
            return new Failure(FailureKind.Conflict, $"Case '{caseId}' is resolved or closed; its conversation can no longer change.");
        }

        // Fetched before anything is stored: a query Prometheus rejects fails the turn with nothing half-written.
        var fetched = await sources.GatherAsync(live, message, progress, cancellationToken);
        if (!fetched.Succeeded)
        {
            return fetched.Failure;
        }

        var cluster = kubernetes is null ? new List<TurnAttachment>() : await kubernetes.GatherAsync(live, message, progress, cancellationToken);
        if (!cluster.Succeeded)
        {
            return cluster.Failure;
        }

        var uploads = new List<string>();
        foreach (var attachment in attachments.Concat(fetched.Value).Concat(cluster.Value))
        {
            if (progress is not null)
            {
                await progress(new AgentProgress("upload", $"classifying, redacting and analysing {attachment.Source.FileName ?? "an attachment"}"));
            }

            var uploaded = await data.UploadAsync(caseId, attachment.Content, attachment.Source, cancellationToken);
            if (!uploaded.Succeeded)
            {
                return uploaded.Failure with { Detail = $"Attachment '{attachment.Source.FileName ?? "(unnamed)"}': {uploaded.Failure.Detail}" };
            }

            uploads.Add(uploaded.Value.Upload.Id);
        }

        var turn = await cases.AppendTurnAsync(caseId, new AppendTurnCommand(TurnRole.User, message, uploads, idempotencyKey), cancellationToken);
        if (!turn.Succeeded)
        {
            return turn.Failure;
        }

        // A retried turn (same Idempotency-Key) gets the answer it already had, not a second investigation.
        if (turn.Value.Replayed && await StoredReplyAsync(caseId, turn.Value.Turn.Sequence, cancellationToken) is { } stored)
        {
            LogReplayed(logger, caseId, turn.Value.Turn.Sequence);
            return stored;
        }

        var evidence = await EvidenceAsync(caseId, cancellationToken);
        var (history, older) = await HistoryAsync(caseId, turn.Value.Turn.Sequence, cancellationToken);
        // The question as stored (redacted like every field): a secret typed into it reaches neither engine nor model.
        var request = new InvestigationRequest(caseId, turn.Value.Turn.Content, current.Investigation, evidence)
        {
            History = history, OlderTurns = older, Progress = progress,
            CacheScope = current.Team is { } team ? "team:" + team : "owner:" + (current.Owner ?? "(none)"),
        };
        var outcome = await investigator.InvestigateAsync(request, cancellationToken);
        var updated = await cases.SetInvestigationAsync(caseId, outcome.State, cancellationToken);
        if (!updated.Succeeded)
        {
            return updated.Failure;
        }

        // A case the agent has answered on is under investigation: an open one moves on by itself, as the lifecycle reads. A status
        // someone set meanwhile (closed) wins; the answer stands either way.
        if (updated.Value.Status == CaseStatus.Open)
        {
            _ = await cases.UpdateAsync(caseId, new UpdateCaseCommand(null, CaseStatus.Investigating), cancellationToken);
        }

        // The answer quotes evidence and the model's words: what is shown to people is printable text, as the turns are. It is also
        // redacted with the case's pseudonyms, as the state is: it is stored with the turn (and given again to a retry), and the
        // pipeline restored the model's pseudonyms to the real values they stand for.
        var (rootCause, text, nextActions) = await caseText.RedactAllAsync(caseId,
            (PrintableText.Of(outcome.RootCause, keepLineBreaks: true), PrintableText.Of(outcome.Text, keepLineBreaks: true), outcome.NextActions.Select(a => PrintableText.Of(a, keepLineBreaks: true)).ToList()),
            static (shown, redact) => (redact(shown.Item1), redact(shown.Item2), shown.Item3.Select(redact).ToList()), cancellationToken);
        var reply = new AgentReply(caseId, outcome.Engine, rootCause, outcome.Category, text,
            updated.Value.Investigation, outcome.Citations, nextActions, uploads, outcome.Usage, outcome.SemanticCache);
        if (!turn.Value.Replayed)
        {
            var answer = await cases.AppendTurnAsync(caseId, new AppendTurnCommand(TurnRole.Assistant, Trim(text, Turn.MaxContentLength), [], null, JsonSerializer.Serialize(reply, ReplyJson)), cancellationToken);
            if (!answer.Succeeded)
            {
                return answer.Failure;
            }
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
        var fetched = await sources.GatherAsync(live, message, progress, cancellationToken);
        if (!fetched.Succeeded)
        {
            return fetched.Failure;
        }

        var cluster = kubernetes is null ? new List<TurnAttachment>() : await kubernetes.GatherAsync(live, message, progress, cancellationToken);
        if (!cluster.Succeeded)
        {
            return cluster.Failure;
        }

        var firstLine = message.Trim().Split('\n')[0].Trim();
        var created = await cases.CreateAsync(new CreateCaseCommand(Trim(firstLine, MaxTitle), null), cancellationToken);
        return created.Succeeded
            ? await AskAsync(created.Value.Id, message, [.. attachments, .. fetched.Value, .. cluster.Value], null, new Sources.LiveQuery(null, null, Automatic: false), progress, cancellationToken)
            : created.Failure;
    }

    /// <summary>The turns before <paramref name="sequence"/>: the most recent <see cref="HistoryTurns"/>, and how many older ones
    /// were left out (the investigation state carries what they established).</summary>
    private async Task<(List<Turn> History, int Older)> HistoryAsync(string caseId, int sequence, CancellationToken cancellationToken)
    {
        var before = sequence - 1;
        var skip = Math.Max(0, before - HistoryTurns);
        var page = await cases.ListTurnsAsync(caseId, new PageRequest(skip, HistoryTurns), cancellationToken);
        return ((page.Value?.Items ?? []).Where(t => t.Sequence < sequence).ToList(), skip);
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

    /// <summary>The answer stored with the assistant turn that followed turn <paramref name="sequence"/>, if there is one.</summary>
    private async Task<AgentReply?> StoredReplyAsync(string caseId, int sequence, CancellationToken cancellationToken)
    {
        var next = await cases.ListTurnsAsync(caseId, new PageRequest(sequence, 1), cancellationToken);
        return next.Value?.Items is [{ Role: TurnRole.Assistant, Reply: { } json }] ? JsonSerializer.Deserialize<AgentReply>(json, ReplyJson) : null;
    }

    private async Task<List<CaseEvidence>> EvidenceAsync(string caseId, CancellationToken cancellationToken)
    {
        var evidence = new List<CaseEvidence>();
        var page = await data.ListAsync(caseId, new PageRequest(0, MaxEvidence), cancellationToken);
        foreach (var upload in page.Value?.Items ?? [])
        {
            var analysis = await data.GetAnalysisAsync(caseId, upload.Id, cancellationToken);
            // The redaction report is not needed to answer: only the redacted text.
            var text = await data.GetTextAsync(caseId, upload.Id, cancellationToken);
            if (analysis.Succeeded && text.Succeeded)
            {
                evidence.Add(new CaseEvidence(upload, analysis.Value, text.Value));
            }
        }

        // Oldest first, as the user gave them.
        evidence.Reverse();
        return evidence;
    }

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: turn {Sequence} was a retry; its stored answer was returned")]
    private static partial void LogReplayed(ILogger logger, string caseId, int sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} answered by {Engine}: phase {Phase}, {Evidence} uploads read")]
    private static partial void LogTurn(ILogger logger, string caseId, string engine, Cases.Investigation.DoctrinePhase phase, int evidence);
}
