using System.Diagnostics.Metrics;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Common;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sessions;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Cases;

/// <summary>Opens, changes and closes cases, and keeps their conversations.</summary>
public sealed class CaseService(
    ICaseStore store,
    SessionService sessions,
    CaseTextRedactor redactor,
    TimeProvider timeProvider,
    ILogger<CaseService> logger)
{
    // Optimistic updates retry this often before reporting contention; real contention on one case is rare.
    private const int MaxUpdateAttempts = 8;

    private static readonly Counter<long> Created = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.cases.created", description: "Cases opened.");

    private static readonly Counter<long> TurnsAppended = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.cases.turns", description: "Turns appended to cases, by role; replays are not counted.");

    /// <summary>Opens a case, optionally tied to the live session that opened it.</summary>
    public async Task<Outcome<Case>> CreateAsync(CreateCaseCommand command, CancellationToken cancellationToken = default)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("case.create");
        var title = PrintableText.Of(command.Title ?? "").Trim() is { Length: > 0 } given ? given : Case.DefaultTitle;
        if (title.Length > Case.MaxTitleLength)
        {
            return new Failure(FailureKind.Invalid, $"title must be at most {Case.MaxTitleLength} characters.");
        }

        var caller = CallerContext.Caller;
        if (command.SessionId is { } sessionId && !(await sessions.GetAsync(sessionId, cancellationToken) is { } session && caller.CanSee(session.Owner, session.Team)))
        {
            return new Failure(FailureKind.Invalid, $"sessionId '{sessionId}' does not name a live session.");
        }

        var now = timeProvider.GetUtcNow();
        var id = Ids.New("case", timeProvider);
        title = await redactor.RedactAsync(id, title, cancellationToken);
        var @case = new Case(id, title, CaseStatus.Open, command.SessionId, now, now, null, 0, 1, InvestigationState.Empty, caller.Id, caller.Team);
        await store.CreateAsync(@case, cancellationToken);
        activity?.SetTag("faultmaven.case.id", @case.Id);
        Created.Add(1);
        logger.CaseCreated(@case.Id);
        return @case;
    }

    /// <summary>Returns the case, or null.</summary>
    public Task<Case?> GetAsync(string id, CancellationToken cancellationToken = default) => store.GetAsync(id, cancellationToken);

    /// <summary>Lists cases newest first, optionally filtered by status and by the session that opened them.</summary>
    public Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, PageRequest page, CancellationToken cancellationToken = default) =>
        store.ListAsync(status, sessionId, page, cancellationToken);

    /// <summary>Lists the cases within <paramref name="scope"/> (null: every team's) newest first, optionally filtered by status and session.</summary>
    public Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, OwnerScope? scope, PageRequest page, CancellationToken cancellationToken = default) =>
        store.ListAsync(status, sessionId, scope, null, page, cancellationToken);

    /// <summary>Lists cases as <see cref="ListAsync(CaseStatus?, string?, OwnerScope?, PageRequest, CancellationToken)"/> does, only
    /// those whose title contains <paramref name="titleContains"/> (ignoring case) when it is given.</summary>
    public Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, OwnerScope? scope, string? titleContains, PageRequest page, CancellationToken cancellationToken = default) =>
        store.ListAsync(status, sessionId, scope, string.IsNullOrWhiteSpace(titleContains) ? null : titleContains.Trim(), page, cancellationToken);

    /// <summary>Gets the case of <paramref name="owner"/> that is still being worked on (investigating, else open), or null: how an
    /// integration finds the case of an alert group or a chat thread again by the owner it opened it as.</summary>
    public async Task<Case?> FindOpenOwnedByAsync(string owner, CancellationToken cancellationToken = default)
    {
        // One read of the owner's newest cases, not one per status: an investigation that starts (Open → Investigating) between two
        // reads would hide its case from both, and the next alert of the group (an HA replica's copy) would open a second case.
        var page = await ListAsync(null, null, new OwnerScope(owner, null), PageRequest.First, cancellationToken);
        return page.Items.FirstOrDefault(c => c.Status == CaseStatus.Investigating) ?? page.Items.FirstOrDefault(c => c.Status == CaseStatus.Open);
    }

    /// <summary>Changes the title and/or moves the case along its lifecycle; invalid transitions are refused.</summary>
    public async Task<Outcome<Case>> UpdateAsync(string id, UpdateCaseCommand command, CancellationToken cancellationToken = default)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("case.update");
        activity?.SetTag("faultmaven.case.id", id);
        string? title = null;
        if (command.Title is not null)
        {
            title = PrintableText.Of(command.Title).Trim();
            if (title.Length is 0 or > Case.MaxTitleLength)
            {
                return new Failure(FailureKind.Invalid, $"title must be 1 to {Case.MaxTitleLength} characters.");
            }

            // Pseudonyms are kept only for a case that exists.
            if (await store.GetAsync(id, cancellationToken) is null)
            {
                return Failure.NotFound("case", id);
            }

            title = await redactor.RedactAsync(id, title, cancellationToken);
        }

        return await ChangeAsync(id, current =>
        {
            if (command.ExpectedVersion is { } expected && expected != current.Version)
            {
                return new Failure(FailureKind.PreconditionFailed, $"Case '{id}' is at version {current.Version}, not {expected}: it changed since you read it. Read it again and retry.");
            }

            var status = command.Status ?? current.Status;
            if (!CaseStatusTransitions.IsAllowed(current.Status, status))
            {
                return InvalidTransition(current.Status, status);
            }

            var now = timeProvider.GetUtcNow();
            return current with
            {
                Title = title ?? current.Title,
                Status = status,
                UpdatedAt = now,
                ClosedAt = status != current.Status && CaseStatusTransitions.IsFinal(status) ? now : current.ClosedAt,
            };
        }, cancellationToken);
    }

    /// <summary>Records the investigation state the agent reached on this turn; refused once the case is resolved or closed.</summary>
    public async Task<Outcome<Case>> SetInvestigationAsync(string id, InvestigationState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("case.investigation.update");
        // Stored as printable text, as turns and titles are: the state quotes evidence and the model.
        state = state.Printable();
        activity?.SetTag("faultmaven.case.id", id);
        // And redacted with the case's pseudonyms, as turns and titles are: a model's answer comes back with the real values its
        // pseudonyms stood for, and the offline engine copies steps from runbooks, which may hold credentials.
        if (await store.GetAsync(id, cancellationToken) is null)
        {
            return Failure.NotFound("case", id);
        }

        state = await redactor.RedactAllAsync(id, state, static (s, redact) => s.Map(redact), cancellationToken);
        return await ChangeAsync(id, current => CaseStatusTransitions.IsFinal(current.Status)
            ? new Failure(FailureKind.Conflict, $"Case '{id}' is resolved or closed; its investigation can no longer change.")
            : current with { Investigation = state, UpdatedAt = timeProvider.GetUtcNow() }, cancellationToken);
    }

    /// <summary>Applies <paramref name="change"/> to the current case with optimistic concurrency, retrying on contention.</summary>
    private async Task<Outcome<Case>> ChangeAsync(string id, Func<Case, Outcome<Case>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxUpdateAttempts; attempt++)
        {
            if (await store.GetAsync(id, cancellationToken) is not { } current)
            {
                return Failure.NotFound("case", id);
            }

            var changed = change(current);
            if (!changed.Succeeded)
            {
                return changed;
            }

            var updated = changed.Value with { Version = current.Version + 1 };
            if (await store.UpdateAsync(updated, current.Version, cancellationToken))
            {
                if (updated.Status != current.Status)
                {
                    logger.CaseStatusChanged(id, current.Status, updated.Status);
                }

                return updated;
            }

            logger.CaseUpdateContended(id, attempt);
        }

        return new Failure(FailureKind.Conflict, $"Case '{id}' is being changed by other requests; try again.");
    }

    /// <summary>Deletes the case with its conversation; false if there was none.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("case.delete");
        activity?.SetTag("faultmaven.case.id", id);
        var deleted = await store.DeleteAsync(id, cancellationToken);
        if (deleted)
        {
            logger.CaseDeleted(id);
        }

        return deleted;
    }

    /// <summary>Appends a turn to the case's conversation; a retry with the same idempotency key is applied once.</summary>
    public async Task<Outcome<AppendedTurn>> AppendTurnAsync(string caseId, AppendTurnCommand command, CancellationToken cancellationToken = default)
    {
        if (Validate(command) is { } failure)
        {
            return failure;
        }

        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("case.turn.append");
        activity?.SetTag("faultmaven.case.id", caseId);
        var attachments = command.Attachments ?? [];
        if (await store.GetAsync(caseId, cancellationToken) is null)
        {
            return Failure.NotFound("case", caseId);
        }

        // Redacted before the fingerprint too: a hash of a short password is not kept either. Terminal escapes, other control
        // characters and bidirectional overrides go first (line breaks and tabs stay): a turn is read by people in the web, in fm and
        // by MCP clients, and must show what it says (no Trojan Source, no escapes acting on a terminal). Evidence stays byte-exact
        // in the uploads.
        var content = await RedactTurnTextAsync(caseId, command.Content, cancellationToken);
        // The fingerprint is of the request as sent (two bodies that differ only in a secret redact alike but are two requests),
        // keyed (TurnRequestDigest); a turn without a key is never compared, so it keeps none.
        var fingerprint = command.IdempotencyKey is not { } key ? ""
            : command.RequestDigest ?? TurnRequestDigest.OfRecordedTurn(caseId, key, command.Role, command.Content, attachments);
        var draft = new TurnDraft(command.Role, content, attachments, timeProvider.GetUtcNow(), IdempotencyKeyDigest.Of(command.IdempotencyKey), fingerprint, command.Reply);
        var result = await store.AppendTurnAsync(caseId, draft, cancellationToken);
        switch (result.Status)
        {
            case AppendTurnStatus.Appended:
                TurnsAppended.Add(1, new KeyValuePair<string, object?>("turn.role", command.Role.ToString()));
                logger.TurnAppended(caseId, result.Turn!.Sequence, command.Role);
                return new AppendedTurn(result.Turn, Replayed: false);
            case AppendTurnStatus.Replayed:
                logger.TurnReplayed(caseId, result.Turn!.Sequence);
                return new AppendedTurn(result.Turn, Replayed: true);
            case AppendTurnStatus.KeyReused:
                return new Failure(FailureKind.IdempotencyKeyReused, "This Idempotency-Key was already used for a different turn on this case; use a new key for a new turn.");
            case AppendTurnStatus.CaseFinal:
                return new Failure(FailureKind.Conflict, $"Case '{caseId}' is resolved or closed; its conversation can no longer change.");
            default:
                return Failure.NotFound("case", caseId);
        }
    }

    /// <summary>A turn's text as it is stored: printable (line breaks and tabs kept) and redacted with the case's pseudonyms.</summary>
    public async Task<string> RedactTurnTextAsync(string caseId, string content, CancellationToken cancellationToken = default) =>
        await redactor.RedactAsync(caseId, PrintableText.Of(content, keepLineBreaks: true), cancellationToken);

    /// <summary>The turn <paramref name="idempotencyKey"/> already made on the case, and whether <paramref name="requestDigest"/>
    /// (a <see cref="TurnRequestDigest"/>) is the request that made it; null if the key made none.</summary>
    public async Task<(Turn Turn, bool SameRequest)?> FindKeyedTurnAsync(string caseId, string idempotencyKey, string requestDigest, CancellationToken cancellationToken = default) =>
        await store.FindTurnByKeyAsync(caseId, IdempotencyKeyDigest.Of(idempotencyKey)!, cancellationToken) is { } found
            ? (found.Turn, string.Equals(found.Fingerprint, requestDigest, StringComparison.Ordinal))
            : null;

    /// <summary>Lists the case's turns in conversation order.</summary>
    public async Task<Outcome<Page<Turn>>> ListTurnsAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default) =>
        await store.ListTurnsAsync(caseId, page, cancellationToken) is { } turns ? turns : Failure.NotFound("case", caseId);

    private static Failure InvalidTransition(CaseStatus from, CaseStatus to)
    {
        var allowed = CaseStatusTransitions.AllowedFrom(from);
        var options = allowed.Count == 0 ? "none: it is final" : string.Join(", ", allowed.Select(s => s.ToString().ToLowerInvariant()));
        return new Failure(FailureKind.InvalidTransition, $"A case cannot move from {from.ToString().ToLowerInvariant()} to {to.ToString().ToLowerInvariant()}; allowed from {from.ToString().ToLowerInvariant()}: {options}.");
    }

    private static Failure? Validate(AppendTurnCommand command)
    {
        if (!Enum.IsDefined(command.Role))
        {
            return new Failure(FailureKind.Invalid, "role must be user or assistant.");
        }

        if (string.IsNullOrWhiteSpace(command.Content) || command.Content.Length > Turn.MaxContentLength)
        {
            return new Failure(FailureKind.Invalid, $"content must be 1 to {Turn.MaxContentLength} characters and not blank.");
        }

        if (command.Attachments is { Count: > Turn.MaxAttachments })
        {
            return new Failure(FailureKind.Invalid, $"a turn may reference at most {Turn.MaxAttachments} attachments.");
        }

        if (command.Attachments is { } attachments && attachments.Any(string.IsNullOrWhiteSpace))
        {
            return new Failure(FailureKind.Invalid, "attachment ids must not be blank.");
        }

        if (command.IdempotencyKey is { } key && (key.Length is 0 or > AppendTurnCommand.MaxIdempotencyKeyLength || key.Any(char.IsControl)))
        {
            return new Failure(FailureKind.Invalid, $"Idempotency-Key must be 1 to {AppendTurnCommand.MaxIdempotencyKeyLength} printable characters.");
        }

        return null;
    }
}
