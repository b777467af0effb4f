using FaultMaven.Core.Diagnostics;
using FaultMaven.Server.Configuration;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FaultMaven.Server.Telemetry;

/// <summary>Traces and metrics: FaultMaven's own source and meter, ASP.NET Core's, Prometheus at /metrics, OTLP when configured.</summary>
internal static class TelemetryExtensions
{
    public static WebApplicationBuilder AddFaultMavenTelemetry(this WebApplicationBuilder builder, ServerOptions server)
    {
        var otlp = string.IsNullOrEmpty(server.OtlpEndpoint) ? null : new Uri(server.OtlpEndpoint);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("faultmaven"))
            .WithMetrics(metrics =>
            {
                // "Npgsql": PostgreSQL pool and command metrics and spans, when FM_POSTGRES is set.
                metrics.AddMeter(FaultMavenTelemetry.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Npgsql")
                    .AddPrometheusExporter();
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(FaultMavenTelemetry.Name, "Npgsql")
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"));
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        return builder;
    }
}
