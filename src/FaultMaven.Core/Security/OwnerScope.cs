namespace FaultMaven.Core.Security;

/// <summary>Limits a list to what one non-admin caller sees: rows of their team, and rows they own.</summary>
/// <param name="Owner">The caller's id.</param>
/// <param name="Team">The caller's team; null for none (then only their own rows).</param>
public sealed record OwnerScope(string Owner, string? Team)
{
    /// <summary>Whether a row owned by <paramref name="owner"/> in <paramref name="team"/> is in scope.</summary>
    public bool Includes(string? owner, string? team) =>
        (team is not null && team == Team) || (owner is not null && owner == Owner);
}
