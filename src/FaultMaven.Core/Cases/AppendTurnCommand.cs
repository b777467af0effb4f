namespace FaultMaven.Core.Cases;

/// <summary>A new turn for a case's conversation.</summary>
/// <param name="Role">Who spoke.</param>
/// <param name="Content">What was said.</param>
/// <param name="Attachments">Ids of uploads the turn refers to.</param>
/// <param name="IdempotencyKey">A client-chosen key; a retry with the same key and content is applied once.</param>
/// <param name="Reply">For an agent's turn, its whole answer as JSON, kept beside the turn.</param>
/// <param name="RequestDigest">The <see cref="TurnRequestDigest"/> of the request that asked for the turn, when it was more than
/// this command (an agent turn's files and live queries); null: the digest of the command as given.</param>
public sealed record AppendTurnCommand(TurnRole Role, string Content, IReadOnlyList<string>? Attachments, string? IdempotencyKey = null, string? Reply = null, string? RequestDigest = null)
{
    /// <summary>The longest idempotency key, in characters.</summary>
    public const int MaxIdempotencyKeyLength = 255;
}
