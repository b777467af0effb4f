using FaultMaven.Core.Common;
using FaultMaven.Core.Security;

namespace FaultMaven.Core.Cases;

/// <summary>Where cases and their turns live: SQLite when embedded, PostgreSQL when scaled out.</summary>
public interface ICaseStore
{
    /// <summary>Stores a new case.</summary>
    Task CreateAsync(Case value, CancellationToken cancellationToken = default);

    /// <summary>Returns the case, or null.</summary>
    Task<Case?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists cases newest first, optionally only those with the given status or opened by the given session.</summary>
    Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(status, sessionId, null, page, cancellationToken);

    /// <summary>Lists cases newest first, optionally only those with the given status, opened by the given session, and within
    /// <paramref name="scope"/> (null: every team's).</summary>
    Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, OwnerScope? scope, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(status, sessionId, scope, null, page, cancellationToken);

    /// <summary>Lists cases as the other overloads do, and when <paramref name="titleContains"/> is given, only those whose title
    /// contains each of its words (<see cref="CaseTitleWords"/>), ignoring case.</summary>
    Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, OwnerScope? scope, string? titleContains, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Replaces the case if its stored version is still <paramref name="expectedVersion"/>; false if it changed meanwhile or is gone.</summary>
    Task<bool> UpdateAsync(Case value, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes the case with its turns; false if there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a turn atomically: checks the case is not final, honours the idempotency key,
    /// gives the turn the next sequence number and counts it on the case.
    /// </summary>
    Task<AppendTurnResult> AppendTurnAsync(string caseId, TurnDraft draft, CancellationToken cancellationToken = default);

    /// <summary>The turn a client's idempotency key (its <see cref="IdempotencyKeyDigest"/>) made on the case, with the request
    /// digest stored beside it; null if there is none.</summary>
    Task<(Turn Turn, string Fingerprint)?> FindTurnByKeyAsync(string caseId, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Lists a case's turns in conversation order; null if the case does not exist.</summary>
    Task<Page<Turn>?> ListTurnsAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default);
}

/// <summary>The words a case search looks for in titles: split on white space, at most eight (a search is a few words, not a text).</summary>
public static class CaseTitleWords
{
    /// <summary>The most words one search uses.</summary>
    public const int Max = 8;

    /// <summary>Gets the words of <paramref name="query"/>, or none.</summary>
    public static IReadOnlyList<string> Of(string? query) =>
        string.IsNullOrWhiteSpace(query) ? [] : [.. query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).Take(Max)];
}
