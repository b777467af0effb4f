using FaultMaven.Core.Cases;
using FaultMaven.Core.Security;
using ModelContextProtocol.Protocol;

namespace FaultMaven.Server.Mcp;

/// <summary>The API's rules for a case, for the MCP tools: another team's case does not exist for the caller, and writing needs the
/// engineer role.</summary>
internal static class McpCaseAccess
{
    /// <summary>The longest case id accepted; real ones are about 31 characters.</summary>
    public const int MaxIdLength = 100;

    /// <summary>The case, if the caller may see it; another team's case does not exist for them, as on the REST API.</summary>
    public static async Task<Case?> VisibleCaseAsync(CaseService cases, string caseId, CancellationToken cancellationToken)
    {
        var caller = CallerContext.Caller;
        return await cases.GetAsync(caseId, cancellationToken) is { } found && caller.CanSee(found.Owner, found.Team) ? found : null;
    }

    /// <summary>Null when the caller may write to the case, else the tool error to answer.</summary>
    public static async Task<CallToolResult?> WritableCaseAsync(CaseService cases, string caseId, string what, CancellationToken cancellationToken)
    {
        if (caseId.Length > MaxIdLength)
        {
            return McpToolResults.Invalid($"'caseId' must be at most {MaxIdLength} characters.");
        }

        // Existence first: a viewer learns nothing about another team's case from the role message.
        if (await VisibleCaseAsync(cases, caseId, cancellationToken) is null)
        {
            return McpToolResults.NotFound("case", caseId);
        }

        return MayNotWrite(what);
    }

    /// <summary>Null for an engineer or an admin, else the tool error saying which role <paramref name="what"/> needs.</summary>
    public static CallToolResult? MayNotWrite(string what)
    {
        var caller = CallerContext.Caller;
        return caller.Role >= CallerRole.Engineer
            ? null
            : McpToolResults.Forbidden($"Your role is {caller.Role.ToString().ToLowerInvariant()}: to {what} you need the engineer or admin role.");
    }
}
