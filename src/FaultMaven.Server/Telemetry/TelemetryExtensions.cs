using System.Diagnostics.Metrics;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Server.Configuration;
using FaultMaven.Server.Slo;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FaultMaven.Server.Telemetry;

/// <summary>Traces, metrics and logs: FaultMaven's own source and meter, ASP.NET Core's, Prometheus at /metrics, and OTLP to any
/// collector (Opik, Jaeger, Tempo, the OpenTelemetry Collector) when <c>FM_OTLP_ENDPOINT</c> is set. Logs exported this way carry the
/// trace and span of the request or investigation that wrote them, so a collector joins the two.</summary>
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
                metrics.AddMeter(FaultMavenTelemetry.Name, EndpointGroupTagging.Meter, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Npgsql")
                    .AddPrometheusExporter();
                // The app's own meter factory, known once its services are built: before that (never, in practice) nothing is left out.
                var own = new OwnMeterFactory();
                metrics.AddInstrumentation(services =>
                    {
                        own.Factory = services.GetRequiredService<IMeterFactory>();
                        return own;
                    })
                    .AddView(instrument => OwnStream(own.Factory, instrument));
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => Configure(o, server, otlp, "metrics"));
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(FaultMavenTelemetry.Name, "Npgsql")
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"));
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(o => Configure(o, server, otlp, "traces"));
                }
            });
        if (otlp is not null)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeFormattedMessage = true;
                // Redacted before the exporter reads them: the console's redaction is in its formatter, which OTLP never runs.
                logging.AddProcessor(new RedactingLogProcessor());
                logging.AddOtlpExporter(o => Configure(o, server, otlp, "logs"));
            });
        }

        return builder;
    }

    /// <summary>This app's streams. A MeterProvider matches meters by name, so in a process hosting more than one app (the tests host
    /// many) it would also count the requests of every other app's ASP.NET Core and Kestrel meters, and when one of those apps stopped,
    /// drop the shared stream with this app's own requests in it. Meters made by another app's <see cref="IMeterFactory"/> are left
    /// out; the static ones (FaultMaven's, Npgsql's) belong to the process. ASP.NET Core's request-duration buckets end at 10 s:
    /// model-backed turns need more, and SLO thresholds must be bucket bounds (of the uploads' server part too).</summary>
    private static MetricStreamConfiguration? OwnStream(IMeterFactory? own, Instrument instrument) =>
        own is not null && instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, own) ? MetricStreamConfiguration.Drop
        : instrument.Name is SloThresholds.Instrument or EndpointGroupTagging.UploadServerDuration ? new ExplicitBucketHistogramConfiguration { Boundaries = SloThresholds.Bounds }
        : null;

    /// <summary>One endpoint for every signal: over HTTP the exporter posts to the path of each (<c>/v1/traces</c>…) below the base
    /// URL given, as the OTLP specification names them; over gRPC the URL is used as it is.</summary>
    private static void Configure(OtlpExporterOptions options, ServerOptions server, Uri endpoint, string signal)
    {
        var http = server.OtlpProtocol == "http/protobuf";
        options.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        options.Endpoint = http ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/v1/" + signal) : endpoint;
        if (!string.IsNullOrEmpty(server.OtlpHeaders))
        {
            options.Headers = server.OtlpHeaders;
        }
    }

    /// <summary>Holds the app's <see cref="IMeterFactory"/> once its services are built.</summary>
    private sealed class OwnMeterFactory
    {
        public IMeterFactory? Factory { get; set; }
    }
}
