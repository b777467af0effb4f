namespace FaultMaven.Core.Sessions;

/// <summary>A client's working context; it expires when it has not been used for the configured TTL.</summary>
/// <param name="Id">The session id, e.g. <c>ses_0193…</c>.</param>
/// <param name="ClientKind">Which kind of client opened the session.</param>
/// <param name="UserLabel">A free-form label for the user (a name, an email, a team), if the client gave one.</param>
/// <param name="Metadata">Small client-defined key/value pairs (browser version, hostname, …).</param>
/// <param name="CreatedAt">When the session was created.</param>
/// <param name="LastActiveAt">When the session was last used (created or heartbeat).</param>
/// <param name="ExpiresAt">When the session expires unless it is used again.</param>
/// <param name="Owner">The caller id that opened it; null for sessions from before authentication.</param>
/// <param name="Team">The team it belongs to; null for none.</param>
public sealed record Session(
    string Id,
    ClientKind ClientKind,
    string? UserLabel,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActiveAt,
    DateTimeOffset ExpiresAt,
    string? Owner = null,
    string? Team = null);
