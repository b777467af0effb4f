using System.Globalization;
using FaultMaven.Core.Cases;
using FaultMaven.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace FaultMaven.Server.Endpoints;

/// <summary>A case's version as an HTTP entity tag (<c>ETag: "7"</c>), and the <c>If-Match</c> / body <c>version</c> a client sends back
/// to change the case only if nobody changed it since it read it.</summary>
internal static class CaseVersionTag
{
    /// <summary>Puts the case's <c>ETag</c> on the response and returns the case.</summary>
    public static Case Set(HttpContext context, Case value)
    {
        context.Response.Headers.ETag = Format(value.Version);
        return value;
    }

    /// <summary>The strong entity tag of a version.</summary>
    public static string Format(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version a change must find: from <c>If-Match</c> (one strong tag as GET gave it, or <c>*</c> for any) and/or the body's
    /// <c>version</c>; null when neither is given. A tag that can never match (weak, malformed, several) is refused with 412 at once, and
    /// a header and a body that disagree with 400.</summary>
    public static (long? Version, ProblemHttpResult? Problem) ExpectedVersion(string? ifMatch, long? bodyVersion)
    {
        long? fromHeader = null;
        if (!string.IsNullOrWhiteSpace(ifMatch) && ifMatch.Trim() != "*")
        {
            if (!EntityTagHeaderValue.TryParseStrictList([ifMatch], out var tags) || tags is not [{ IsWeak: false } tag]
                || !long.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return (null, TypedResults.Problem(
                    detail: "If-Match must be one strong entity tag as GET returned it in ETag (e.g. \"3\"), or *.",
                    statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed", type: ProblemTypes.PreconditionFailed));
            }

            fromHeader = parsed;
        }

        if (fromHeader is { } header && bodyVersion is { } body && header != body)
        {
            return (null, TypedResults.Problem(
                detail: $"If-Match names version {header} but the body's version is {body}; send one, or the same in both.",
                statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", type: ProblemTypes.Validation));
        }

        return (fromHeader ?? bodyVersion, null);
    }
}
