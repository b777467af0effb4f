using System.ComponentModel.DataAnnotations;
using FaultMaven.Core.Cases;

namespace FaultMaven.Server.Contracts;

/// <summary>Renames a case and/or moves it along open → investigating → resolved | closed.</summary>
/// <param name="Title">The new title, 1–200 characters.</param>
/// <param name="Status">The new status.</param>
public sealed record UpdateCaseRequest(
    [MinLength(1), MaxLength(Case.MaxTitleLength)] string? Title,
    CaseStatus? Status)
{
    internal UpdateCaseCommand ToCommand() => new(Title, Status);
}
