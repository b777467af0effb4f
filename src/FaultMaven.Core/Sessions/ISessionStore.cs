using FaultMaven.Core.Common;
using FaultMaven.Core.Security;

namespace FaultMaven.Core.Sessions;

/// <summary>Where sessions live: SQLite when embedded, Redis when scaled out.</summary>
public interface ISessionStore
{
    /// <summary>Stores a new session.</summary>
    Task CreateAsync(Session session, CancellationToken cancellationToken = default);

    /// <summary>Returns the session if it exists and has not expired at <paramref name="now"/>.</summary>
    Task<Session?> GetAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Lists sessions alive at <paramref name="now"/>, newest first.</summary>
    Task<Page<Session>> ListAsync(DateTimeOffset now, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(now, null, page, cancellationToken);

    /// <summary>Lists sessions alive at <paramref name="now"/> within <paramref name="scope"/> (null: every team's), newest first.</summary>
    Task<Page<Session>> ListAsync(DateTimeOffset now, OwnerScope? scope, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Marks a live session as used at <paramref name="now"/> and moves its expiry; null if it does not exist or has expired.</summary>
    Task<Session?> TouchAsync(string id, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Deletes a session; false if there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes every session that expired at or before <paramref name="now"/> and returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
