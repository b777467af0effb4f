using System.CommandLine;
using System.Net;
using System.Text.Json;
using FaultMaven.Server;
using FaultMaven.Server.Mcp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm mcp</c>: FaultMaven's MCP tools over standard input and output, for MCP clients that start their servers as processes
/// (Claude Desktop, VS Code, Cursor…). Where the tools run follows <c>fm ask</c> (<see cref="AnswerTarget"/>): a FaultMaven server
/// (<c>--server</c>, or the one at <c>FM_URL</c> when it answers) serves them through its <c>/mcp</c> endpoint with <c>FM_API_KEY</c> — its
/// cases, knowledge base, roles and team — and with no server they run in-process over the data directory as the local admin.
/// Standard output carries MCP's JSON-RPC messages only; everything else (the choice made, logs) goes to standard error.</summary>
internal static class McpCommand
{
    public static Command Create(CliContext context)
    {
        var server = new Option<string?>("--server") { Description = "Serve the tools of the FaultMaven server at this URL, with FM_API_KEY (default: the one at FM_URL when it answers, else in-process)" };
        var dataDir = new Option<string?>("--data-dir") { Description = "Run the tools in-process over this data directory, even when a server is up (default: FM_DATA_DIR, else ./.faultmaven)" };
        var command = new Command("mcp", "Serve FaultMaven's tools to an MCP client over standard input and output: analyze_evidence, redact_text, "
            + "search_knowledge, open_case, ask, get_investigation") { server, dataDir };
        command.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                var target = await AnswerTarget.ResolveAsync(context, p.GetValue(server), p.GetValue(dataDir), cancellationToken);
                await (target.ServerUrl is { } url ? ForwardAsync(context, url, cancellationToken) : InProcessAsync(target.DataDir, cancellationToken));
                return ExitCodes.Success;
            }
            catch (CliException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
                return ex.ExitCode;
            }
        });
        return command;
    }

    /// <summary>The tools over the data directory, in this process: the embedded services with the MCP server on standard input and output.</summary>
    private static async Task InProcessAsync(string? dataDir, CancellationToken cancellationToken)
    {
        // A warm-up in the background would only compete with the tool calls this process answers.
        var settings = new Dictionary<string, string?> { ["FM_DATA_WARMUP"] = "false" };
        if (dataDir is not null)
        {
            settings["FM_DATA_DIR"] = dataDir;
        }

        IHost host;
        try
        {
            host = FaultMavenApplication.CreateEmbedded(settings, builder =>
            {
                LogToStandardError(builder);
                // A start that fails is thrown and said once below, as one line per bad variable; the host would also log it.
                builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
                builder.Services.AddFaultMavenMcp().WithFaultMavenStdioTransport(MaxMessageBytes(builder.Configuration));
            });
        }
        catch (Exception ex) when (FaultMavenApplication.DescribeConfigurationErrors(ex, settings) is { Count: > 0 } lines)
        {
            throw new CliException(string.Join("; ", lines), ExitCodes.Usage);
        }

        using (host)
        {
            try
            {
                await host.RunAsync(cancellationToken);
            }
            catch (Exception ex) when (FaultMavenApplication.DescribeConfigurationErrors(ex, settings) is { Count: > 0 } lines)
            {
                // Options are checked as the host starts (ValidateOnStart), after it was built.
                throw new CliException(string.Join("; ", lines), ExitCodes.Usage);
            }
        }
    }

    /// <summary>The server's tools, relayed: each list and call goes to its <c>/mcp</c> endpoint with <c>FM_API_KEY</c>, so the answers,
    /// the roles and the team are the server's own.</summary>
    private static async Task ForwardAsync(CliContext context, string url, CancellationToken cancellationToken)
    {
        // No client-side timeout: an answer from a language model can take minutes, and the MCP client cancels what it gives up on.
        // Each answer the MCP client reads (a JSON reply or an event stream) is capped like every other command's.
        using var http = context.CreateHttpClient(null, Timeout.InfiniteTimeSpan, maxResponseBytes: Api.FaultMavenClient.DefaultMaxResponseBytes);
        var endpoint = new Uri(new Uri(url.TrimEnd('/') + "/"), McpServiceCollectionExtensions.Path.TrimStart('/'));
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint, TransportMode = HttpTransportMode.StreamableHttp, Name = "faultmaven" }, http);
        McpClient client;
        try
        {
            client = await McpClient.CreateAsync(transport, cancellationToken: cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new CliException($"the server at {Api.SafeUrl.Show(url)} refused the credentials ({(int)ex.StatusCode}): set FM_API_KEY to an API key of yours.", ExitCodes.Failure);
        }
        catch (HttpRequestException ex) when (ex.InnerException is CliException cli)
        {
            throw cli;
        }
        catch (HttpRequestException ex)
        {
            throw new CliException($"cannot reach the MCP endpoint of the server at {Api.SafeUrl.Show(url)}: {ex.Message}", ExitCodes.ServerUnreachable);
        }

        await using (client)
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            LogToStandardError(builder);
            builder.Services.AddMcpServer(McpServiceCollectionExtensions.Describe).WithFaultMavenStdioTransport(MaxMessageBytes(builder.Configuration))
                .WithListToolsHandler(async (request, token) => await client.ListToolsAsync(request.Params ?? new ListToolsRequestParams(), token))
                .WithCallToolHandler(async (request, token) => await CallAsync(client, url, request, token));
            using var host = builder.Build();
            await host.RunAsync(cancellationToken);
        }
    }

    private static async Task<CallToolResult> CallAsync(McpClient client, string url, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        var call = request.Params!;
        var relayed = 0;
        // The call goes on with the client's progressToken; the server's progress notifications for it are passed back to the client.
        await using var relay = call.ProgressToken is { } progressToken
            ? client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, async (notification, token) =>
            {
                if (JsonSerializer.Deserialize(notification.Params, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ProgressNotificationParams))) is ProgressNotificationParams progress
                    && progress.ProgressToken == progressToken)
                {
                    Interlocked.Increment(ref relayed);
                    await request.Server.NotifyProgressAsync(progressToken, progress.Progress, cancellationToken: token);
                }
            })
            : null;
        try
        {
            var result = await client.CallToolAsync(call, cancellationToken);
            if (relay is not null)
            {
                await DrainProgressAsync(() => Volatile.Read(ref relayed), cancellationToken);
            }

            return result;
        }
        catch (HttpRequestException ex)
        {
            // The server went away or stopped accepting the key since the session began: a tool error the model can report, not a crash.
            var detail = ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                ? $"The FaultMaven server at {Api.SafeUrl.Show(url)} refused the credentials ({(int)ex.StatusCode}); check FM_API_KEY."
                : $"The FaultMaven server at {Api.SafeUrl.Show(url)} could not be reached: {ex.Message}";
            return new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = detail }] };
        }
    }

    /// <summary>The SDK's client reads the server's notifications and its answer concurrently and may hand the last steps to their
    /// handler just after the answer: before answering the client, wait until no step has come for a tenth of a second (at most two),
    /// so steps the server sent before its answer are passed on before it, not dropped with the handler.</summary>
    private static async Task DrainProgressAsync(Func<int> relayed, CancellationToken cancellationToken)
    {
        var waited = 0;
        int seen;
        do
        {
            seen = relayed();
            await Task.Delay(100, cancellationToken);
        }
        while (relayed() != seen && ++waited < 20);
    }

    /// <summary>The longest line taken from the client: evidence up to the upload limit (FM_MAX_UPLOAD_BYTES, else its default), escaped.
    /// A value the options would refuse is left to them to report.</summary>
    private static long MaxMessageBytes(ConfigurationManager configuration) =>
        McpServiceCollectionExtensions.MaxStdioMessageBytes(
            long.TryParse(configuration["FM_MAX_UPLOAD_BYTES"], out var bytes) && bytes > 0 ? bytes : new Core.Data.DataOptions().MaxUploadBytes);

    /// <summary>Logs go to standard error, which MCP clients keep as the server's log; standard output is the protocol's alone.</summary>
    private static void LogToStandardError(HostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("ModelContextProtocol", LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ "; });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
