using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Security;
using FaultMaven.Server.Problems;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FaultMaven.Server.Mcp;

/// <summary>Wraps every MCP tool call (a call-tool filter): a span, a metric and a log line each, and arguments the tool cannot take
/// (a required one missing, a string where a number goes) answered as an <c>isError</c> result that says which. An unexpected
/// exception becomes an <c>isError</c> result that reveals nothing internal (the trace id finds the logged exception).</summary>
internal static class McpToolCall
{
    private static readonly Counter<long> Calls = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.mcp.tool_calls", description: "MCP tool calls, by tool and outcome (ok, error, invalid, failed, cancelled).");

    private static readonly Histogram<double> Duration = FaultMavenTelemetry.Meter.CreateHistogram<double>(
        "faultmaven.mcp.tool_call.duration", "s", "Time to answer one MCP tool call, by tool.");

    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (request, cancellationToken) =>
        {
            var tool = request.Params?.Name ?? "(none)";
            var logger = request.Services?.GetService<ILoggerFactory>()?.CreateLogger("FaultMaven.Server.Mcp.McpToolCall") ?? NullLogger.Instance;
            using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("mcp.tool");
            activity?.SetTag("faultmaven.mcp.tool", tool);
            McpProgress.Begin(request);
            var started = Stopwatch.GetTimestamp();
            var outcome = "failed";
            try
            {
                var result = await next(request, cancellationToken);
                outcome = result.IsError == true ? "error" : "ok";
                return result;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                outcome = "cancelled";
                throw;
            }
            catch (McpException)
            {
                // The SDK's own answers (an unknown tool is a protocol error) stay as the protocol defines them.
                outcome = "invalid";
                throw;
            }
            catch (Exception ex) when (ex is JsonException || ex is ArgumentException { ParamName: "arguments" })
            {
                outcome = "invalid";
                var detail = ex is ArgumentException { ParamName: { } name } argument ? argument.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : ex.Message;
                return McpToolResults.Invalid($"The arguments do not fit '{tool}': {detail} See the tool's input schema.");
            }
            catch (Exception ex)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                logger.McpToolFailed(ex, tool);
                return McpToolResults.Error(ProblemTypes.Internal, "Internal error",
                    $"FaultMaven could not complete '{tool}'; its log has the details (trace {activity?.TraceId.ToString() ?? "none"}).");
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                activity?.SetTag("faultmaven.mcp.outcome", outcome);
                Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("faultmaven.mcp.tool", tool));
                Calls.Add(1, new KeyValuePair<string, object?>("faultmaven.mcp.tool", tool), new KeyValuePair<string, object?>("faultmaven.mcp.outcome", outcome));
                logger.McpToolCalled(tool, outcome, CallerContext.Caller.Id, elapsed.TotalMilliseconds);
            }
        };
}
