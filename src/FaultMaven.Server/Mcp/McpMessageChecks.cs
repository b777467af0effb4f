using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FaultMaven.Server.Mcp;

/// <summary>Checks every incoming request before the SDK reads its parameters (an incoming message filter, both transports): a JSON
/// string that escapes a lone UTF-16 surrogate (<c>"\ud800"</c>) is valid JSON syntax but no text, and reading it fails deep in the
/// SDK as an internal error (-32603). It is answered here as invalid params (-32602) that name the field.</summary>
internal static class McpMessageChecks
{
    /// <summary>Messages answered with a JSON-RPC error before reaching a handler, by transport and code.</summary>
    internal static readonly Counter<long> Rejected = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.mcp.rejected_messages", description: "MCP messages answered with a JSON-RPC error before any handler ran (not JSON, a batch, not text), by transport and code.");

    /// <summary>Why a string is refused, after its field's name.</summary>
    internal const string NotTextReason = "is not valid Unicode text: it holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair) "
        + "or bytes that are not UTF-8. JSON strings must be Unicode (RFC 8259 section 8.2); send the text as UTF-8 or with paired escapes.";

    public static McpMessageHandler Filter(McpMessageHandler next) =>
        async (context, cancellationToken) =>
        {
            if (context.JsonRpcMessage is JsonRpcRequest { Params: { } parameters } request && NotText(parameters) is { } field)
            {
                var reason = $"the string in '{field}' {NotTextReason}";
                Reject(context.Services, "params", (int)McpErrorCode.InvalidParams, $"{request.Method}: {reason}");
                throw new McpProtocolException($"Invalid params: {reason}", McpErrorCode.InvalidParams);
            }

            await next(context, cancellationToken);
        };

    /// <summary>Counts, traces and logs a message answered with a JSON-RPC error.</summary>
    internal static void Reject(IServiceProvider? services, string transport, int code, string reason)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("mcp.message.reject");
        activity?.SetTag("faultmaven.mcp.transport", transport);
        activity?.SetTag("faultmaven.mcp.error_code", code);
        activity?.SetStatus(ActivityStatusCode.Error);
        Rejected.Add(1, new KeyValuePair<string, object?>("faultmaven.mcp.transport", transport), new KeyValuePair<string, object?>("faultmaven.mcp.error_code", code));
        var logger = services?.GetService<ILoggerFactory>()?.CreateLogger("FaultMaven.Server.Mcp.McpMessageChecks") ?? NullLogger.Instance;
        logger.McpMessageRejected(transport, code, reason);
    }

    /// <summary>The name of the field whose string (or property name) is not valid UTF-16, or null when all are text. Linear in the
    /// parameters: each string is read once, as the SDK will read it.</summary>
    internal static string? NotText(JsonNode parameters)
    {
        var pending = new Stack<(JsonNode? Node, string Field)>();
        pending.Push((parameters, "params"));
        while (pending.TryPop(out var item))
        {
            try
            {
                switch (item.Node)
                {
                    case JsonObject obj:
                        foreach (var (name, value) in obj)
                        {
                            pending.Push((value, name));
                        }

                        break;
                    case JsonArray array:
                        foreach (var value in array)
                        {
                            pending.Push((value, item.Field));
                        }

                        break;
                    case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                        _ = value.GetValue<string>();
                        break;
                }
            }
            catch (InvalidOperationException)
            {
                return item.Field;
            }
        }

        return null;
    }
}
