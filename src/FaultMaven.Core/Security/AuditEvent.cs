namespace FaultMaven.Core.Security;

/// <summary>One state change in the audit trail: who did what to which target, when and from where.</summary>
/// <param name="Id">Increases with every event.</param>
/// <param name="At">When it happened.</param>
/// <param name="ActorId">The caller's id.</param>
/// <param name="ActorName">The caller's name.</param>
/// <param name="Action">What was done, e.g. <c>case.created</c>, <c>upload.deleted</c>, <c>api-key.revoked</c>.</param>
/// <param name="Target">The id of what it was done to.</param>
/// <param name="ClientIp">The client's address.</param>
/// <param name="CorrelationId">The request's correlation id.</param>
/// <param name="Detail">Small facts about the change (the case of an upload, a status moved from and to).</param>
public sealed record AuditEvent(
    long Id,
    DateTimeOffset At,
    string? ActorId,
    string? ActorName,
    string Action,
    string? Target,
    string? ClientIp,
    string? CorrelationId,
    IReadOnlyDictionary<string, string> Detail);
