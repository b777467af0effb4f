using System.Diagnostics;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Common;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FaultMaven.Server.Mcp;

/// <summary>The progress of the tool call being answered, sent to the client as MCP <c>notifications/progress</c> with the
/// <c>progressToken</c> it gave: the investigation's own steps (evidence read, sources queried, the model asked, tools called), so a
/// client waiting on a long <c>ask</c> sees it working. Set for the call by <see cref="McpToolCall"/>; none when the client gave no token.</summary>
internal sealed class McpProgress(McpServer server, ProgressToken token)
{
    /// <summary>The longest message sent; a step's detail can quote a query or a tool's arguments.</summary>
    public const int MaxMessageLength = 500;

    // The model's answer arrives in many small pieces; one notification per piece would flood the client, and the answer comes whole
    // in the result anyway.
    private static readonly TimeSpan DraftInterval = TimeSpan.FromSeconds(2);

    private static readonly AsyncLocal<McpProgress?> CurrentCall = new();

    private readonly Lock _gate = new();
    private int _steps;
    private int _drafted;
    private long _lastDraft;

    /// <summary>The progress of the current tool call, or null when the client asked for none.</summary>
    public static McpProgress? Current => CurrentCall.Value;

    /// <summary>Sets the progress of <paramref name="request"/>'s call for the rest of its flow.</summary>
    public static void Begin(RequestContext<CallToolRequestParams> request) =>
        CurrentCall.Value = request.Params?.ProgressToken is { } token ? new McpProgress(request.Server, token) : null;

    /// <summary>Sends one step; a notification that cannot be sent never fails the call (the client may have stopped listening).</summary>
    public async ValueTask ReportAsync(AgentProgress step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        string message;
        int progress;
        lock (_gate)
        {
            if (step.Step == AgentProgress.Draft)
            {
                _drafted += step.Detail.Length;
                if (_lastDraft != 0 && Stopwatch.GetElapsedTime(_lastDraft) < DraftInterval)
                {
                    return;
                }

                _lastDraft = Stopwatch.GetTimestamp();
                message = $"draft: writing the answer ({_drafted:N0} characters so far)";
            }
            else
            {
                message = PrintableText.Of($"{step.Step}: {step.Detail}");
            }

            progress = ++_steps;
        }

        try
        {
            await server.NotifyProgressAsync(token, new ProgressNotificationValue
            {
                Progress = progress,
                Message = message.Length <= MaxMessageLength ? message : message[..(MaxMessageLength - 1)] + "…",
            }, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException or McpException)
        {
            // The answer still comes: progress is a courtesy.
        }
    }
}
