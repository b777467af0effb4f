using FaultMaven.Core.Data;
using FaultMaven.Server.Endpoints;
using FaultMaven.Server.Security;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FaultMaven.Server.Mcp;

/// <summary>Registers FaultMaven's MCP server (its tools, name and instructions) for both transports: streamable HTTP at <c>/mcp</c>
/// in the server, standard input and output in <c>fm mcp</c>.</summary>
public static class McpServiceCollectionExtensions
{
    /// <summary>The path of the streamable HTTP endpoint.</summary>
    public const string Path = "/mcp";

    private const string Instructions =
        "FaultMaven is a troubleshooting copilot for SRE incidents. Typical flow: open_case for the incident, analyze_evidence (with the "
        + "caseId) for each log, stack trace or metrics export, search_knowledge for runbooks and past postmortems, then ask on the case and "
        + "relay its root cause and citations. get_investigation catches up on a case. When the server reads live sources, query_loki, "
        + "search_elasticsearch, search_splunk and kubernetes_get/describe/events/logs read them (redacted; with caseId kept as evidence). Private data is redacted by FaultMaven before it is "
        + "stored or analysed; use redact_text on anything you are about to share elsewhere.";

    /// <summary>Adds the MCP server with FaultMaven's tools; the caller adds the transport.</summary>
    public static IMcpServerBuilder AddFaultMavenMcp(this IServiceCollection services) =>
        services.AddMcpServer(Describe).WithTools<FaultMavenMcpTools>().WithTools<FaultMavenSourceTools>()
            .WithMessageFilters(f => f.AddIncomingFilter(McpMessageChecks.Filter))
            .WithRequestFilters(f =>
            {
                f.AddCallToolFilter(McpToolCall.Filter);
                f.AddListToolsFilter(FaultMavenSourceTools.HideUnavailable);
            });

    /// <summary>Serves over standard input and output through <see cref="McpStdioGuard"/>, so a line that is no MCP message gets a
    /// JSON-RPC error instead of silence; lines longer than <paramref name="maxMessageBytes"/> are refused.</summary>
    public static IMcpServerBuilder WithFaultMavenStdioTransport(this IMcpServerBuilder builder, long maxMessageBytes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var guard = new McpStdioGuard(Console.OpenStandardInput(), Console.OpenStandardOutput(), maxMessageBytes);
        builder.Services.AddSingleton<IHostedService>(services => guard.UseServices(services));
        return builder.WithStreamServerTransport(guard.ServerInput, guard.ServerOutput);
    }

    /// <summary>The longest line <c>fm mcp</c> reads: the largest evidence the tools take, JSON-escaped (a control character is
    /// six bytes as <c>\u0001</c>; two bytes per byte covers text with line breaks and quotes), with room for the envelope.</summary>
    public static long MaxStdioMessageBytes(long maxUploadBytes) => (2 * maxUploadBytes) + (1024 * 1024);

    /// <summary>Gives the server FaultMaven's name, version and instructions (what a client shows and a model reads first).</summary>
    public static void Describe(McpServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ServerInfo = new Implementation { Name = "faultmaven", Title = "FaultMaven", Version = typeof(McpServiceCollectionExtensions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0" };
        options.ServerInstructions = Instructions;
    }

    /// <summary>Adds the MCP server over streamable HTTP, stateless so that any instance behind a load balancer answers any request.</summary>
    internal static IServiceCollection AddFaultMavenMcpHttp(this IServiceCollection services)
    {
        // Stateless: every POST carries its own caller, the tools run in that request's flow (CallerContext), and no session lives on
        // one instance.
        services.AddFaultMavenMcp().WithHttpTransport(o => o.Stateless = true);
        return services;
    }

    /// <summary>Maps <c>/mcp</c>, authenticated like the API: a caller with a role (viewer or more) or 401/403 problem details.</summary>
    internal static IEndpointConventionBuilder MapFaultMavenMcp(this IEndpointRouteBuilder app)
    {
        // Under the stricter creation budget: a tool call may upload and analyse evidence, open a case or run the agent, and which one
        // it is lies in the body, past the rate limiter.
        var endpoints = app.MapMcp(Path).RequireAuthorization(FaultMavenPolicies.Viewer).CountsAsCreation().WithTags("MCP").ExcludeFromDescription();
        // Evidence comes in the JSON-RPC body (analyze_evidence, ask): it may be as large as an upload, as on the API's JSON pastes.
        endpoints.Add(endpoint =>
        {
            if (endpoint.RequestDelegate is { } inner)
            {
                endpoint.RequestDelegate = context =>
                {
                    LargeBodies.AllowUploadSize(context, context.RequestServices.GetRequiredService<IOptions<DataOptions>>().Value);
                    return inner(context);
                };
            }
        });
        return endpoints;
    }
}
