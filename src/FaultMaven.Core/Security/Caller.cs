namespace FaultMaven.Core.Security;

/// <summary>Who makes a request: an API key, an OIDC user, the bootstrap admin, or the implicit local admin when authentication is off.</summary>
/// <param name="Id">A stable id, e.g. <c>key_0193…</c>, <c>oidc:&lt;sub&gt;</c>, <c>bootstrap-admin</c> or <c>local</c>.</param>
/// <param name="Name">A readable name (the key's name, the user's name).</param>
/// <param name="Role">What the caller may do.</param>
/// <param name="Team">The team whose cases and sessions the caller sees; null for none.</param>
public sealed record Caller(string Id, string Name, CallerRole Role, string? Team)
{
    /// <summary>Gets the implicit caller when authentication is off (loopback only): an admin of no team.</summary>
    public static Caller Local { get; } = new("local", "local", CallerRole.Admin, null);

    /// <summary>Gets a value indicating whether the caller is an admin (sees every team's data).</summary>
    public bool IsAdmin => Role == CallerRole.Admin;

    /// <summary>Gets what the caller's lists are limited to: null (everything) for admins.</summary>
    public OwnerScope? Scope => IsAdmin ? null : new OwnerScope(Id, Team);

    /// <summary>Whether a resource owned by <paramref name="owner"/> in <paramref name="team"/> exists for this caller: admins see all,
    /// others see their team's and their own. Rows from before authentication (no owner, no team) are for admins only.</summary>
    public bool CanSee(string? owner, string? team) => Scope?.Includes(owner, team) ?? true;

    /// <summary>Whether the caller may delete a resource created by <paramref name="owner"/>: its creator or an admin.</summary>
    public bool CanDelete(string? owner) => IsAdmin || (owner is not null && owner == Id);
}
