namespace FaultMaven.Core.Agent.Model;

/// <summary>Reads a failed request for what the model refused: tools (Ollama: "does not support tools", llama.cpp and others: a 400
/// about tools or functions) or structured output (a 400 about <c>response_format</c> or a JSON schema). Null when the failure was
/// something else (unreachable, rate-limited, timed out), which a second request would not fix.</summary>
internal static class ModelRefusal
{
    private static readonly string[] ToolWords = ["tool", "function"];
    private static readonly string[] FormatWords = ["response_format", "json_schema", "json schema", "structured output", "response format", "grammar"];
    private static readonly string[] Refusals = ["400", "422", "bad request", "unprocessable", "not support", "unsupported", "invalid"];

    /// <summary>What was refused, if the failure says so.</summary>
    public static (bool Tools, bool Format)? Read(LlmUnavailableException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var text = string.Join('\n', failure.Failures.SelectMany(Messages)).ToLowerInvariant();
        if (!Refusals.Any(text.Contains))
        {
            return null;
        }

        var tools = ToolWords.Any(text.Contains);
        var format = FormatWords.Any(text.Contains);
        // A request refused without saying why: drop both, the bare request is the one every chat model takes.
        return tools || format ? (tools, format) : text.Contains("400", StringComparison.Ordinal) ? (true, true) : null;
    }

    private static IEnumerable<string> Messages(Exception? ex)
    {
        for (var depth = 0; ex is not null && depth < 5; ex = ex.InnerException, depth++)
        {
            yield return ex.Message;
        }
    }
}
