using System.Text.Json.Serialization;

namespace FaultMaven.Server.Contracts;

/// <summary>A turn for the agent: a message with optional pasted evidence. (A body with <c>role</c> and <c>content</c> instead
/// records a turn verbatim, as before.)</summary>
/// <param name="Message">The question or remark, up to 100,000 characters.</param>
/// <param name="Files">Pasted text or page captures to attach; each becomes an upload of the case.</param>
public sealed record AgentTurnRequest(string? Message, List<DataPasteRequest>? Files);

/// <summary>The contents of a turn body that may be either kind.</summary>
internal sealed record TurnBody(
    string? Message,
    List<DataPasteRequest>? Files,
    Core.Cases.TurnRole? Role,
    string? Content,
    List<string>? Attachments)
{
    [JsonIgnore]
    public bool IsAgentTurn => Message is not null || Role is null && Content is null;
}
