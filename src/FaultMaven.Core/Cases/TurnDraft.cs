namespace FaultMaven.Core.Cases;

/// <summary>A turn as handed to the store, before it has a sequence number.</summary>
/// <param name="Role">Who spoke.</param>
/// <param name="Content">What was said.</param>
/// <param name="Attachments">Ids of uploads the turn refers to.</param>
/// <param name="CreatedAt">When the turn is appended.</param>
/// <param name="IdempotencyKey">The client's idempotency key, if any.</param>
/// <param name="Fingerprint">A hash of the request, to tell a retry from a different request reusing the key.</param>
/// <param name="Reply">For an agent's turn, its whole answer as JSON.</param>
public sealed record TurnDraft(
    TurnRole Role,
    string Content,
    IReadOnlyList<string> Attachments,
    DateTimeOffset CreatedAt,
    string? IdempotencyKey,
    string Fingerprint,
    string? Reply = null);
