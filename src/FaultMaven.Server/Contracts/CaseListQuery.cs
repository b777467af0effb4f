using System.ComponentModel.DataAnnotations;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;

namespace FaultMaven.Server.Contracts;

/// <summary>The filters and paging of the case list.</summary>
/// <param name="Status">Only cases with this status: open, investigating, resolved or closed.</param>
/// <param name="SessionId">Only cases opened by this session.</param>
/// <param name="Limit">How many cases to return, 1–200 (default 50).</param>
/// <param name="Offset">How many cases to skip (default 0).</param>
public sealed record CaseListQuery(
    [AllowedValues(null, "open", "investigating", "resolved", "closed")] string? Status,
    string? SessionId,
    [Range(1, PageRequest.MaxLimit)] int? Limit,
    [Range(0, int.MaxValue)] int? Offset)
{
    internal CaseStatus? StatusFilter => Status is null ? null : Enum.Parse<CaseStatus>(Status, ignoreCase: true);

    internal PageRequest ToPageRequest() => new PageQuery(Limit, Offset).ToPageRequest();
}
