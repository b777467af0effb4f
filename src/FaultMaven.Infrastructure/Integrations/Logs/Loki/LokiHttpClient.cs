using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Logs.Loki;

/// <summary>Grafana Loki's query API (<c>/loki/api/v1/query_range</c>, <c>/loki/api/v1/label/&lt;name&gt;/values</c>), read-only, with
/// the tenant in <c>X-Scope-OrgID</c> and a bearer token or HTTP Basic credentials.</summary>
internal sealed class LokiHttpClient : LogSourceHttpClient
{
    private static readonly JsonDocumentOptions Json = new() { MaxDepth = 16 };

    private readonly LokiOptions _options;

    public LokiHttpClient(HttpClient http, IOptions<LokiOptions> options, TimeProvider timeProvider, ILogger<LokiHttpClient> logger)
        : base(http, options.Value.Url, options.Value.TimeoutSeconds, options.Value.MaxResponseBytes, "FM_LOKI_MAX_RESPONSE_BYTES", timeProvider, logger)
    {
        _options = options.Value;
        if (_options.Tenant.Length > 0)
        {
            Http.DefaultRequestHeaders.Add("X-Scope-OrgID", _options.Tenant);
        }

        if (_options.Token.Length > 0)
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _options.Token);
        }
        else if (_options.Username.Length > 0)
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.Username}:{_options.Password}")));
        }
    }

    /// <inheritdoc/>
    public override string Name => "loki";

    /// <inheritdoc/>
    public override string DisplayName => "Loki";

    /// <inheritdoc/>
    public override IReadOnlyList<string> ServiceLabels { get; } = ["app", "service", "service_name", "job", "container"];

    /// <inheritdoc/>
    public override async Task<Outcome<LogSearchResult>> SearchAsync(LogSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var limit = Math.Min(search.Limit, _options.MaxLines);
        var request = "loki/api/v1/query_range?" + Query(("query", search.Query), ("start", Nanoseconds(search.Start)), ("end", Nanoseconds(search.End)),
            ("limit", limit.ToString(CultureInfo.InvariantCulture)), ("direction", search.Newest ? "backward" : "forward"));
        var answer = await SendAsync("query_range", () => new HttpRequestMessage(HttpMethod.Get, request), ReadAllAsync, cancellationToken);
        if (!answer.Succeeded)
        {
            return answer.Failure;
        }

        try
        {
            using var document = JsonDocument.Parse(answer.Value, Json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
                || !data.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array)
            {
                return Unreadable("a query result");
            }

            if (data.TryGetProperty("resultType", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() != "streams")
            {
                return new Failure(FailureKind.Invalid, $"Loki answered with a {PrintableText.Of(type.GetString()!)}, not log lines: this is a metric query (rate, count_over_time); "
                    + "ask a log query such as {app=\"checkout\"} |= \"error\", or ask Prometheus for metrics.");
            }

            var entries = new List<LogEntry>();
            foreach (var stream in result.EnumerateArray())
            {
                if (stream.ValueKind != JsonValueKind.Object || !stream.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var labels = Labels(stream);
                foreach (var value in values.EnumerateArray())
                {
                    if (entries.Count < limit && Entry(value, labels) is { } entry)
                    {
                        entries.Add(entry);
                    }
                }
            }

            return new LogSearchResult("/" + request, entries, entries.Count >= limit);
        }
        catch (JsonException)
        {
            return Unreadable("JSON");
        }
    }

    /// <inheritdoc/>
    public override async Task<Outcome<IReadOnlyList<string>>> LabelValuesAsync(string label, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        var request = $"loki/api/v1/label/{Uri.EscapeDataString(label)}/values?" + Query(("start", Nanoseconds(start)), ("end", Nanoseconds(end)));
        var answer = await SendAsync("label_values", () => new HttpRequestMessage(HttpMethod.Get, request), ReadAllAsync, cancellationToken);
        if (!answer.Succeeded)
        {
            return answer.Failure;
        }

        try
        {
            using var document = JsonDocument.Parse(answer.Value, Json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
                ? data.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Take(10_000).ToList()
                : [];
        }
        catch (JsonException)
        {
            return Unreadable("JSON");
        }
    }

    /// <inheritdoc/>
    public override string? ServiceErrorsQuery(string label, string value) =>
        "{" + label + "=\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"} |~ \"(?i)(error|exception|fail|fatal|panic|timeout|refused|denied)\"";

    /// <inheritdoc/>
    protected override string? ErrorOf(string body)
    {
        // Loki answers a bad query with plain text ("parse error at line 1, col 7: syntax error: unexpected IDENTIFIER"); its gateways with JSON.
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && (document.RootElement.TryGetProperty("error", out var error) || document.RootElement.TryGetProperty("message", out error)) && error.ValueKind == JsonValueKind.String
                ? error.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<KeyValuePair<string, string>> Labels(JsonElement stream) =>
        stream.TryGetProperty("stream", out var labels) && labels.ValueKind == JsonValueKind.Object
            ? [.. labels.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!))]
            : [];

    /// <summary>One <c>["&lt;unix ns&gt;", "line"]</c> pair (a third element, structured metadata, is left aside).</summary>
    private static LogEntry? Entry(JsonElement value, List<KeyValuePair<string, string>> labels)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() < 2 || value[0].ValueKind != JsonValueKind.String || value[1].ValueKind != JsonValueKind.String
            || !long.TryParse(value[0].GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var nanoseconds))
        {
            return null;
        }

        var time = DateTimeOffset.UnixEpoch.AddTicks(Math.Min(nanoseconds / 100, DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks));
        return new LogEntry(time, value[1].GetString()!, labels);
    }

    private static string Query(params (string Name, string Value)[] parameters) =>
        string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

    private static string Nanoseconds(DateTimeOffset time) => ((time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100).ToString(CultureInfo.InvariantCulture);
}
