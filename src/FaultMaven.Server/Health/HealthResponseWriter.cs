using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaultMaven.Server.Health;

/// <summary>Writes a health report as JSON: overall status and, per component, status, latency and description.</summary>
internal static class HealthResponseWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    public static async Task WriteAsync(HttpContext context, HealthReport report)
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
