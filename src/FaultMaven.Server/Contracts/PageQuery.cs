using FaultMaven.Core.Common;

namespace FaultMaven.Server.Contracts;

/// <summary>Turns the <c>limit</c> and <c>offset</c> query parameters (already range-checked by validation) into a page request.</summary>
/// <remarks>
/// Paging is bound as two handler parameters rather than an [AsParameters] record: in .NET 10 the OpenAPI
/// generator fails on validation attributes of [AsParameters] constructor parameters.
/// </remarks>
internal static class PageQuery
{
    public const int MaxOffset = int.MaxValue;

    public static PageRequest ToPageRequest(int? limit, int? offset) => new(offset ?? 0, limit ?? PageRequest.DefaultLimit);
}
