using FaultMaven.Core.Diagnostics;

namespace FaultMaven.Server.Mcp;

internal static partial class Log
{
    [LoggerMessage(LogEvents.McpToolCalled, LogLevel.Information, "MCP tool {Tool} answered {Outcome} for {CallerId} in {Milliseconds:0} ms")]
    public static partial void McpToolCalled(this ILogger logger, string tool, string outcome, string callerId, double milliseconds);

    [LoggerMessage(LogEvents.McpToolFailed, LogLevel.Error, "MCP tool {Tool} failed")]
    public static partial void McpToolFailed(this ILogger logger, Exception exception, string tool);

    [LoggerMessage(LogEvents.McpMessageRejected, LogLevel.Warning, "MCP message rejected on {Transport} with JSON-RPC error {Code}: {Reason}")]
    public static partial void McpMessageRejected(this ILogger logger, string transport, int code, string reason);
}
