using System.ComponentModel;
using System.Text;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Agent.Tools;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sources;
using FaultMaven.Core.Sources.Kubernetes;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FaultMaven.Server.Mcp;

/// <summary>The live sources as MCP tools, read-only towards them: the log sources (<c>query_loki</c>, <c>search_elasticsearch</c>,
/// <c>search_splunk</c>) and the cluster (<c>kubernetes_get/describe/events/logs</c>). Each goes through the same services as the
/// model's tools and a turn's queries — the same checks (a Splunk search that deletes or sends is refused, secrets and config maps
/// are not read, namespaces are those allowed), timeouts, size caps and circuit breakers — and what comes back is redacted before the
/// client sees it. They need the engineer role, as a turn that queries a source does on the API. Without <c>caseId</c> nothing is
/// kept; with it the reading is stored as evidence of that case (the caller's team), to cite. Listed only when the source is configured and live sources are on (<see cref="HideUnavailable"/>).</summary>
[McpServerToolType]
internal sealed class FaultMavenSourceTools(
    LogSourceService logs,
    KubernetesSourceService kubernetes,
    CaseService cases,
    DataService data,
    Redactor redactor,
    IAuditTrail audit)
{
    /// <summary>The most lines a reading shows; the analysis covers all of them.</summary>
    public const int MaxLinesShown = 200;

    /// <summary>The most characters a reading shows.</summary>
    public const int MaxCharsShown = 64 * 1024;

    private const string Since = "How far back from now: 30m, 2h, 1d (default 1h, at most 7d).";
    private const string CaseHelp = "Keep the reading as evidence of this case (engineer role), to cite as upload:<id>; leave out to read without keeping anything.";
    private const string KindHelp = "pod, deployment, replicaset, service or node (never secrets or config maps).";
    private const string NamespaceHelp = "The namespace; leave out for the server's default.";

    private static readonly Dictionary<string, string> LogTools = new(StringComparer.Ordinal)
    {
        [LogSourceTools.QueryLokiName] = "loki",
        [LogSourceTools.SearchElasticsearchName] = "elasticsearch",
        [LogSourceTools.SearchSplunkName] = "splunk",
    };

    private static readonly HashSet<string> KubernetesToolNames = [KubernetesTools.GetName, KubernetesTools.DescribeName, KubernetesTools.EventsName, KubernetesTools.LogsName];

    [McpServerTool(Name = LogSourceTools.QueryLokiName, Title = "Query Loki", ReadOnly = true, Idempotent = true, OpenWorld = true)]
    [Description("Fetch log lines from the team's Grafana Loki with a LogQL log query over a recent window (newest first, up to 2,000 entries). "
        + "Returns the lines (redacted: secrets and personal data replaced), their analysis (templates, error clusters, timeline) and, with caseId, the upload id to cite.")]
    public Task<CallToolResult> QueryLokiAsync(
        [Description("A LogQL log query, e.g. {app=\"checkout\"} |= \"error\".")] string query,
        [Description(Since)] string? since = null,
        [Description(CaseHelp)] string? caseId = null,
        CancellationToken cancellationToken = default) => LogsAsync("loki", query, since, caseId, cancellationToken);

    [McpServerTool(Name = LogSourceTools.SearchElasticsearchName, Title = "Search Elasticsearch", ReadOnly = true, Idempotent = true, OpenWorld = true)]
    [Description("Search the team's Elasticsearch/OpenSearch log indices with a query string (Lucene syntax) over a recent window (newest first). "
        + "Returns the hits' messages (redacted: secrets and personal data replaced), their analysis and, with caseId, the upload id to cite.")]
    public Task<CallToolResult> SearchElasticsearchAsync(
        [Description("A query string, e.g. service.name:checkout AND log.level:error.")] string query,
        [Description(Since)] string? since = null,
        [Description(CaseHelp)] string? caseId = null,
        CancellationToken cancellationToken = default) => LogsAsync("elasticsearch", query, since, caseId, cancellationToken);

    [McpServerTool(Name = LogSourceTools.SearchSplunkName, Title = "Search Splunk", ReadOnly = true, Idempotent = true, OpenWorld = true)]
    [Description("Run an SPL search on the team's Splunk over a recent window (newest first); searches that delete, write, send or run something, "
        + "or read Splunk's settings, are refused. Returns the events' raw text (redacted), their analysis and, with caseId, the upload id to cite.")]
    public Task<CallToolResult> SearchSplunkAsync(
        [Description("An SPL search, e.g. index=main sourcetype=checkout error.")] string query,
        [Description(Since)] string? since = null,
        [Description(CaseHelp)] string? caseId = null,
        CancellationToken cancellationToken = default) => LogsAsync("splunk", query, since, caseId, cancellationToken);

    [McpServerTool(Name = KubernetesTools.GetName, Title = "List Kubernetes objects", ReadOnly = true, Idempotent = true, OpenWorld = true)]
    [Description("List Kubernetes objects of a kind like kubectl get (status, ready, restarts, age), read-only. Returns the listing (redacted), its findings and, with caseId, the upload id to cite.")]
    public Task<CallToolResult> KubernetesGetAsync(
        [Description(KindHelp)] string kind,
        [Description("One object's name; leave out for all of the kind.")] string? name = null,
        [Description(NamespaceHelp)] string? @namespace = null,
        [Description(CaseHelp)] string? caseId = null,
        CancellationToken cancellationToken = default) =>
        KubernetesAsync(KubernetesTools.Join("get", KubernetesTools.Target(kind, name), @namespace), caseId, cancellationToken);

    [McpServerTool(Name = KubernetesTools.DescribeName, Title = "Describe a Kubernetes object", ReadOnly = true, Idempotent = true, OpenWorld = true)]
    [Description("Describe one Kubernetes object like kubectl describe: status, conditions, container states, restart counts, last termination reason (OOMKilled, Error) "
        + "and its recent events. Returns the description (redacted), its findings and, with caseId, the upload id to cite.")]
    public Task<CallToolResult> KubernetesDescribeAsync(
        [Description(KindHelp)] string kind,
        [Description("The object's name.")] string name,
        [Description(NamespaceHelp)] string? @namespace = null,
        [Description(CaseHelp)] string? caseId = null,
        CancellationToken cancellationToken = default) =>
        KubernetesAsync(KubernetesTools.Join("describe", KubernetesTools.Target(kind, name), @namespace), caseId, cancellationToken);

    [McpServerTool(Name = KubernetesTools.EventsName, Title = "List Kubernetes events", ReadOnly = true, Idempotent = true, OpenWorld = true)]
    [Description("List the recent Kubernetes events of a namespace or of one object (BackOff, FailedScheduling, Unhealthy, OOMKilling), newest first. "
        + "Returns the events (redacted), their findings and, with caseId, the upload id to cite.")]
    public Task<CallToolResult> KubernetesEventsAsync(
        [Description(NamespaceHelp)] string? @namespace = null,
        [Description("Only the events of this kind of object (with name).")] string? kind = null,
        [Description("Only the events of the object of this name.")] string? name = null,
        [Description(CaseHelp)] string? caseId = null,
        CancellationToken cancellationToken = default) =>
        KubernetesAsync(KubernetesTools.Join("events", kind is null && name is null ? null : "--for " + KubernetesTools.Target(kind ?? "pod", name), @namespace), caseId, cancellationToken);

    [McpServerTool(Name = KubernetesTools.LogsName, Title = "Read a pod's logs", ReadOnly = true, Idempotent = true, OpenWorld = true)]
    [Description("Read a pod container's recent log lines (optionally the previous container's, after a crash or an OOM kill). Returns the lines (redacted), "
        + "their analysis and, with caseId, the upload id to cite.")]
    public Task<CallToolResult> KubernetesLogsAsync(
        [Description("The pod's name.")] string pod,
        [Description(NamespaceHelp)] string? @namespace = null,
        [Description("The container, when the pod has several.")] string? container = null,
        [Description("How many of the last lines (default 200, at most 2000).")] int? tail_lines = null,
        [Description(Since)] string? since = null,
        [Description("The previous, terminated container's logs.")] bool previous = false,
        [Description(CaseHelp)] string? caseId = null,
        CancellationToken cancellationToken = default)
    {
        var text = KubernetesTools.Join("logs", "pod/" + pod, @namespace) + (container is null ? "" : " -c " + container) + (tail_lines is { } t ? $" --tail {t}" : "")
            + (since is null ? "" : " --since " + since) + (previous ? " --previous" : "");
        return KubernetesAsync(text, caseId, cancellationToken);
    }

    /// <summary>A list-tools filter: the source tools of sources that are not configured (or with live sources off) are not listed.</summary>
    public static McpRequestHandler<ListToolsRequestParams, ListToolsResult> HideUnavailable(McpRequestHandler<ListToolsRequestParams, ListToolsResult> next) =>
        async (request, cancellationToken) =>
        {
            var result = await next(request, cancellationToken);
            if (request.Services is not { } services)
            {
                return result;
            }

            var logSources = services.GetRequiredService<LogSourceService>();
            var cluster = await services.GetRequiredService<KubernetesSourceService>().EnabledAsync(cancellationToken);
            var hidden = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (tool, source) in LogTools)
            {
                if (!await logSources.EnabledAsync(source, cancellationToken))
                {
                    hidden.Add(tool);
                }
            }

            if (!cluster)
            {
                hidden.UnionWith(KubernetesToolNames);
            }

            result.Tools = [.. result.Tools.Where(t => !hidden.Contains(t.Name))];
            return result;
        };

    private async Task<CallToolResult> LogsAsync(string source, string query, string? since, string? caseId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return McpToolResults.Invalid("'query' is required: the search in the source's language.");
        }

        var window = LiveSourceService.ParseWindow(since);
        if (!window.Succeeded)
        {
            return McpToolResults.Error(window.Failure);
        }

        return await ReadAsync(
            caseId,
            token => logs.FetchAsync(source, query, window.Value, "mcp", Progress(token), token),
            (id, token) => logs.FetchIntoCaseAsync(id, source, query, window.Value, "mcp", Progress(token), token),
            cancellationToken);
    }

    private async Task<CallToolResult> KubernetesAsync(string text, string? caseId, CancellationToken cancellationToken)
    {
        // The same parser as a person's request and the model's tools: names checked, secrets refused, sizes capped.
        var parsed = KubernetesRequest.Parse(text);
        if (!parsed.Succeeded)
        {
            return McpToolResults.Error(parsed.Failure);
        }

        return await ReadAsync(
            caseId,
            token => kubernetes.FetchAsync(parsed.Value, "mcp", Progress(token), token),
            (id, token) => kubernetes.FetchIntoCaseAsync(id, parsed.Value, "mcp", Progress(token), token),
            cancellationToken);
    }

    private async Task<CallToolResult> ReadAsync(
        string? caseId,
        Func<CancellationToken, Task<Outcome<TurnAttachment>>> fetch,
        Func<string, CancellationToken, Task<Outcome<(DataUpload Upload, Core.Data.Analysis.DataAnalysis? Analysis)>>> fetchIntoCase,
        CancellationToken cancellationToken)
    {
        // On the API only a turn (engineer) makes FaultMaven query a source with its credentials; the tools ask the same role.
        if (string.IsNullOrWhiteSpace(caseId))
        {
            if (McpCaseAccess.MayNotWrite("query a live source") is { } forbidden)
            {
                return forbidden;
            }

            var fetched = await fetch(cancellationToken);
            if (!fetched.Succeeded)
            {
                return McpToolResults.Error(fetched.Failure);
            }

            await using var content = fetched.Value.Content;
            using var reader = new StreamReader(content, Encoding.UTF8);
            var read = await reader.ReadToEndAsync(cancellationToken);
            var analysed = await data.AnalyzeAsync(new MemoryStream(Encoding.UTF8.GetBytes(read), writable: false), fetched.Value.Source, cancellationToken);
            if (!analysed.Succeeded)
            {
                return McpToolResults.Error(analysed.Failure);
            }

            // What the client reads is redacted as the stored evidence would be: the lines, and the query and address they came from.
            var (shown, shownLines, cut) = Shown(redactor.Redact(read).Text);
            var source = fetched.Value.Source;
            return McpToolResults.Ok(new SourceReading(null, Redact(source.PageTitle ?? source.FileName), Redact(source.SourceUrl), shownLines, cut, shown,
                analysed.Value.Analysis.Summary, analysed.Value.Analysis.Findings.Take(20).Select(f => f.Title).ToList(), analysed.Value.RedactionCounts, null));
        }

        if (await McpCaseAccess.WritableCaseAsync(cases, caseId, "keep a reading as evidence of a case", cancellationToken) is { } refused)
        {
            return refused;
        }

        var stored = await fetchIntoCase(caseId, cancellationToken);
        if (!stored.Succeeded)
        {
            return McpToolResults.Error(stored.Failure);
        }

        var upload = stored.Value.Upload;
        await audit.RecordAsync("upload.created", upload.Id, new Dictionary<string, string> { ["case"] = caseId, ["via"] = "mcp" }, CancellationToken.None);
        var lines = await data.ReadLinesAsync(caseId, upload.Id, 1, MaxLinesShown, cancellationToken);
        var (text, count, truncated) = lines.Succeeded ? Shown(string.Join('\n', lines.Value.Lines)) : ("", 0, true);
        return McpToolResults.Ok(new SourceReading(upload.Id, upload.PageTitle ?? upload.FileName, upload.SourceUrl, count, truncated || (lines.Succeeded && lines.Value.Lines.Count >= MaxLinesShown), text,
            stored.Value.Analysis?.Summary ?? upload.Summary, stored.Value.Analysis?.Findings.Take(20).Select(f => f.Title).ToList() ?? [], upload.Redactions, $"upload:{upload.Id}"));
    }

    private string? Redact(string? text) => text is null ? null : redactor.Redact(text).Text;

    /// <summary>The first lines and characters of a reading, how many lines that is, and whether there was more.</summary>
    private static (string Text, int Lines, bool Truncated) Shown(string text)
    {
        var cut = text.Length > MaxCharsShown;
        var head = cut ? text[..MaxCharsShown] : text;
        var lines = head.Split('\n');
        if (lines.Length > MaxLinesShown)
        {
            lines = lines[..MaxLinesShown];
            cut = true;
        }

        var shown = string.Join('\n', lines).TrimEnd('\n');
        return (shown, shown.Length == 0 ? 0 : shown.Count(c => c == '\n') + 1, cut);
    }

    private static Func<AgentProgress, ValueTask>? Progress(CancellationToken cancellationToken) =>
        McpProgress.Current is { } reporter ? step => reporter.ReportAsync(step, cancellationToken) : null;
}
