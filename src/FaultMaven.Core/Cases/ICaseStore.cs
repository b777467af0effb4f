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
    Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, OwnerScope? scope, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Replaces the case if its stored version is still <paramref name="expectedVersion"/>; false if it changed meanwhile or is gone.</summary>
    Task<bool> UpdateAsync(Case value, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes the case with its turns; false if there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a turn atomically: checks the case is not final, honours the idempotency key,
    /// gives the turn the next sequence number and counts it on the case.
    /// </summary>
    Task<AppendTurnResult> AppendTurnAsync(string caseId, TurnDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Lists a case's turns in conversation order; null if the case does not exist.</summary>
    Task<Page<Turn>?> ListTurnsAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default);
}
