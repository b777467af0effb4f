using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaultMaven.Testing;

/// <summary>A stand-in for Grafana Loki's query API (Loki is not packaged here): <c>/loki/api/v1/query_range</c> answers log queries
/// with <see cref="LogStoreServer.Lines"/> as two streams in Loki's JSON, an unbalanced selector with Loki's plain-text parse error,
/// a metric query with a matrix; <c>/loki/api/v1/label/&lt;name&gt;/values</c> knows the <c>app</c> values checkout and payments.</summary>
public sealed class LokiApiServer : LogStoreServer
{
    private LokiApiServer(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
        : base(certificate)
    {
    }

    /// <summary>Starts a Loki stand-in.</summary>
    public static Task<LokiApiServer> StartNewAsync(CancellationToken cancellationToken = default) => StartNewAsync(null, cancellationToken);

    /// <summary>Starts a Loki stand-in serving HTTPS with <paramref name="certificate"/>; HTTP when null.</summary>
    public static async Task<LokiApiServer> StartNewAsync(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate, CancellationToken cancellationToken = default)
    {
        var server = new LokiApiServer(certificate);
        await server.StartAsync(cancellationToken);
        return server;
    }

    /// <inheritdoc/>
    protected override void Map(WebApplication app)
    {
        app.MapGet("/loki/api/v1/query_range", async context =>
        {
            if (await RecordAsync(context) is { } shared)
            {
                await shared.ExecuteAsync(context);
                return;
            }

            var query = context.Request.Query["query"].ToString();
            if (query.Count(c => c == '{') != query.Count(c => c == '}'))
            {
                await Results.Text($"parse error at line 1, col {query.Length + 1}: syntax error: unexpected $end, expecting }}\u001b[2J", "text/plain", statusCode: 400).ExecuteAsync(context);
                return;
            }

            if (Mode == LogStoreMode.Empty)
            {
                await Results.Text("""{"status":"success","data":{"resultType":"streams","result":[]}}""", "application/json").ExecuteAsync(context);
                return;
            }

            if (query.StartsWith("rate(", StringComparison.Ordinal) || query.StartsWith("count_over_time(", StringComparison.Ordinal))
            {
                await Results.Text("""{"status":"success","data":{"resultType":"matrix","result":[]}}""", "application/json").ExecuteAsync(context);
                return;
            }

            if (query.Contains("forged", StringComparison.Ordinal))
            {
                // A line that tries to pass for a second entry and to clear the reader's terminal.
                var forged = new[] { Nanoseconds(Base), "ERROR checkout: boom\n2020-01-01T00:00:00.000Z {app=\"admin\"} INFO all is well\u001b[2J\r\n\tat Checkout.Pay()" };
                await Results.Json(new { status = "success", data = new { resultType = "streams", result = new[] { new { stream = new Dictionary<string, string> { ["app"] = "checkout\u001b]0;owned\u0007" }, values = new[] { forged } } } } }).ExecuteAsync(context);
                return;
            }

            var streams = LogStoreServer.Lines.GroupBy(l => l.Level == "info" ? "info" : "error").Select(g => new
            {
                stream = new Dictionary<string, string> { ["app"] = "checkout", ["level"] = g.Key, ["namespace"] = "shop" },
                values = g.OrderByDescending(l => l.Second).Select(l => new[] { Nanoseconds(Base.AddSeconds(l.Second)), l.Line }).ToArray(),
            });
            await Results.Json(new { status = "success", data = new { resultType = "streams", result = streams, stats = new { } } }).ExecuteAsync(context);
        });
        app.MapGet("/loki/api/v1/label/{name}/values", async (HttpContext context, string name) =>
        {
            if (await RecordAsync(context) is { } shared)
            {
                await shared.ExecuteAsync(context);
                return;
            }

            await Results.Json(new { status = "success", data = name == "app" ? new[] { "checkout", "payments" } : [] }).ExecuteAsync(context);
        });
    }

    private static string Nanoseconds(DateTimeOffset time) => ((time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100).ToString(CultureInfo.InvariantCulture);
}
