using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaultMaven.Testing;

/// <summary>A stand-in for Splunk's search export (<c>POST /services/search/v2/jobs/export</c>, <c>output_mode=json</c>), which cannot be
/// installed here: it streams one JSON object per line — a preview row, then <see cref="LogStoreServer.Lines"/> newest first as results
/// with <c>_time</c>, <c>_raw</c>, host, source and sourcetype, then the last row; a search naming an unknown command gets Splunk's
/// 400 with a FATAL message.</summary>
public sealed class SplunkApiServer : LogStoreServer
{
    private SplunkApiServer(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
        : base(certificate)
    {
    }

    /// <summary>Starts a Splunk stand-in.</summary>
    public static Task<SplunkApiServer> StartNewAsync(CancellationToken cancellationToken = default) => StartNewAsync(null, cancellationToken);

    /// <summary>Starts a Splunk stand-in serving HTTPS with <paramref name="certificate"/> (as Splunk's management port does, often
    /// with its own CA's or a self-signed certificate); HTTP when null.</summary>
    public static async Task<SplunkApiServer> StartNewAsync(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate, CancellationToken cancellationToken = default)
    {
        var server = new SplunkApiServer(certificate);
        await server.StartAsync(cancellationToken);
        return server;
    }

    /// <inheritdoc/>
    protected override void Map(WebApplication app)
    {
        app.MapPost("/services/search/v2/jobs/export", async context =>
        {
            if (await RecordAsync(context) is { } shared)
            {
                await shared.ExecuteAsync(context);
                return;
            }

            var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Requests.Last().Body);
            var search = form["search"].ToString();
            if (search.Contains("badcommand", StringComparison.Ordinal))
            {
                await Results.Text("""{"messages":[{"type":"FATAL","text":"Unknown search command 'badcommand'."}]}""", "application/json", statusCode: 400).ExecuteAsync(context);
                return;
            }

            var text = new StringBuilder();
            text.Append(JsonSerializer.Serialize(new { preview = true, offset = 0, result = new Dictionary<string, string> { ["_time"] = Time(0), ["_raw"] = "PREVIEW row that must be skipped" } })).Append('\n');
            var offset = 0;
            foreach (var (second, _, line) in LogStoreServer.Lines.OrderByDescending(l => l.Second))
            {
                var result = new Dictionary<string, string>
                {
                    ["_time"] = Time(second),
                    ["_raw"] = line,
                    ["host"] = "web-1",
                    ["source"] = "/var/log/checkout.log",
                    ["sourcetype"] = "checkout",
                    ["index"] = "main",
                };
                text.Append(JsonSerializer.Serialize(new { preview = false, offset = offset++, lastrow = offset == LogStoreServer.Lines.Count ? true : (bool?)null, result })).Append('\n');
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(text.ToString(), context.RequestAborted);
        });
    }

    private static string Time(int second) => Base.AddSeconds(second).ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
