using System.ComponentModel;
using FaultMaven.Core.Sources;
using Microsoft.Extensions.AI;

namespace FaultMaven.Core.Agent.Tools;

/// <summary>Prometheus as a tool for the model: <c>query_prometheus</c> fetches a PromQL range query into the case as metrics evidence
/// (analysed like an uploaded metrics file) and returns its analysis with the upload's id to cite.</summary>
public static class PrometheusTools
{
    /// <summary>The name the model calls the query by.</summary>
    public const string QueryPrometheusName = "query_prometheus";

    /// <summary>Creates the tool for the case of <paramref name="request"/>.</summary>
    public static AIFunction QueryPrometheus(LiveSourceService sources, InvestigationRequest request)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(request);
        return AIFunctionFactory.Create(
            async ([Description("A PromQL expression, e.g. sum by (code) (rate(http_requests_total{job=\"checkout\"}[5m]))")] string query,
             [Description("How far back from now: 30m, 2h, 1d (default 1h, at most 7d)")] string? since = null,
             CancellationToken cancellationToken = default) =>
            {
                var window = LiveSourceService.ParseWindow(since);
                if (!window.Succeeded)
                {
                    return (object)new { error = window.Failure.Detail };
                }

                var upload = await sources.FetchIntoCaseAsync(request.CaseId, query, window.Value, request.Progress, cancellationToken);
                if (!upload.Succeeded)
                {
                    return new { error = upload.Failure.Detail };
                }

                var stored = upload.Value.Upload;
                var metrics = upload.Value.Analysis?.Metrics;
                return new
                {
                    upload_id = stored.Id,
                    query,
                    summary = upload.Value.Analysis?.Summary,
                    series = metrics?.Series.Take(20).Select(s => new { s.Name, s.Points, s.Min, s.Max, s.Mean, s.Last, s.Start, s.End }),
                    events = metrics?.Events.Take(20).Select(e => new { e.Series, e.Kind, e.Time, e.Value, e.Baseline }),
                    cite_as = $"upload:{stored.Id}",
                };
            },
            QueryPrometheusName,
            "Fetch a PromQL range query from the team's Prometheus over a recent window; the series are stored as evidence on the case, analysed (statistics, spikes, change points) and returned with the upload id to cite as upload:<id>.");
    }
}
