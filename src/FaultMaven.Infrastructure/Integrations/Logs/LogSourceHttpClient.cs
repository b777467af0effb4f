using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using FaultMaven.Core.Common;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Sources;
using Microsoft.Extensions.Logging;
using ResiliencePipeline = Polly.ResiliencePipeline;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FaultMaven.Infrastructure.Integrations.Logs;

/// <summary>What every log source's HTTP client shares: a per-call timeout and a circuit breaker (Polly, as Prometheus's client: a store
/// that is down costs the first calls their connection failure, then none until the break ends), a size cap on what is read, and the
/// mapping of answers to outcomes — a query the store rejects (400/404/422) is the caller's error with the store's own message made
/// printable, and does not count against the circuit; refused credentials are the operator's; 5xx, 429 and no answer are the store's.</summary>
internal abstract class LogSourceHttpClient : ILogSource
{
    private static readonly Counter<long> Calls = FaultMavenTelemetry.Meter.CreateCounter<long>("faultmaven.sources.logs.calls", description: "Calls to log sources' search APIs (Loki, Elasticsearch, Splunk), by source, endpoint and outcome.");
    private static readonly Histogram<double> Duration = FaultMavenTelemetry.Meter.CreateHistogram<double>("faultmaven.sources.logs.duration", "s", "How long calls to log sources' search APIs took.");

    /// <summary>How long the circuit stays open after the source failed half of at least three calls in 30 s.</summary>
    internal const int BreakSeconds = 30;

    private const int MaxErrorChars = 500;

    private readonly ResiliencePipeline _pipeline;
    private readonly int _timeoutSeconds;
    private readonly string _sizeVariable;

    protected LogSourceHttpClient(HttpClient http, string url, int timeoutSeconds, long maxResponseBytes, string sizeVariable, TimeProvider timeProvider, ILogger logger)
    {
        Http = http;
        Logger = logger;
        MaxResponseBytes = maxResponseBytes;
        _timeoutSeconds = timeoutSeconds;
        _sizeVariable = sizeVariable;
        BaseAddress = new Uri(url.TrimEnd('/') + "/");
        Http.BaseAddress = BaseAddress;
        Http.Timeout = Timeout.InfiniteTimeSpan;
        _pipeline = LogSourcePipeline.Create(timeoutSeconds, timeProvider, breakDuration => Logger.LogSourceCircuitOpened(DisplayName, breakDuration.TotalSeconds));
    }

    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract string DisplayName { get; }

    /// <inheritdoc/>
    public Uri BaseAddress { get; }

    /// <inheritdoc/>
    public virtual IReadOnlyList<string> ServiceLabels => [];

    protected HttpClient Http { get; }

    protected ILogger Logger { get; }

    protected long MaxResponseBytes { get; }

    /// <summary>Gets a value indicating whether an answer past the size cap is cut and read (a stream of lines) rather than refused (one JSON document).</summary>
    protected virtual bool CutsLongAnswers => false;

    /// <inheritdoc/>
    public abstract Task<Outcome<LogSearchResult>> SearchAsync(LogSearch search, CancellationToken cancellationToken = default);

    /// <inheritdoc/>
    public virtual Task<Outcome<IReadOnlyList<string>>> LabelValuesAsync(string label, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        Task.FromResult<Outcome<IReadOnlyList<string>>>(Array.Empty<string>());

    /// <inheritdoc/>
    public virtual string? ServiceErrorsQuery(string label, string value) => null;

    /// <summary>The store's own message in an error body (a JSON field, or the text itself), or null.</summary>
    protected abstract string? ErrorOf(string body);

    /// <summary>Sends a request made by <paramref name="create"/> (once per attempt) and reads a successful answer with
    /// <paramref name="read"/>, which gets the body stream and the byte cap; a span, a metric and a log line per call.</summary>
    protected async Task<Outcome<T>> SendAsync<T>(string endpoint, Func<HttpRequestMessage> create, Func<Stream, CancellationToken, Task<Outcome<T>>> read, CancellationToken cancellationToken)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity($"{Name}.query");
        activity?.SetTag("faultmaven.source", Name);
        activity?.SetTag("faultmaven.sources.endpoint", endpoint);
        var started = Stopwatch.GetTimestamp();
        var outcome = "success";
        try
        {
            var answer = await _pipeline.ExecuteAsync(async token => await SendOnceAsync(create, read, token), cancellationToken);
            if (!answer.Succeeded)
            {
                outcome = answer.Failure.Kind switch { FailureKind.SourceTooLarge => "too-large", FailureKind.Invalid => "rejected", _ => "refused" };
            }

            return answer;
        }
        catch (BrokenCircuitException)
        {
            outcome = "circuit-open";
            return new Failure(FailureKind.SourceUnavailable, $"{DisplayName} at {BaseAddress} failed repeatedly; it is not called again for {BreakSeconds} s (circuit open).");
        }
        catch (TimeoutRejectedException)
        {
            outcome = "timeout";
            return new Failure(FailureKind.SourceUnavailable, $"{DisplayName} at {BaseAddress} did not answer within {_timeoutSeconds} s.");
        }
        catch (UpstreamStatusException ex)
        {
            outcome = "unavailable";
            return new Failure(FailureKind.SourceUnavailable, $"{DisplayName} at {BaseAddress} {ex.Message}");
        }
        catch (HttpRequestException ex)
        {
            outcome = "unavailable";
            return new Failure(FailureKind.SourceUnavailable, $"{DisplayName} at {BaseAddress} cannot be reached: {PrintableText.Of(ex.Message)}");
        }
        finally
        {
            activity?.SetTag("faultmaven.outcome", outcome);
            if (outcome != "success")
            {
                activity?.SetStatus(ActivityStatusCode.Error, outcome);
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var tags = new TagList { { "faultmaven.source", Name }, { "faultmaven.sources.endpoint", endpoint }, { "faultmaven.outcome", outcome } };
            Calls.Add(1, tags);
            Duration.Record(seconds, tags);
            Logger.LogSourceCalled(DisplayName, endpoint, outcome, seconds * 1000);
        }
    }

    private async Task<Outcome<T>> SendOnceAsync<T>(Func<HttpRequestMessage> create, Func<Stream, CancellationToken, Task<Outcome<T>>> read, CancellationToken cancellationToken)
    {
        using var request = create();
        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            if (!CutsLongAnswers && response.Content.Headers.ContentLength > MaxResponseBytes)
            {
                return TooLarge();
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await read(body, cancellationToken);
        }

        var error = await ErrorBodyAsync(response, cancellationToken);
        var status = (int)response.StatusCode;
        if (status is 400 or 404 or 422)
        {
            return new Failure(FailureKind.Invalid, $"{DisplayName} rejected the query: {error ?? $"HTTP {status} with no message"}");
        }

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return new Failure(FailureKind.SourceUnavailable, $"{DisplayName} at {BaseAddress} refused FaultMaven's credentials (HTTP {status}){(error is null ? "." : ": " + error)}");
        }

        throw new UpstreamStatusException(response.StatusCode, error);
    }

    /// <summary>The error's message: at most 64 KiB of the body read, the store's message found in it (or the body itself unless it
    /// is a web page), at most 500 printable characters without credentials or secrets; null when there is none.</summary>
    private async Task<string?> ErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var bytes = await ReadCappedAsync(stream, 64 * 1024, cancellationToken);
        var body = Encoding.UTF8.GetString(bytes.Bytes);
        var message = ErrorOf(body) ?? (body.TrimStart().StartsWith('<') ? null : body.Trim());
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        message = PrintableText.Of(WithoutCredentials(message).ReplaceLineEndings(" "));
        return message.Length <= MaxErrorChars ? message : message[..MaxErrorChars] + "…";
    }

    /// <summary>The store's message without the credentials this client sends, nor any other secret: a store or a proxy in front of it
    /// may echo the Authorization header it refused, and the message goes to the caller and the log.</summary>
    private string WithoutCredentials(string message)
    {
        if (Http.DefaultRequestHeaders.Authorization is { Parameter: { Length: > 0 } parameter } authorization)
        {
            message = message.Replace(parameter, "***", StringComparison.Ordinal);
            if (string.Equals(authorization.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && BasicPassword(parameter) is { Length: >= 4 } password)
            {
                message = message.Replace(password, "***", StringComparison.Ordinal);
            }
        }

        return Redactor.Default.Redact(message).Text;
    }

    private static string? BasicPassword(string parameter)
    {
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            return pair.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? pair[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Reads at most <paramref name="max"/> bytes; whether more were there.</summary>
    protected static async Task<(byte[] Bytes, bool More)> ReadCappedAsync(Stream stream, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                buffer.Write(chunk, 0, (int)(max - buffer.Length));
                return (buffer.ToArray(), true);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), false);
    }

    /// <summary>Reads a whole JSON answer, or fails as too large: a cut JSON document cannot be read.</summary>
    protected async Task<Outcome<byte[]>> ReadAllAsync(Stream body, CancellationToken cancellationToken)
    {
        var (bytes, more) = await ReadCappedAsync(body, MaxResponseBytes, cancellationToken);
        return more ? TooLarge() : bytes;
    }

    /// <summary>The store's answer is past the cap: the source's doing, not the caller's request (502, not 413).</summary>
    protected Failure TooLarge() => new(FailureKind.SourceTooLarge, $"{DisplayName}'s answer is larger than {MaxResponseBytes:N0} bytes ({_sizeVariable}): narrow the query (fewer lines, a shorter window).");

    protected Failure Unreadable(string what) => new(FailureKind.SourceUnavailable, $"{DisplayName} answered with something other than {what}.");
}
