using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Problems;
using ModelContextProtocol.Protocol;

namespace FaultMaven.Server.Mcp;

/// <summary>Tool results as MCP clients read them: the answer as JSON text, or an <c>isError</c> result whose text is the problem
/// details the REST API would have answered (stable <c>type</c>, title, detail), so a model can tell what to fix.</summary>
internal static class McpToolResults
{
    // The API's conventions, without HTML escaping: a model reads "<EMAIL_1>", not "\u003CEMAIL_1\u003E".
    private static readonly JsonSerializerOptions Json = new(ApiJson.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static CallToolResult Ok(object value) => new()
    {
        Content = [new TextContentBlock { Text = JsonSerializer.Serialize(value, Json) }],
    };

    public static CallToolResult Error(string type, string title, string detail) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = JsonSerializer.Serialize(new ToolProblem(type, title, detail), Json) }],
    };

    /// <summary>The same mapping as <see cref="FailureResults.ToProblem"/>: one table of failure kinds for the API and the tools.</summary>
    public static CallToolResult Error(Failure failure)
    {
        var problem = failure.ToProblem().ProblemDetails;
        return Error(problem.Type ?? ProblemTypes.Conflict, problem.Title ?? "Failed", problem.Detail ?? failure.Detail);
    }

    public static CallToolResult Invalid(string detail) => Error(ProblemTypes.Validation, "Invalid arguments", detail);

    public static CallToolResult Forbidden(string detail) => Error(ProblemTypes.Forbidden, "Forbidden", detail);

    public static CallToolResult NotFound(string resource, string id) => Error(Failure.NotFound(resource, id));

    private sealed record ToolProblem(string Type, string Title, string Detail);
}
