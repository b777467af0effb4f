using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaultMaven.Testing;

/// <summary>A stand-in for Elasticsearch's (and OpenSearch's) search API, which cannot be installed here: <c>POST /&lt;index&gt;/_search</c>
/// answers a <c>query_string</c> with <see cref="LogStoreServer.Lines"/> as ECS documents (message, nested service.name and log.level),
/// sorted as asked and cut to <c>size</c>; a query with unbalanced parentheses gets Elasticsearch's 400 error body.</summary>
public sealed class ElasticsearchApiServer : LogStoreServer
{
    /// <summary>Starts an Elasticsearch stand-in.</summary>
    public static async Task<ElasticsearchApiServer> StartNewAsync(CancellationToken cancellationToken = default)
    {
        var server = new ElasticsearchApiServer();
        await server.StartAsync(cancellationToken);
        return server;
    }

    /// <inheritdoc/>
    protected override void Map(WebApplication app)
    {
        app.MapPost("/{index}/_search", async (HttpContext context, string index) =>
        {
            if (await RecordAsync(context) is { } shared)
            {
                await shared.ExecuteAsync(context);
                return;
            }

            var body = JsonNode.Parse(Requests.Last().Body)!;
            var query = body["query"]!["bool"]!["filter"]![0]!["query_string"]!["query"]!.GetValue<string>();
            if (query.Count(c => c == '(') != query.Count(c => c == ')'))
            {
                var error = new
                {
                    error = new
                    {
                        root_cause = new[] { new { type = "query_shard_exception", reason = $"Failed to parse query [{query}]", index } },
                        type = "search_phase_execution_exception",
                        reason = "all shards failed",
                    },
                    status = 400,
                };
                await Results.Json(error, statusCode: 400).ExecuteAsync(context);
                return;
            }

            var size = body["size"]!.GetValue<int>();
            var descending = body["sort"]![0]!["@timestamp"]!["order"]!.GetValue<string>() == "desc";
            var lines = descending ? LogStoreServer.Lines.OrderByDescending(l => l.Second) : LogStoreServer.Lines.OrderBy(l => l.Second);
            var hits = lines.Take(size).Select((l, i) => new
            {
                _index = ".ds-logs-checkout-2026.12.05-000001",
                _id = i.ToString(CultureInfo.InvariantCulture),
                _source = new Dictionary<string, object>
                {
                    ["@timestamp"] = Base.AddSeconds(l.Second).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                    ["message"] = l.Line,
                    ["service"] = new { name = "checkout" },
                    ["log"] = new { level = l.Level },
                },
            });
            await Results.Json(new { took = 3, timed_out = false, hits = new { max_score = (double?)null, hits } }, new JsonSerializerOptions()).ExecuteAsync(context);
        });
    }
}
