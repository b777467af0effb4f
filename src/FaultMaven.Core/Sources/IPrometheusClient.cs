using FaultMaven.Core.Common;

namespace FaultMaven.Core.Sources;

/// <summary>Prometheus's HTTP API (<c>/api/v1/…</c>), read-only. Each call returns the response body as Prometheus sent it (JSON, at
/// most the configured size), or a failure: <see cref="FailureKind.Invalid"/> when Prometheus rejects the query (bad PromQL),
/// <see cref="FailureKind.SourceUnavailable"/> when it cannot be reached, times out or its circuit is open.</summary>
public interface IPrometheusClient
{
    /// <summary>Gets the base address queried, for citing where evidence came from.</summary>
    Uri BaseAddress { get; }

    /// <summary>An instant query (<c>/api/v1/query</c>) evaluated at <paramref name="time"/> (now when null).</summary>
    Task<Outcome<PrometheusResponse>> QueryAsync(string query, DateTimeOffset? time, CancellationToken cancellationToken = default);

    /// <summary>A range query (<c>/api/v1/query_range</c>).</summary>
    Task<Outcome<PrometheusResponse>> QueryRangeAsync(string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken = default);

    /// <summary>The series matching a selector (<c>/api/v1/series</c>) between two times.</summary>
    Task<Outcome<PrometheusResponse>> SeriesAsync(string match, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);

    /// <summary>The values of a label (<c>/api/v1/label/&lt;name&gt;/values</c>).</summary>
    Task<Outcome<PrometheusResponse>> LabelValuesAsync(string label, CancellationToken cancellationToken = default);

    /// <summary>The alerting and recording rules (<c>/api/v1/rules</c>).</summary>
    Task<Outcome<PrometheusResponse>> RulesAsync(CancellationToken cancellationToken = default);

    /// <summary>The alerts firing or pending now (<c>/api/v1/alerts</c>).</summary>
    Task<Outcome<PrometheusResponse>> AlertsAsync(CancellationToken cancellationToken = default);
}

/// <summary>One answer of Prometheus's API.</summary>
/// <param name="Request">The request as sent: path and query string (no credentials), to cite.</param>
/// <param name="Json">The response body (<c>{"status":"success","data":…}</c>).</param>
public sealed record PrometheusResponse(string Request, string Json);
