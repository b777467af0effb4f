using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Sources;

/// <summary>What a turn asks of the live sources: an explicit PromQL query and window, and the expressions of the alerts it is about.</summary>
/// <param name="Prometheus">A PromQL expression to fetch over the window, or null.</param>
/// <param name="Since">How far back the window reaches from <paramref name="End"/>; null: <see cref="LiveSourceService.DefaultWindow"/>.</param>
/// <param name="AlertExpressions">The expressions of firing alerts (from their generatorURL), fetched around <paramref name="AlertStart"/>.</param>
/// <param name="AlertStart">When the earliest of those alerts started.</param>
/// <param name="End">The end of the window; null: now.</param>
/// <param name="Automatic">Whether a service the question names brings its series when nothing else is asked.</param>
/// <param name="Kubernetes">A read of the cluster (<c>describe pod/checkout-7d9 -n shop</c>), or null.</param>
public sealed record LiveQuery(string? Prometheus, TimeSpan? Since, IReadOnlyList<string>? AlertExpressions = null, DateTimeOffset? AlertStart = null, DateTimeOffset? End = null, bool Automatic = true, Kubernetes.KubernetesRequest? Kubernetes = null)
{
    /// <summary>Gets a LogQL query to fetch from Loki over the window, or null.</summary>
    public string? Loki { get; init; }

    /// <summary>Gets a query string (Lucene syntax) to search Elasticsearch/OpenSearch with over the window, or null.</summary>
    public string? Elasticsearch { get; init; }

    /// <summary>Gets an SPL search to run on Splunk over the window, or null.</summary>
    public string? Splunk { get; init; }

    /// <summary>Gets the log queries asked, by source name.</summary>
    public IEnumerable<(string Source, string Query)> LogQueries =>
        new (string Source, string? Query)[] { ("loki", Loki), ("elasticsearch", Elasticsearch), ("splunk", Splunk) }
            .Where(q => q.Query is not null).Select(q => (q.Source, q.Query!));
}

/// <summary>Reads live sources into a case's evidence. Prometheus's series become an upload like a metrics file — the query API's JSON
/// with the query, window and step beside it — so they are classified, redacted and analysed as one and the answer can cite them. Runs
/// only with Prometheus configured and the <see cref="FeatureFlags.LiveSources"/> flag on. Everything is bounded: the window (at most
/// <see cref="MaxWindow"/>), the points per series, the series per query, the queries per turn.</summary>
public sealed partial class LiveSourceService(IFeatureFlags flags, DataService data, TimeProvider timeProvider, ILogger<LiveSourceService> logger, IPrometheusClient? prometheus = null, LogSourceService? logs = null)
{
    /// <summary>The window when none is given.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(1);

    /// <summary>The longest window accepted.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(7);

    /// <summary>The longest PromQL expression accepted.</summary>
    public const int MaxQueryLength = 2000;

    private const int MaxPoints = 240;
    private const int MaxSeries = 50;
    private const int MaxAutomatic = 4;
    private static readonly TimeSpan AlertLead = TimeSpan.FromMinutes(30);

    internal static readonly Counter<long> Fetches = FaultMavenTelemetry.Meter.CreateCounter<long>("faultmaven.sources.fetches", description: "Live-source fetches made into evidence, by source, reason and outcome.");

    /// <summary>Whether Prometheus can be queried: configured, and the live-sources flag on.</summary>
    public async Task<bool> PrometheusEnabledAsync(CancellationToken cancellationToken = default) =>
        prometheus is not null && await flags.IsEnabledAsync(FeatureFlags.LiveSources, cancellationToken);

    /// <summary>Parses a window such as <c>30m</c>, <c>2h</c>, <c>90s</c>, <c>1d</c> or <c>1h30m</c> (Prometheus's duration syntax).</summary>
    public static Outcome<TimeSpan> ParseWindow(string? since)
    {
        if (string.IsNullOrWhiteSpace(since))
        {
            return DefaultWindow;
        }

        var match = Duration().Match(since.Trim());
        if (!match.Success)
        {
            return new Failure(FailureKind.Invalid, $"since must be a duration such as 30m, 2h, 90s or 1d (got '{PrintableText.Of(since.Length > 40 ? since[..40] : since)}').");
        }

        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = part.Value[^1];
            if (!long.TryParse(part.Value.AsSpan(0, part.Value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 100_000)
            {
                return new Failure(FailureKind.Invalid, $"since is too long: at most {MaxWindow.TotalDays:0} days.");
            }

            total += unit switch { 's' => TimeSpan.FromSeconds(n), 'm' => TimeSpan.FromMinutes(n), 'h' => TimeSpan.FromHours(n), 'd' => TimeSpan.FromDays(n), _ => TimeSpan.FromDays(7 * n) };
        }

        return total <= TimeSpan.Zero ? new Failure(FailureKind.Invalid, "since must be longer than zero.")
            : total > MaxWindow ? new Failure(FailureKind.Invalid, $"since is too long: at most {MaxWindow.TotalDays:0} days.")
            : total;
    }

    /// <summary>The evidence a turn's live query brings: the explicit query (its failure is the turn's failure: a bad query is the
    /// user's to fix), then, best effort, the alerts' expressions, then the series of a service the question names. Nothing when no
    /// source is asked for or Prometheus is off.</summary>
    public async Task<Outcome<List<TurnAttachment>>> GatherAsync(LiveQuery? live, string? question, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        // The log sources first: a log query the store rejects fails the turn before any series is fetched.
        var lines = logs is null ? new List<TurnAttachment>() : await logs.GatherAsync(live, question, progress, cancellationToken);
        if (!lines.Succeeded)
        {
            return lines.Failure;
        }

        var series = await GatherSeriesAsync(live, question, progress, cancellationToken);
        if (!series.Succeeded)
        {
            foreach (var fetched in lines.Value)
            {
                await fetched.Content.DisposeAsync();
            }

            return series.Failure;
        }

        return (List<TurnAttachment>)[.. lines.Value, .. series.Value];
    }

    private async Task<Outcome<List<TurnAttachment>>> GatherSeriesAsync(LiveQuery? live, string? question, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken)
    {
        var attachments = new List<TurnAttachment>();
        if (live is null || live.Prometheus is null && live.AlertExpressions is not { Count: > 0 })
        {
            // Nothing asked: a service the question names (a job or service label Prometheus knows) brings its own series.
            if (question is not null && live?.Automatic != false && await PrometheusEnabledAsync(cancellationToken))
            {
                var now = live?.End ?? timeProvider.GetUtcNow();
                attachments.AddRange(await ServiceSeriesAsync(question, now - (live?.Since ?? DefaultWindow), now, progress, cancellationToken));
            }

            return attachments;
        }

        if (!await PrometheusEnabledAsync(cancellationToken))
        {
            if (live.Prometheus is null)
            {
                return attachments;
            }

            return new Failure(FailureKind.Invalid, prometheus is null
                ? "Prometheus is not configured on this server: set FM_PROMETHEUS_URL (docs/INTEGRATIONS.md)."
                : "Live sources are off on this server: turn them on with FM_FEATURES=live-sources:on (docs/INTEGRATIONS.md).");
        }

        var end = live.End ?? timeProvider.GetUtcNow();
        var start = live.AlertStart is { } started ? Max(started - AlertLead, end - MaxWindow) : end - (live.Since ?? DefaultWindow);
        if (live.Prometheus is { } query)
        {
            var fetched = await FetchAsync(query, end - (live.Since ?? DefaultWindow), end, "asked", progress, cancellationToken);
            if (!fetched.Succeeded)
            {
                return fetched.Failure;
            }

            attachments.Add(fetched.Value);
        }

        // What an alert's rule compared with its threshold, from a little before it started: the rise, not only the time it has fired.
        foreach (var expression in (live.AlertExpressions ?? []).Select(PromQlComparison.ComparedSeries).Where(e => e != live.Prometheus).Distinct(StringComparer.Ordinal).Take(MaxAutomatic))
        {
            var fetched = await FetchAsync(expression, start, end, "alert", progress, cancellationToken);
            if (fetched.Succeeded)
            {
                attachments.Add(fetched.Value);
            }
        }

        if (live.Prometheus is null && live.Automatic && question is not null && attachments.Count == 0)
        {
            attachments.AddRange(await ServiceSeriesAsync(question, start, end, progress, cancellationToken));
        }

        return attachments;
    }

    /// <summary>The series of the services a question names: a word of it that is a value of the <c>job</c> or <c>service</c> label
    /// (at most two services), then for each its <c>up</c> and up to three of its metrics that speak of errors, latency, memory, CPU or
    /// connections — counters as per-second rates, gauges summed. Best effort: a failure leaves the turn without them.</summary>
    private async Task<List<TurnAttachment>> ServiceSeriesAsync(string question, DateTimeOffset start, DateTimeOffset end, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken)
    {
        var words = QuestionWord().Matches(question).Select(m => m.Value.TrimEnd('.', '-')).Where(w => w.Length >= 3).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = new List<(string Label, string Value)>();
        foreach (var label in (string[])["job", "service"])
        {
            if (words.Count == 0 || named.Count >= 2 || await prometheus!.LabelValuesAsync(label, cancellationToken) is not { Succeeded: true } values)
            {
                continue;
            }

            named.AddRange(Strings(values.Value.Json).Where(words.Contains).Where(v => !named.Any(n => n.Value == v)).Take(2 - named.Count).Select(v => (label, v)));
        }

        var attachments = new List<TurnAttachment>();
        foreach (var (label, value) in named)
        {
            var escaped = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
            var selector = "{" + label + "=\"" + escaped + "\"}";
            var queries = new List<string> { $"up{selector}" };
            if (await prometheus!.SeriesAsync(selector, start, end, cancellationToken) is { Succeeded: true } series)
            {
                queries.AddRange(MetricNames(series.Value.Json)
                    .Select(n => (Name: n, Rank: Telling().Match(n) is { Success: true } m ? Array.FindIndex(TellingOrder, t => m.Value.Contains(t, StringComparison.OrdinalIgnoreCase)) : -1))
                    .Where(n => n.Rank >= 0 && !n.Name.EndsWith("_bucket", StringComparison.Ordinal)).OrderBy(n => n.Rank).ThenBy(n => n.Name, StringComparer.Ordinal).Take(3)
                    .Select(n => n.Name.EndsWith("_total", StringComparison.Ordinal) || n.Name.EndsWith("_count", StringComparison.Ordinal) || n.Name.EndsWith("_sum", StringComparison.Ordinal)
                        ? $"sum(rate({n.Name}{selector}[5m]))" : $"sum({n.Name}{selector})"));
            }

            foreach (var query in queries.Take(MaxAutomatic - attachments.Count))
            {
                if (await FetchAsync(query, start, end, "service", progress, cancellationToken) is { Succeeded: true } fetched)
                {
                    attachments.Add(fetched.Value);
                }
            }
        }

        return attachments;
    }

    private static readonly string[] TellingOrder = ["error", "fail", "5xx", "latency", "duration", "seconds", "memory", "heap", "resident", "cpu", "connection"];

    private static IEnumerable<string> Strings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
            ? [.. data.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
    }

    private static IEnumerable<string> MetricNames(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
            ? [.. data.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("__name__", out var n) && n.ValueKind == JsonValueKind.String)
                .Select(s => s.GetProperty("__name__").GetString()!).Distinct(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Fetches one range query as an attachment: the query API's JSON, trimmed to <see cref="MaxSeries"/> series, with the
    /// query, window and step written beside the result.</summary>
    public async Task<Outcome<TurnAttachment>> FetchAsync(string query, DateTimeOffset start, DateTimeOffset end, string reason, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (prometheus is null)
        {
            return new Failure(FailureKind.Invalid, "Prometheus is not configured on this server: set FM_PROMETHEUS_URL (docs/INTEGRATIONS.md).");
        }

        query = query.Trim();
        if (query.Length == 0 || query.Length > MaxQueryLength)
        {
            return new Failure(FailureKind.Invalid, $"The PromQL query must hold 1 to {MaxQueryLength} characters.");
        }

        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("sources.prometheus.fetch");
        activity?.SetTag("faultmaven.source", "prometheus");
        activity?.SetTag("faultmaven.sources.reason", reason);
        var window = end - start;
        // At most MaxPoints points per series (an hour at 15 s, a day at 6 min), never finer than a second.
        var step = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(window.TotalSeconds / MaxPoints)));
        if (progress is not null)
        {
            await progress(new AgentProgress("source", $"querying Prometheus ({reason}): {Short(query)} over {Words(window)}, every {Words(step)}"));
        }

        var answer = await prometheus.QueryRangeAsync(query, start, end, step, cancellationToken);
        if (!answer.Succeeded)
        {
            Count(reason, answer.Failure.Kind.ToString());
            logger.PrometheusFetchFailed(reason, answer.Failure.Kind.ToString(), answer.Failure.Detail);
            if (progress is not null)
            {
                await progress(new AgentProgress("source", $"Prometheus: {answer.Failure.Detail}"));
            }

            return answer.Failure with { Detail = $"Prometheus query '{Short(query)}': {answer.Failure.Detail}" };
        }

        if (Evidence(answer.Value, query, start, end, step) is not { } evidence)
        {
            Count(reason, "unreadable");
            return new Failure(FailureKind.SourceUnavailable, $"Prometheus answered the query '{Short(query)}' with something other than a range result.");
        }

        Count(reason, "success");
        logger.PrometheusFetched(reason, evidence.Series, evidence.Points);
        activity?.SetTag("faultmaven.sources.series", evidence.Series);
        if (progress is not null)
        {
            await progress(new AgentProgress("source", $"Prometheus returned {evidence.Series} series, {evidence.Points} points{(evidence.Trimmed ? $" (the first {MaxSeries} kept)" : "")}"));
        }

        var name = $"prometheus-{FileNamePart(query)}-{end.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}.json";
        return new TurnAttachment(new MemoryStream(evidence.Json, writable: false), new DataSource(name, new Uri(prometheus.BaseAddress, answer.Value.Request.TrimStart('/')).ToString()));
    }

    /// <summary>Fetches a query into a case as an upload (the model's <c>query_prometheus</c> tool), with its analysis.</summary>
    public async Task<Outcome<(DataUpload Upload, Data.Analysis.DataAnalysis? Analysis)>> FetchIntoCaseAsync(string caseId, string query, TimeSpan since, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        if (!await PrometheusEnabledAsync(cancellationToken))
        {
            return new Failure(FailureKind.Invalid, "Prometheus is not available: FM_PROMETHEUS_URL is unset or the live-sources flag is off.");
        }

        var end = timeProvider.GetUtcNow();
        var fetched = await FetchAsync(query, end - since, end, "model", progress, cancellationToken);
        return await data.StoreReadingAsync(caseId, fetched, cancellationToken);
    }

    private sealed record FetchedEvidence(byte[] Json, int Series, long Points, bool Trimmed);

    private static FetchedEvidence? Evidence(PrometheusResponse response, string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(response.Json, documentOptions: new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return null;
        }

        if (root?["data"]?["result"] is not JsonArray result || root["status"]?.GetValue<string>() != "success")
        {
            return null;
        }

        var trimmed = result.Count > MaxSeries;
        while (result.Count > MaxSeries)
        {
            result.RemoveAt(result.Count - 1);
        }

        var points = result.Sum(s => s?["values"] is JsonArray values ? (long)values.Count : s?["value"] is not null ? 1 : 0);
        // The query beside its answer: whoever reads the upload (a person, the model, the engine) sees what was asked.
        var document = new JsonObject
        {
            ["source"] = "prometheus",
            ["query"] = query,
            ["start"] = start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["end"] = end.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["step"] = $"{step.TotalSeconds:0}s",
            ["request"] = response.Request,
            ["seriesReturned"] = result.Count,
            ["seriesTrimmed"] = trimmed,
            ["status"] = "success",
            ["data"] = root["data"]!.DeepClone(),
        };
        var json = Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return new FetchedEvidence(json, result.Count, points, trimmed);
    }

    private static void Count(string reason, string outcome) =>
        Fetches.Add(1, new KeyValuePair<string, object?>("faultmaven.source", "prometheus"), new KeyValuePair<string, object?>("faultmaven.sources.reason", reason), new KeyValuePair<string, object?>("faultmaven.outcome", outcome));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string Short(string query) => query.Length <= 120 ? query : query[..119] + "…";

    private static string Words(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalHours % 24 == 0 ? $"{span.TotalDays:0} d" : span.TotalHours >= 1 ? $"{span.TotalHours:0.#} h" : span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalSeconds:0} s";

    /// <summary>The first metric name of the query, for the file name: <c>rate(http_requests_total[5m])</c> → <c>http_requests_total</c>.</summary>
    private static string FileNamePart(string query)
    {
        var name = MetricName().Matches(query).Select(m => m.Value).FirstOrDefault(n => !PromQlWords.Contains(n)) ?? "query";
        return name.Length > 60 ? name[..60] : name;
    }

    private static readonly HashSet<string> PromQlWords = new(StringComparer.Ordinal)
    {
        "sum", "rate", "irate", "increase", "avg", "min", "max", "count", "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless",
        "histogram_quantile", "topk", "bottomk", "quantile", "stddev", "abs", "delta", "deriv", "predict_linear", "avg_over_time", "max_over_time", "min_over_time",
        "sum_over_time", "count_over_time", "absent", "clamp_min", "clamp_max", "label_replace", "offset", "bool", "time", "vector", "scalar", "le",
    };

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9_.:-]{1,100}")]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"error|fail|5xx|latency|duration|seconds|memory|heap|resident|cpu|connection", RegexOptions.IgnoreCase)]
    private static partial Regex Telling();

    [GeneratedRegex(@"^(?<part>\d{1,6}[smhdw]){1,4}$")]
    private static partial Regex Duration();

    [GeneratedRegex(@"[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex MetricName();
}
