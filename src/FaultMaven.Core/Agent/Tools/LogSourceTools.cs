using System.ComponentModel;
using FaultMaven.Core.Sources;
using Microsoft.Extensions.AI;

namespace FaultMaven.Core.Agent.Tools;

/// <summary>The log sources as tools for the model: <c>query_loki</c>, <c>search_elasticsearch</c> and <c>search_splunk</c> fetch a
/// search over a recent window into the case as log evidence (parsed and mined like an uploaded log) and return its analysis with the
/// upload's id to cite.</summary>
public static class LogSourceTools
{
    /// <summary>The name the model calls a Loki query by.</summary>
    public const string QueryLokiName = "query_loki";

    /// <summary>The name the model calls an Elasticsearch/OpenSearch search by.</summary>
    public const string SearchElasticsearchName = "search_elasticsearch";

    /// <summary>The name the model calls a Splunk search by.</summary>
    public const string SearchSplunkName = "search_splunk";

    /// <summary>Creates the tools of the log sources that can be queried, for the case of <paramref name="request"/>.</summary>
    public static async Task<IReadOnlyList<AIFunction>> CreateAsync(LogSourceService sources, InvestigationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(request);
        var tools = new List<AIFunction>();
        if (await sources.EnabledAsync("loki", cancellationToken))
        {
            tools.Add(Create(sources, request, "loki", QueryLokiName, "A LogQL log query, e.g. {app=\"checkout\"} |= \"error\"",
                "Fetch log lines from the team's Grafana Loki with a LogQL log query over a recent window (newest lines first, at most a thousand); "
                + "the lines are stored as log evidence on the case, parsed and clustered into templates, and returned with the upload id to cite as upload:<id>."));
        }

        if (await sources.EnabledAsync("elasticsearch", cancellationToken))
        {
            tools.Add(Create(sources, request, "elasticsearch", SearchElasticsearchName, "A query string (Lucene syntax), e.g. service.name:checkout AND log.level:error",
                "Search the team's Elasticsearch/OpenSearch log indices with a query string over a recent window (newest first); "
                + "the hits' messages are stored as log evidence on the case, parsed and clustered into templates, and returned with the upload id to cite as upload:<id>."));
        }

        if (await sources.EnabledAsync("splunk", cancellationToken))
        {
            tools.Add(Create(sources, request, "splunk", SearchSplunkName, "An SPL search, e.g. index=main sourcetype=checkout error",
                "Run an SPL search on the team's Splunk over a recent window (newest events first); the events' raw text is stored as log evidence "
                + "on the case, parsed and clustered into templates, and returned with the upload id to cite as upload:<id>."));
        }

        return tools;
    }

    private static AIFunction Create(LogSourceService sources, InvestigationRequest request, string source, string name, string queryHelp, string description) =>
        AIFunctionFactory.Create(
            async ([Description("The query, in the source's language (see the tool's description)")] string query,
             [Description("How far back from now: 30m, 2h, 1d (default 1h, at most 7d)")] string? since = null,
             CancellationToken cancellationToken = default) =>
            {
                var window = LiveSourceService.ParseWindow(since);
                if (!window.Succeeded)
                {
                    return (object)new { error = window.Failure.Detail };
                }

                var upload = await sources.FetchIntoCaseAsync(request.CaseId, source, query, window.Value, request.Progress, cancellationToken);
                if (!upload.Succeeded)
                {
                    return new { error = upload.Failure.Detail };
                }

                var stored = upload.Value.Upload;
                var log = upload.Value.Analysis?.Log;
                return new
                {
                    upload_id = stored.Id,
                    query,
                    title = stored.PageTitle,
                    summary = upload.Value.Analysis?.Summary,
                    first = log?.FirstTimestamp,
                    last = log?.LastTimestamp,
                    levels = log?.Levels,
                    error_clusters = log?.ErrorClusters.Take(10),
                    templates = log?.Templates.Take(10),
                    cite_as = $"upload:{stored.Id}",
                };
            },
            name,
            $"{description} The query: {queryHelp}.");
}
