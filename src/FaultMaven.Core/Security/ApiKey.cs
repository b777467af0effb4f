namespace FaultMaven.Core.Security;

/// <summary>An API key as the admin sees it; the key itself is shown once, at creation, and only its hash is stored.</summary>
/// <param name="Id">The key's id, e.g. <c>key_0193…</c>; also the caller id of requests made with it.</param>
/// <param name="Name">What the key is for (a person, a pipeline).</param>
/// <param name="Role">The role of requests made with it.</param>
/// <param name="Team">The team of requests made with it; null for none.</param>
/// <param name="Prefix">The first characters of the key, to recognise it by.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">The caller id that created it.</param>
/// <param name="LastUsedAt">When a request last used it (to the minute).</param>
/// <param name="RevokedAt">When it was revoked; a revoked key authenticates nothing.</param>
public sealed record ApiKey(
    string Id,
    string Name,
    CallerRole Role,
    string? Team,
    string Prefix,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    /// <summary>Gets a value indicating whether the key has been revoked.</summary>
    public bool Revoked => RevokedAt is not null;

    /// <summary>Gets the caller that requests made with this key act as.</summary>
    public Caller ToCaller() => new(Id, Name, Role, Team);
}
