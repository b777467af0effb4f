using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Logs.Splunk;

/// <summary>Splunk's search export (<c>POST /services/search/v2/jobs/export</c>, <c>output_mode=json</c>): one search over the window,
/// newest events first, cut to the configured count with <c>| head</c>; the answer streams one JSON object per line, read up to the size
/// cap (past it the events read so far are kept), each result's <c>_time</c> and <c>_raw</c> (or its fields) the entry, with its host,
/// source, sourcetype and index as labels. Preview rows are skipped.</summary>
internal sealed class SplunkHttpClient : LogSourceHttpClient
{
    private static readonly JsonDocumentOptions Json = new() { MaxDepth = 16 };
    private static readonly string[] LabelFields = ["host", "source", "sourcetype", "index"];

    private readonly SplunkOptions _options;

    public SplunkHttpClient(HttpClient http, IOptions<SplunkOptions> options, TimeProvider timeProvider, ILogger<SplunkHttpClient> logger)
        : base(http, options.Value.Url, options.Value.TimeoutSeconds, options.Value.MaxResponseBytes, "FM_SPLUNK_MAX_RESPONSE_BYTES", timeProvider, logger)
    {
        _options = options.Value;
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _options.Token);
    }

    /// <inheritdoc/>
    public override string Name => "splunk";

    /// <inheritdoc/>
    public override string DisplayName => "Splunk";

    /// <inheritdoc/>
    protected override bool CutsLongAnswers => true;

    /// <inheritdoc/>
    public override async Task<Outcome<LogSearchResult>> SearchAsync(LogSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var limit = Math.Min(search.Limit, _options.MaxLines);
        var query = search.Query.Trim();
        if (SplunkRiskyCommands.Find(query) is { } refused)
        {
            return new Failure(FailureKind.Invalid, $"FaultMaven only reads from Splunk: '{refused}' deletes, writes, sends or runs something, or reads Splunk's own settings, so the search is not run.");
        }

        // A search that does not start with a generating command is a `search` (as the search bar reads it); head bounds what streams back.
        var spl = (query.StartsWith('|') || query.StartsWith("search ", StringComparison.OrdinalIgnoreCase) ? query : "search " + query) + $" | head {limit}";
        var form = new Dictionary<string, string>
        {
            ["search"] = spl,
            ["earliest_time"] = Epoch(search.Start),
            ["latest_time"] = Epoch(search.End),
            ["output_mode"] = "json",
        };
        const string path = "services/search/v2/jobs/export";
        var answer = await SendAsync("export", () => new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) }, (body, token) => ReadResultsAsync(body, limit, token), cancellationToken);
        return answer.Succeeded
            ? answer.Value with { Request = $"/{path}?search={Uri.EscapeDataString(spl)}&earliest_time={form["earliest_time"]}&latest_time={form["latest_time"]}&output_mode=json" }
            : answer.Failure;
    }

    /// <inheritdoc/>
    protected override string? ErrorOf(string body) => Messages(body.Split('\n').FirstOrDefault(l => l.Contains("\"messages\"", StringComparison.Ordinal)) ?? body);

    /// <summary>The streamed results: one JSON object per line, read up to the size cap; a cut last line is left out.</summary>
    private async Task<Outcome<LogSearchResult>> ReadResultsAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var (bytes, more) = await ReadCappedAsync(body, MaxResponseBytes, cancellationToken);
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n');
        var entries = new List<LogEntry>();
        string? fatal = null;
        var readable = 0;
        for (var i = 0; i < lines.Length && entries.Count < limit; i++)
        {
            if (more && i == lines.Length - 1 || string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(lines[i], Json);
                var row = document.RootElement;
                if (row.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                readable++;
                fatal ??= Messages(lines[i]);
                if (row.TryGetProperty("preview", out var preview) && preview.ValueKind == JsonValueKind.True)
                {
                    continue;
                }

                if (row.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object && Entry(result) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException)
            {
                // One unreadable line is skipped; an answer with no readable line at all is not Splunk's.
            }
        }

        if (readable == 0 && text.Trim().Length > 0)
        {
            return Unreadable("JSON lines");
        }

        if (entries.Count == 0 && fatal is not null)
        {
            return new Failure(FailureKind.Invalid, $"Splunk rejected the query: {PrintableText.Of(fatal.Length > 500 ? fatal[..500] : fatal)}");
        }

        return new LogSearchResult("", entries, more || entries.Count >= limit);
    }

    /// <summary>The text of the first FATAL or ERROR message of a line such as <c>{"messages":[{"type":"FATAL","text":"Error in 'search' command: …"}]}</c>.</summary>
    private static string? Messages(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line, Json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
                ? messages.EnumerateArray()
                    .Where(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("type", out var type) && type.GetString() is "FATAL" or "ERROR" && m.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                    .Select(m => m.GetProperty("text").GetString()).FirstOrDefault()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static LogEntry? Entry(JsonElement result)
    {
        if (!result.TryGetProperty("_time", out var time) || time.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParse(time.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return null;
        }

        // A transforming search (stats, timechart) has no _raw: its row's fields are the line.
        var line = result.TryGetProperty("_raw", out var raw) && raw.ValueKind == JsonValueKind.String
            ? raw.GetString()!
            : string.Join(' ', result.EnumerateObject().Where(p => !p.Name.StartsWith('_') && p.Value.ValueKind == JsonValueKind.String).Take(50).Select(p => $"{p.Name}={p.Value.GetString()}"));
        var labels = LabelFields.Where(f => result.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String)
            .Select(f => new KeyValuePair<string, string>(f, result.GetProperty(f).GetString()!)).ToList();
        return new LogEntry(at, line, labels);
    }

    private static string Epoch(DateTimeOffset time) => (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
}
