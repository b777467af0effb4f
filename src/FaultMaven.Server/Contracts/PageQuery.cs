using System.ComponentModel.DataAnnotations;
using FaultMaven.Core.Common;

namespace FaultMaven.Server.Contracts;

/// <summary>The paging parameters of a list endpoint.</summary>
/// <param name="Limit">How many items to return, 1–200 (default 50).</param>
/// <param name="Offset">How many items to skip (default 0).</param>
public sealed record PageQuery(
    [Range(1, PageRequest.MaxLimit)] int? Limit,
    [Range(0, int.MaxValue)] int? Offset)
{
    internal PageRequest ToPageRequest() => new(Offset ?? 0, Limit ?? PageRequest.DefaultLimit);
}
