namespace FaultMaven.Core.Cases;

/// <summary>One message of a case's conversation.</summary>
/// <param name="CaseId">The case the turn belongs to.</param>
/// <param name="Sequence">The turn's position in the conversation, from 1, without gaps.</param>
/// <param name="Role">Who spoke.</param>
/// <param name="Content">What was said.</param>
/// <param name="Attachments">Ids of uploads the turn refers to.</param>
/// <param name="CreatedAt">When the turn was appended.</param>
/// <param name="Reply">For an agent's turn, its whole answer as stored JSON (the API shows the content; a retried turn gets this back).</param>
public sealed record Turn(
    string CaseId,
    int Sequence,
    TurnRole Role,
    string Content,
    IReadOnlyList<string> Attachments,
    DateTimeOffset CreatedAt,
    [property: System.Text.Json.Serialization.JsonIgnore] string? Reply = null)
{
    /// <summary>The longest turn content, in characters.</summary>
    public const int MaxContentLength = 100_000;

    /// <summary>The most attachments one turn may reference.</summary>
    public const int MaxAttachments = 20;
}
