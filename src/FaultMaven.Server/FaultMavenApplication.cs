using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Data;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sessions;
using FaultMaven.Infrastructure.Integrations.Logs;
using FaultMaven.Infrastructure.Integrations.Kubernetes;
using FaultMaven.Infrastructure.Integrations.Prometheus;
using FaultMaven.Infrastructure.Llm;
using FaultMaven.Infrastructure.Storage;
using FaultMaven.Server.Configuration;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Endpoints;
using FaultMaven.Server.Flags;
using FaultMaven.Server.Health;
using FaultMaven.Server.Integrations;
using FaultMaven.Server.Mcp;
using FaultMaven.Server.Middleware;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Security;
using FaultMaven.Server.Slo;
using FaultMaven.Server.Telemetry;
using FaultMaven.Server.WebApp;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging.Console;

namespace FaultMaven.Server;

/// <summary>Composes and runs the FaultMaven server; used by <c>Program</c>, by <c>fm serve</c> and by the tests.</summary>
public static class FaultMavenApplication
{
    /// <summary>Builds the server. Configuration comes from environment variables, overlaid by <paramref name="settings"/>.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A server variable has a bad value.</exception>
    public static WebApplication Create(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        PrivateFiles.RestrictNewFiles();
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(Sources(settings));
        var server = ServerOptions.Load(builder.Configuration);

        builder.AddFaultMavenLogging(server);
        builder.AddFaultMavenTelemetry(server);
        builder.AddFaultMavenStorage();
        builder.AddFaultMavenEmbeddings();
        builder.AddFaultMavenLlm();
        builder.AddFaultMavenFeatureFlags();
        AddFeatures(builder.Services);
        builder.Services.AddFaultMavenPrometheus(builder.Configuration);
        builder.Services.AddFaultMavenLogSources(builder.Configuration);
        builder.Services.AddFaultMavenKubernetes(builder.Configuration);
        builder.Services.AddFaultMavenIntegrations(builder.Configuration);
        builder.Services.AddFaultMavenSlo();
        builder.Services.AddFaultMavenMcpHttp();
        builder.AddFaultMavenHttp(server);
        builder.AddFaultMavenEdge(server);
        builder.AddFaultMavenAuth(server);

        var app = builder.Build();
        app.UseMiddleware<CorrelationId>();
        app.UseEndpointGroupTagging();
        app.UseMiddleware<RequestLogging>();
        app.UseExceptionHandler();
        // A bare status (the authentication challenge's 401, an unknown route's 404) is problem details for every client, as every
        // other error is: the default writes "Status Code: 401" as text to one whose Accept names no JSON (an event stream).
        app.UseStatusCodePages(context => context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteForAnyClientAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = { Status = context.HttpContext.Response.StatusCode } }).AsTask());
        app.UseMiddleware<RequestSizeLimits>();
        app.UseFaultMavenEdge(server);
        app.UseWebAppFiles(server);
        app.UseCors();
        app.UseAuthentication();
        app.UseMiddleware<CallerOrigin>();
        // After authentication, so a budget belongs to a credential that was accepted (made-up ones count against their IP).
        app.UseFaultMavenRateLimits();
        app.UseAuthorization();
        app.MapFaultMavenApi(server);
        return app;
    }

    /// <summary>The same services over the same data directory and configuration, without HTTP: what <c>fm ask</c> runs in-process.
    /// Start it to open the store and load the knowledge base; <paramref name="configure"/> adds to it (<c>fm mcp</c>: the MCP server).</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A variable has a bad value.</exception>
    public static IHost CreateEmbedded(IReadOnlyDictionary<string, string?>? settings = null, Action<HostApplicationBuilder>? configure = null)
    {
        PrivateFiles.RestrictNewFiles();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(Sources(settings));
        builder.AddFaultMavenStorage();
        builder.AddFaultMavenEmbeddings();
        builder.AddFaultMavenLlm();
        builder.AddFaultMavenFeatureFlags();
        AddFeatures(builder.Services);
        builder.Services.AddFaultMavenPrometheus(builder.Configuration);
        builder.Services.AddFaultMavenLogSources(builder.Configuration);
        builder.Services.AddFaultMavenKubernetes(builder.Configuration);
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Describes configuration errors in <paramref name="exception"/>, one line per bad variable; empty when it is not one.</summary>
    public static IReadOnlyList<string> DescribeConfigurationErrors(Exception exception, IReadOnlyDictionary<string, string?>? settings = null) =>
        exception is SecretFileException secret ? [secret.Message] : ConfigurationErrors.Describe(exception, Sources(settings));

    private static IServiceCollection AddFeatures(IServiceCollection services) =>
        services.AddSessions().AddCases().AddData().AddKnowledge().AddAgent().AddSecurity();

    /// <summary>Runs the server until SIGTERM/Ctrl+C; returns 2 with one line per bad variable if configuration is invalid.</summary>
    public static async Task<int> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        WebApplication? app = null;
        try
        {
            app = Create(args, settings);
            await app.RunAsync(cancellationToken);
            return 0;
        }
        catch (SecretFileException ex)
        {
            await Console.Error.WriteLineAsync($"faultmaven: configuration error: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ConfigurationErrors.Describe(ex, Sources(settings)) is { Count: > 0 } lines)
        {
            foreach (var line in lines)
            {
                await Console.Error.WriteLineAsync($"faultmaven: configuration error: {line}");
            }

            return 2;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Start-up failures (port in use, unreadable database) end with one line, not a stack trace.
            await Console.Error.WriteLineAsync($"faultmaven: failed to start: {ex.Message}");
            return 1;
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    // Environment variables only, overlaid by explicit settings (fm serve flags, tests), then secrets given as <NAME>_FILE. Built apart
    // from the host so start-up errors can still be described after RunAsync has disposed the host's configuration.
    private static IConfigurationRoot Sources(IReadOnlyDictionary<string, string?>? settings) => new ConfigurationBuilder()
        .AddEnvironmentVariables()
        .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
        .AddSecretFiles()
        .Build();

    private static void AddFaultMavenLogging(this WebApplicationBuilder builder, ServerOptions server)
    {
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(server.LogLevel);
        // Framework chatter stays at Warning; our own request log line covers every request.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        if (server.LogFormat == "text")
        {
            builder.Logging.AddSimpleConsole(o => { o.IncludeScopes = true; o.SingleLine = true; o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ "; });
        }
        else
        {
            // Relaxed escaping: log lines are read by people and log shippers, not embedded in HTML, so "+00:00" and "<EMAIL>" stay legible.
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "O";
                o.JsonWriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            });
        }

        // Every entry goes through the redacting formatter, which hands the redacted entry to the one chosen above.
        builder.Logging.AddConsoleFormatter<RedactingConsoleFormatter, RedactingConsoleFormatterOptions>(
            o => o.Inner = server.LogFormat == "text" ? ConsoleFormatterNames.Simple : ConsoleFormatterNames.Json);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = RedactingConsoleFormatter.FormatterName);
    }

    private static void AddFaultMavenHttp(this WebApplicationBuilder builder, ServerOptions server)
    {
        var services = builder.Services;
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(server));
        services.AddSingleton<KnowledgeImportQueue>();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = server.ShutdownTimeout);
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = server.MaxRequestBodyBytes;
            // Kestrel refuses past these with an empty body; RequestSizeLimits refuses well before them with problem details.
            kestrel.Limits.MaxRequestLineSize = RequestSizeLimits.KestrelLine;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestSizeLimits.KestrelHeaders;
            // With FM_TLS_CERT and FM_TLS_KEY the one port speaks HTTPS only.
            var certificate = server.UsesTls ? TlsCertificates.Load(server) : null;
            void Tls(ListenOptions listen)
            {
                if (certificate is not null)
                {
                    listen.UseHttps(certificate);
                }
            }

            if (server.Host == "localhost")
            {
                kestrel.ListenLocalhost(server.Port, Tls);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(server.Host), server.Port, Tls);
            }
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddCors(o => o.AddDefaultPolicy(policy => policy
            .WithOrigins([.. server.CorsOriginList])
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders("Content-Type", "Authorization", ApiKeyAuthenticationHandler.HeaderName, "If-Match", CorrelationId.HeaderName, CaseEndpoints.IdempotencyKeyHeader)
            .WithExposedHeaders(CorrelationId.HeaderName, CaseEndpoints.IdempotentReplayedHeader, "Location", "Retry-After", "ETag")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddValidation();
        services.AddFaultMavenProblems();
        services.AddFaultMavenHealth();
        // The document's title would otherwise be the entry assembly's name (fm, or a test host), so the contract would differ by host.
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "FaultMaven API";
            return Task.CompletedTask;
        }));
    }
}
