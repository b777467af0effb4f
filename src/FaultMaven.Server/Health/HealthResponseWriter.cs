using System.Text.Json;
using FaultMaven.Core.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaultMaven.Server.Health;

/// <summary>Writes a health report as JSON: overall status and, per component, status, latency and description; with the feature flags' states
/// where asked.</summary>
internal static class HealthResponseWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    public static Task WriteAsync(HttpContext context, HealthReport report) => WriteAsync(context, report, features: null);

    /// <summary>Writes the report with a <c>features</c> object: each feature flag's name and whether it is on.</summary>
    public static async Task WriteWithFeaturesAsync(HttpContext context, HealthReport report)
    {
        var flags = context.RequestServices.GetRequiredService<IFeatureFlags>();
        var features = new List<(string, bool)>();
        foreach (var flag in FeatureFlags.All)
        {
            features.Add((flag.Name, await flags.IsEnabledAsync(flag, context.RequestAborted)));
        }

        await WriteAsync(context, report, features);
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report, List<(string Name, bool On)>? features)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(context.Response.Body, Options);
        json.WriteStartObject();
        json.WriteString("status", Name(report.Status));
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 3));
        json.WriteStartObject("components");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", Name(entry.Status));
            json.WriteNumber("latencyMs", Math.Round(entry.Duration.TotalMilliseconds, 3));
            if (entry.Description is { } description)
            {
                json.WriteString("description", description);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (features is not null)
        {
            json.WriteStartObject("features");
            foreach (var (name, on) in features)
            {
                json.WriteBoolean(name, on);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    private static string Name(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
