using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FaultMaven.Core.Cases;

namespace FaultMaven.Server.Contracts;

/// <summary>Renames a case and/or moves it along open → investigating → resolved | closed.</summary>
/// <param name="Title">The new title, 1–200 characters.</param>
/// <param name="Status">The new status.</param>
/// <param name="Version">The case version the change was made against (as in ETag); a stale one gets 412. Same as sending If-Match.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateCaseRequest(
    [MinLength(1), MaxLength(Case.MaxTitleLength)] string? Title,
    CaseStatus? Status,
    [Range(1, long.MaxValue)] long? Version = null)
{
    internal UpdateCaseCommand ToCommand(long? expectedVersion) => new(Title, Status, expectedVersion);
}
