using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaultMaven.Core.Common;
using FaultMaven.Core.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Logs.Elasticsearch;

/// <summary>Elasticsearch's (and OpenSearch's, whose API is the same for this call) search API: <c>POST /&lt;index&gt;/_search</c> with a
/// <c>query_string</c> query filtered to the window on the timestamp field, newest first, at most the configured number of hits;
/// each hit's message field (or, without one, its source as JSON) is the line, with its index and the usual ECS fields as labels.</summary>
internal sealed class ElasticsearchHttpClient : LogSourceHttpClient
{
    private static readonly JsonDocumentOptions Json = new() { MaxDepth = 64 };
    private static readonly string[] LabelFields = ["service.name", "host.name", "log.level", "kubernetes.pod.name"];

    private readonly ElasticsearchOptions _options;

    public ElasticsearchHttpClient(HttpClient http, IOptions<ElasticsearchOptions> options, TimeProvider timeProvider, ILogger<ElasticsearchHttpClient> logger)
        : base(http, options.Value.Url, options.Value.TimeoutSeconds, options.Value.MaxResponseBytes, "FM_ELASTICSEARCH_MAX_RESPONSE_BYTES", timeProvider, logger)
    {
        _options = options.Value;
        if (_options.ApiKey.Length > 0)
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", _options.ApiKey);
        }
        else if (_options.Username.Length > 0)
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.Username}:{_options.Password}")));
        }
    }

    /// <inheritdoc/>
    public override string Name => "elasticsearch";

    /// <inheritdoc/>
    public override string DisplayName => "Elasticsearch";

    /// <inheritdoc/>
    public override async Task<Outcome<LogSearchResult>> SearchAsync(LogSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var size = Math.Min(search.Limit, _options.MaxLines);
        var ts = _options.TimestampField;
        var body = new JsonObject
        {
            ["size"] = size,
            ["track_total_hits"] = false,
            ["timeout"] = $"{_options.TimeoutSeconds}s",
            ["sort"] = new JsonArray(new JsonObject { [ts] = new JsonObject { ["order"] = search.Newest ? "desc" : "asc", ["unmapped_type"] = "date" } }),
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["filter"] = new JsonArray(
                        new JsonObject { ["query_string"] = new JsonObject { ["query"] = search.Query } },
                        new JsonObject { ["range"] = new JsonObject { [ts] = new JsonObject { ["gte"] = Iso(search.Start), ["lte"] = Iso(search.End), ["format"] = "strict_date_optional_time" } } }),
                },
            },
        }.ToJsonString();
        var path = $"{Uri.EscapeDataString(_options.Index).Replace("%2A", "*", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal)}/_search";
        var answer = await SendAsync("_search", () => new HttpRequestMessage(HttpMethod.Post, path + "?ignore_unavailable=true") { Content = new StringContent(body, Encoding.UTF8, "application/json") }, ReadAllAsync, cancellationToken);
        if (!answer.Succeeded)
        {
            return answer.Failure;
        }

        try
        {
            using var document = JsonDocument.Parse(answer.Value, Json);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("hits", out var outer) || outer.ValueKind != JsonValueKind.Object
                || !outer.TryGetProperty("hits", out var hits) || hits.ValueKind != JsonValueKind.Array)
            {
                return Unreadable("search hits");
            }

            var entries = new List<LogEntry>();
            foreach (var hit in hits.EnumerateArray().Take(size))
            {
                if (Entry(hit) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            // The request as a URI search says the same (q is query_string's syntax); the window is in the upload's title.
            return new LogSearchResult($"/{path}?q={Uri.EscapeDataString(search.Query)}", entries, hits.GetArrayLength() >= size);
        }
        catch (JsonException)
        {
            return Unreadable("JSON");
        }
    }

    /// <inheritdoc/>
    protected override string? ErrorOf(string body)
    {
        // {"error":{"root_cause":[{"type":"query_shard_exception","reason":"Failed to parse query [...]"}],"reason":"all shards failed"},"status":400}
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("error", out var error))
            {
                return null;
            }

            if (error.ValueKind == JsonValueKind.String)
            {
                return error.GetString();
            }

            if (error.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var root = error.TryGetProperty("root_cause", out var causes) && causes.ValueKind == JsonValueKind.Array && causes.GetArrayLength() > 0 && causes[0].ValueKind == JsonValueKind.Object ? causes[0] : error;
            var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() + ": " : "";
            return root.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.String ? type + reason.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private LogEntry? Entry(JsonElement hit)
    {
        if (hit.ValueKind != JsonValueKind.Object || !hit.TryGetProperty("_source", out var source) || source.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var time = Field(source, _options.TimestampField) is { } t ? Time(t) : null;
        if (time is null)
        {
            return null;
        }

        var message = Field(source, _options.MessageField) is { ValueKind: JsonValueKind.String } m ? m.GetString()! : source.GetRawText();
        var labels = new List<KeyValuePair<string, string>>();
        if (hit.TryGetProperty("_index", out var index) && index.ValueKind == JsonValueKind.String)
        {
            labels.Add(new("index", index.GetString()!));
        }

        foreach (var name in LabelFields)
        {
            if (Field(source, name) is { ValueKind: JsonValueKind.String } value)
            {
                labels.Add(new(name, value.GetString()!));
            }
        }

        return new LogEntry(time.Value, message, labels);
    }

    /// <summary>A field by its dotted name, flat (<c>"log.level": …</c>) or nested (<c>"log": {"level": …}</c>).</summary>
    private static JsonElement? Field(JsonElement source, string name)
    {
        if (source.TryGetProperty(name, out var flat))
        {
            return flat;
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && source.TryGetProperty(name[..dot], out var inner) && inner.ValueKind == JsonValueKind.Object ? Field(inner, name[(dot + 1)..]) : null;
    }

    private static DateTimeOffset? Time(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        JsonValueKind.Number when value.TryGetInt64(out var millis) && millis is > 0 and < 253_402_300_799_999 => DateTimeOffset.FromUnixTimeMilliseconds(millis),
        _ => null,
    };

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
