using FaultMaven.Core.Common;

namespace FaultMaven.Core.Security;

/// <summary>Where the audit trail lives: SQLite when embedded, PostgreSQL when scaled out. Case changes are written by the case store
/// in the transaction that makes them; every other change through <see cref="RecordAsync"/>.</summary>
public interface IAuditTrail
{
    /// <summary>Records <paramref name="action"/> on <paramref name="target"/> by the current caller (<see cref="CallerContext"/>).</summary>
    Task RecordAsync(string action, string? target, IReadOnlyDictionary<string, string>? detail = null, CancellationToken cancellationToken = default);

    /// <summary>Lists events newest first.</summary>
    Task<Page<AuditEvent>> ListAsync(AuditQuery query, PageRequest page, CancellationToken cancellationToken = default);
}
