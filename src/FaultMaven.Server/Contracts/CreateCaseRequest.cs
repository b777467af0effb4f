using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FaultMaven.Core.Cases;

namespace FaultMaven.Server.Contracts;

/// <summary>Opens a case.</summary>
/// <param name="Title">A short title, up to 200 characters (default "Untitled case").</param>
/// <param name="SessionId">The live session opening the case, if any.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateCaseRequest(
    [MaxLength(Case.MaxTitleLength)] string? Title,
    string? SessionId)
{
    internal CreateCaseCommand ToCommand() => new(Title, SessionId);
}
