using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FaultMaven.Infrastructure.Integrations.Prometheus;

/// <summary>Prometheus's HTTP API behind a per-call timeout and a circuit breaker (Polly, as the model providers): a Prometheus that is
/// down costs the first calls their connection failure, then none until the break ends. Responses are read up to a size cap; a
/// query Prometheus rejects (400/422) is the caller's error, with Prometheus's own message, and does not count against the circuit;
/// the circuit is per team (<see cref="Circuit"/>).</summary>
internal sealed partial class PrometheusHttpClient : IPrometheusClient
{
    private static readonly Counter<long> Calls = FaultMavenTelemetry.Meter.CreateCounter<long>("faultmaven.sources.prometheus.calls", description: "Calls to Prometheus's API, by endpoint and outcome.");
    private static readonly Histogram<double> Duration = FaultMavenTelemetry.Meter.CreateHistogram<double>("faultmaven.sources.prometheus.duration", "s", "How long calls to Prometheus's API took.");

    /// <summary>How long the circuit stays open after Prometheus failed half of at least three calls in 30 s.</summary>
    internal const int BreakSeconds = 30;

    private const int MaxExcerptChars = 300;

    // Teams are configured (API keys, OIDC groups): far fewer than this.
    private const int MaxCircuits = 1024;

    private readonly HttpClient _http;
    private readonly PrometheusOptions _options;
    private readonly ConcurrentDictionary<string, ResiliencePipeline> _circuits = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<PrometheusHttpClient> _logger;

    public PrometheusHttpClient(HttpClient http, IOptions<PrometheusOptions> options, TimeProvider timeProvider, ILogger<PrometheusHttpClient> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        BaseAddress = new Uri(_options.Url.TrimEnd('/') + "/");
        _http.BaseAddress = BaseAddress;
        _http.Timeout = Timeout.InfiniteTimeSpan;
        if (_options.Token.Length > 0)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _options.Token);
        }
        else if (_options.Username.Length > 0)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.Username}:{_options.Password}")));
        }

        _timeProvider = timeProvider;
    }

    /// <summary>The circuit of the calling team: one team's failing queries (too heavy, timing out) break that team's calls only, not
    /// every team's. Each team still learns of a Prometheus that is down from its own first failures. Teams past
    /// <see cref="MaxCircuits"/> share one circuit, so a flood of team names cannot grow this without bound.</summary>
    private ResiliencePipeline Circuit()
    {
        var team = CallerContext.Caller.Team ?? "";
        if (_circuits.TryGetValue(team, out var found))
        {
            return found;
        }

        return _circuits.Count >= MaxCircuits ? _circuits.GetOrAdd("\0overflow", NewCircuit) : _circuits.GetOrAdd(team, NewCircuit);
    }

    private ResiliencePipeline NewCircuit(string team) => new ResiliencePipelineBuilder { TimeProvider = _timeProvider }
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TimeoutRejectedException>(),
            FailureRatio = 0.5,
            MinimumThroughput = 3,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(BreakSeconds),
            OnOpened = args => { _logger.PrometheusCircuitOpened(args.BreakDuration.TotalSeconds); return ValueTask.CompletedTask; },
        })
        .AddTimeout(TimeSpan.FromSeconds(_options.TimeoutSeconds))
        .Build();

    /// <inheritdoc/>
    public Uri BaseAddress { get; }

    /// <inheritdoc/>
    public Task<Core.Common.Outcome<PrometheusResponse>> QueryAsync(string query, DateTimeOffset? time, CancellationToken cancellationToken = default) =>
        GetAsync("query", time is { } t ? [("query", query), ("time", Unix(t))] : [("query", query)], cancellationToken);

    /// <inheritdoc/>
    public Task<Core.Common.Outcome<PrometheusResponse>> QueryRangeAsync(string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken = default) =>
        GetAsync("query_range", [("query", query), ("start", Unix(start)), ("end", Unix(end)), ("step", step.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture))], cancellationToken);

    /// <inheritdoc/>
    public Task<Core.Common.Outcome<PrometheusResponse>> SeriesAsync(string match, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        GetAsync("series", [("match[]", match), ("start", Unix(start)), ("end", Unix(end)), ("limit", "500")], cancellationToken);

    /// <inheritdoc/>
    public Task<Core.Common.Outcome<PrometheusResponse>> LabelValuesAsync(string label, CancellationToken cancellationToken = default) =>
        GetAsync($"label/{Uri.EscapeDataString(label)}/values", [("limit", "1000")], cancellationToken);

    /// <inheritdoc/>
    public Task<Core.Common.Outcome<PrometheusResponse>> RulesAsync(CancellationToken cancellationToken = default) => GetAsync("rules", [], cancellationToken);

    /// <inheritdoc/>
    public Task<Core.Common.Outcome<PrometheusResponse>> AlertsAsync(CancellationToken cancellationToken = default) => GetAsync("alerts", [], cancellationToken);

    private async Task<Core.Common.Outcome<PrometheusResponse>> GetAsync(string endpoint, IReadOnlyList<(string Name, string Value)> parameters, CancellationToken cancellationToken)
    {
        var request = $"api/v1/{endpoint}" + (parameters.Count == 0 ? "" : "?" + string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}")));
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("prometheus.query");
        activity?.SetTag("faultmaven.source", "prometheus");
        activity?.SetTag("faultmaven.prometheus.endpoint", endpoint);
        var started = Stopwatch.GetTimestamp();
        var outcome = "success";
        try
        {
            var (json, failure) = await Circuit().ExecuteAsync(async token => await SendAsync(request, token), cancellationToken);
            if (failure is not null)
            {
                outcome = failure.Kind == FailureKind.SourceTooLarge ? "too-large" : "rejected";
                return failure;
            }

            return new PrometheusResponse("/" + request, json!);
        }
        catch (BrokenCircuitException)
        {
            outcome = "circuit-open";
            return new Failure(FailureKind.SourceUnavailable, $"Prometheus at {BaseAddress} failed repeatedly; it is not called again for {BreakSeconds} s (circuit open).");
        }
        catch (TimeoutRejectedException)
        {
            outcome = "timeout";
            return new Failure(FailureKind.SourceUnavailable, $"Prometheus at {BaseAddress} did not answer within {_options.TimeoutSeconds} s.");
        }
        catch (UpstreamStatusException ex)
        {
            outcome = "unavailable";
            return new Failure(FailureKind.SourceUnavailable, $"Prometheus at {BaseAddress} {ex.Message}");
        }
        catch (HttpRequestException ex)
        {
            outcome = "unavailable";
            return new Failure(FailureKind.SourceUnavailable, $"Prometheus at {BaseAddress} cannot be reached: {ex.Message}");
        }
        finally
        {
            activity?.SetTag("faultmaven.outcome", outcome);
            if (outcome != "success")
            {
                activity?.SetStatus(ActivityStatusCode.Error, outcome);
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var tags = new TagList { { "faultmaven.prometheus.endpoint", endpoint }, { "faultmaven.outcome", outcome } };
            Calls.Add(1, tags);
            Duration.Record(seconds, tags);
            _logger.PrometheusCalled(endpoint, outcome, seconds * 1000);
        }
    }

    /// <summary>One call: the body, or the caller's failure (a rejected query, an answer too large). A Prometheus that cannot answer
    /// (no connection, 5xx) throws, which is what the circuit breaker counts.</summary>
    private async Task<(string? Json, Failure? Failure)> SendAsync(string request, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.Content.Headers.ContentLength > _options.MaxResponseBytes)
        {
            return (null, TooLarge());
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxResponseBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        var body = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (response.IsSuccessStatusCode)
        {
            return (body, null);
        }

        // 400 bad_data, 422 execution errors (a query too heavy, a type mismatch): the query is wrong, not Prometheus.
        var error = ErrorOf(body) ?? Excerpt(body);
        if ((int)response.StatusCode is 400 or 404 or 422)
        {
            return (null, new Failure(FailureKind.Invalid, $"Prometheus rejected the request: {error ?? $"HTTP {(int)response.StatusCode} with no message"}"));
        }

        throw new UpstreamStatusException(response.StatusCode, error);
    }

    /// <summary>Prometheus's answer is past the cap: its doing, not the caller's request (502, not 413).</summary>
    private Failure TooLarge() => new(FailureKind.SourceTooLarge, $"Prometheus's answer is larger than {_options.MaxResponseBytes:N0} bytes (FM_PROMETHEUS_MAX_RESPONSE_BYTES): narrow the query (fewer series, a shorter window).");

    /// <summary>The start of a body that is not Prometheus's JSON (a proxy's text), printable, without the credentials this client
    /// sends nor any other secret; null for nothing or a web page.</summary>
    private string? Excerpt(string body)
    {
        var text = body.Trim();
        if (text.Length == 0 || text.StartsWith('<'))
        {
            return null;
        }

        text = text.Length <= MaxExcerptChars ? text : text[..MaxExcerptChars] + "…";
        if (_http.DefaultRequestHeaders.Authorization is { Parameter: { Length: > 0 } credentials })
        {
            text = text.Replace(credentials, "***", StringComparison.Ordinal);
        }

        if (_options.Password.Length >= 4)
        {
            text = text.Replace(_options.Password, "***", StringComparison.Ordinal);
        }

        return PrintableText.Of(Redactor.Default.Redact(text.ReplaceLineEndings(" ")).Text);
    }

    private static string? ErrorOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                ? PrintableText.Of(error.GetString()!.Length > 500 ? error.GetString()![..500] : error.GetString()!)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Unix(DateTimeOffset time) => (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}
