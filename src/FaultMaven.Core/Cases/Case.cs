using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Cases;

/// <summary>A troubleshooting investigation; it outlives the session that opened it.</summary>
/// <param name="Id">The case id, e.g. <c>case_0193…</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="Status">Where the case is in its lifecycle.</param>
/// <param name="SessionId">The session that opened the case, if any.</param>
/// <param name="CreatedAt">When the case was opened.</param>
/// <param name="UpdatedAt">When the case last changed (title, status, a new turn).</param>
/// <param name="ClosedAt">When the case was resolved or closed.</param>
/// <param name="TurnCount">How many turns the conversation holds.</param>
/// <param name="Version">Increases with every change; used for optimistic concurrency.</param>
/// <param name="Investigation">The doctrine state the agent keeps.</param>
/// <param name="Owner">The caller id that opened it; null for cases from before authentication.</param>
/// <param name="Team">The team it belongs to; null for none (then only its owner and admins see it).</param>
public sealed record Case(
    string Id,
    string Title,
    CaseStatus Status,
    string? SessionId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    int TurnCount,
    long Version,
    InvestigationState Investigation,
    string? Owner = null,
    string? Team = null)
{
    /// <summary>The longest title, in characters.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The title given to a case created without one.</summary>
    public const string DefaultTitle = "Untitled case";
}
