using System.ComponentModel.DataAnnotations;
using FaultMaven.Core.Cases;

namespace FaultMaven.Server.Contracts;

/// <summary>Adds a message to a case's conversation.</summary>
/// <param name="Role">user or assistant.</param>
/// <param name="Content">The message, up to 100,000 characters.</param>
/// <param name="Attachments">Ids of uploads the message refers to, up to 20.</param>
public sealed record AppendTurnRequest(
    [Required] TurnRole? Role,
    [Required, MinLength(1), MaxLength(Turn.MaxContentLength)] string? Content,
    [MaxLength(Turn.MaxAttachments)] List<string>? Attachments)
{
    internal AppendTurnCommand ToCommand(string? idempotencyKey) => new(Role!.Value, Content!, Attachments, idempotencyKey);
}
