using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Sources;

/// <summary>Reads the log sources (Loki, Elasticsearch/OpenSearch, Splunk) into a case's evidence. Each search becomes an upload like a
/// log file — one line per entry, its RFC 3339 time first, then its labels, then its text — named after the source and the query, with
/// the request that fetched it as its source URL and the query and window as its title, so it is classified, redacted, parsed and mined
/// as an uploaded log and the answer can cite it. Runs only for configured sources with the <see cref="FeatureFlags.LiveSources"/> flag on.</summary>
public sealed partial class LogSourceService(IFeatureFlags flags, DataService data, TimeProvider timeProvider, ILogger<LogSourceService> logger, IEnumerable<ILogSource> sources)
{
    /// <summary>The most entries one search brings.</summary>
    public const int MaxEntries = 2000;

    private const int MaxLineChars = 4000;
    private const int MaxLabels = 20;
    private const int MaxLabelChars = 200;
    private const int MaxAutomatic = 2;
    private static readonly TimeSpan AlertLead = TimeSpan.FromMinutes(30);

    private readonly ILogSource[] _sources = [.. sources];

    /// <summary>The names every log source may be configured under, in the order they are asked.</summary>
    public static IReadOnlyList<string> Names { get; } = ["loki", "elasticsearch", "splunk"];

    /// <summary>Whether the source named <paramref name="name"/> can be queried: configured, and the live-sources flag on.</summary>
    public async Task<bool> EnabledAsync(string name, CancellationToken cancellationToken = default) =>
        Find(name) is not null && await flags.IsEnabledAsync(FeatureFlags.LiveSources, cancellationToken);

    private ILogSource? Find(string name) => _sources.FirstOrDefault(s => s.Name == name);

    /// <summary>The evidence a turn's log queries bring: each query asked (its failure is the turn's: a bad query is the user's to fix),
    /// then, when none was asked, best effort, the error lines of a service the question names.</summary>
    public async Task<Outcome<List<TurnAttachment>>> GatherAsync(LiveQuery? live, string? question, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        var attachments = new List<TurnAttachment>();
        var end = live?.End ?? timeProvider.GetUtcNow();
        var start = live?.AlertStart is { } started ? Max(started - AlertLead, end - LiveSourceService.MaxWindow) : end - (live?.Since ?? LiveSourceService.DefaultWindow);
        var asked = live?.LogQueries.ToList() ?? [];
        foreach (var (name, query) in asked)
        {
            var source = Find(name);
            if (source is null || !await flags.IsEnabledAsync(FeatureFlags.LiveSources, cancellationToken))
            {
                await DisposeAsync(attachments);
                return NotAvailable(name, source is null);
            }

            var fetched = await FetchAsync(source, query, end - (live!.Since ?? LiveSourceService.DefaultWindow), end, "asked", progress, cancellationToken);
            if (!fetched.Succeeded)
            {
                await DisposeAsync(attachments);
                return fetched.Failure;
            }

            attachments.Add(fetched.Value);
        }

        if (asked.Count == 0 && question is not null && live?.Automatic != false && _sources.Length > 0 && await flags.IsEnabledAsync(FeatureFlags.LiveSources, cancellationToken))
        {
            attachments.AddRange(await ServiceLinesAsync(question, start, end, progress, cancellationToken));
        }

        return attachments;
    }

    /// <summary>The error lines of the services a question names: a word of it that is a value of one of a source's service labels
    /// (<c>app</c>, <c>service</c>, <c>job</c>, <c>container</c>), at most two services. Best effort: a failure leaves the turn without them.</summary>
    private async Task<List<TurnAttachment>> ServiceLinesAsync(string question, DateTimeOffset start, DateTimeOffset end, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken)
    {
        var words = QuestionWord().Matches(question).Select(m => m.Value.TrimEnd('.', '-')).Where(w => w.Length >= 3).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var attachments = new List<TurnAttachment>();
        foreach (var source in _sources.Where(s => s.ServiceLabels.Count > 0))
        {
            var named = new List<(string Label, string Value)>();
            foreach (var label in source.ServiceLabels)
            {
                if (words.Count == 0 || named.Count >= MaxAutomatic || await source.LabelValuesAsync(label, start, end, cancellationToken) is not { Succeeded: true } values)
                {
                    continue;
                }

                named.AddRange(values.Value.Where(words.Contains).Where(v => !named.Any(n => n.Value == v)).Take(MaxAutomatic - named.Count).Select(v => (label, v)));
            }

            foreach (var (label, value) in named)
            {
                if (source.ServiceErrorsQuery(label, value) is { } query && await FetchAsync(source, query, start, end, "service", progress, cancellationToken) is { Succeeded: true } fetched)
                {
                    attachments.Add(fetched.Value);
                }
            }
        }

        return attachments;
    }

    /// <summary>Fetches one search as an attachment: a log file of its entries, oldest first.</summary>
    public async Task<Outcome<TurnAttachment>> FetchAsync(ILogSource source, string query, DateTimeOffset start, DateTimeOffset end, string reason, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(query);
        query = query.Trim();
        if (query.Length == 0 || query.Length > LiveSourceService.MaxQueryLength)
        {
            return new Failure(FailureKind.Invalid, $"The {source.DisplayName} query must hold 1 to {LiveSourceService.MaxQueryLength} characters.");
        }

        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity($"sources.{source.Name}.fetch");
        activity?.SetTag("faultmaven.source", source.Name);
        activity?.SetTag("faultmaven.sources.reason", reason);
        if (progress is not null)
        {
            await progress(new AgentProgress("source", $"searching {source.DisplayName} ({reason}): {Short(query)} over {Words(end - start)}"));
        }

        var answer = await source.SearchAsync(new LogSearch(query, start, end, MaxEntries), cancellationToken);
        if (!answer.Succeeded)
        {
            Count(source, reason, answer.Failure.Kind.ToString());
            logger.LogSourceFetchFailed(source.Name, reason, answer.Failure.Kind.ToString(), answer.Failure.Detail);
            if (progress is not null)
            {
                await progress(new AgentProgress("source", $"{source.DisplayName}: {answer.Failure.Detail}"));
            }

            return answer.Failure with { Detail = $"{source.DisplayName} query '{Short(PrintableText.Of(query))}': {answer.Failure.Detail}" };
        }

        var entries = answer.Value.Entries.OrderBy(e => e.Time).ToList();
        Count(source, reason, "success");
        logger.LogSourceFetched(source.Name, reason, entries.Count, answer.Value.Truncated);
        activity?.SetTag("faultmaven.sources.entries", entries.Count);
        if (progress is not null)
        {
            await progress(new AgentProgress("source", $"{source.DisplayName} returned {entries.Count} lines{(answer.Value.Truncated ? " (more matched; narrow the query or the window)" : "")}"));
        }

        var window = $"{Rfc3339(start)} to {Rfc3339(end)}";
        var name = $"{source.Name}-{FileNamePart(query)}-{end.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}.log";
        var title = $"{source.DisplayName} {Short(query)} ({window}, {entries.Count} lines{(answer.Value.Truncated ? ", more matched" : "")})";
        var url = new Uri(source.BaseAddress, answer.Value.Request.TrimStart('/')).ToString();
        // A search that matched nothing is evidence too (a service that logged no errors), and an empty upload would fail the turn.
        var content = entries.Count > 0 ? Lines(entries) : Encoding.UTF8.GetBytes($"No {source.DisplayName} entries matched the query {PrintableText.Of(Short(query))} from {window}.\n");
        return new TurnAttachment(new MemoryStream(content, writable: false), new DataSource(name, url, title));
    }

    /// <summary>Fetches a search of the source named <paramref name="sourceName"/> over the last <paramref name="since"/> as an
    /// attachment (the MCP tools read it without a case); refused when the source is not configured or the flag is off.</summary>
    public async Task<Outcome<TurnAttachment>> FetchAsync(string sourceName, string query, TimeSpan since, string reason, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        if (Find(sourceName) is not { } source || !await flags.IsEnabledAsync(FeatureFlags.LiveSources, cancellationToken))
        {
            return NotAvailable(sourceName, Find(sourceName) is null);
        }

        var end = timeProvider.GetUtcNow();
        return await FetchAsync(source, query, end - since, end, reason, progress, cancellationToken);
    }

    /// <summary>Fetches a search into a case as an upload (the model's log tools), with its analysis.</summary>
    public async Task<Outcome<(DataUpload Upload, Data.Analysis.DataAnalysis? Analysis)>> FetchIntoCaseAsync(string caseId, string sourceName, string query, TimeSpan since, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default) =>
        await FetchIntoCaseAsync(caseId, sourceName, query, since, "model", progress, cancellationToken);

    /// <summary>Fetches a search into a case as an upload, with its analysis; <paramref name="reason"/> says who asked (<c>model</c>,
    /// <c>mcp</c>) in the metrics and logs.</summary>
    public async Task<Outcome<(DataUpload Upload, Data.Analysis.DataAnalysis? Analysis)>> FetchIntoCaseAsync(string caseId, string sourceName, string query, TimeSpan since, string reason, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken = default)
    {
        var fetched = await FetchAsync(sourceName, query, since, reason, progress, cancellationToken);
        return await data.StoreReadingAsync(caseId, fetched, cancellationToken);
    }

    private static Failure NotAvailable(string name, bool unconfigured)
    {
        var (display, variable) = name switch
        {
            "loki" => ("Loki", "FM_LOKI_URL"),
            "elasticsearch" => ("Elasticsearch", "FM_ELASTICSEARCH_URL"),
            _ => ("Splunk", "FM_SPLUNK_URL"),
        };
        return new Failure(FailureKind.Invalid, unconfigured
            ? $"{display} is not configured on this server: set {variable} (docs/INTEGRATIONS.md)."
            : "Live sources are off on this server: turn them on with FM_FEATURES=live-sources:on (docs/INTEGRATIONS.md).");
    }

    /// <summary>The entries as a log file: <c>2026-12-05T14:01:02.123Z {app="checkout"} the line</c>; a line's own line breaks become
    /// indented continuation lines (as a stack trace reads in a log), so no entry can pass for another; control characters go.</summary>
    private static byte[] Lines(IEnumerable<LogEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            text.Append(Rfc3339(entry.Time));
            if (entry.Labels.Count > 0)
            {
                text.Append(" {").AppendJoin(", ", entry.Labels.Take(MaxLabels).Select(l => $"{Clip(l.Key, MaxLabelChars)}=\"{Clip(l.Value, MaxLabelChars).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"")).Append('}');
            }

            var line = entry.Line.TrimEnd();
            line = line.Length <= MaxLineChars ? line : line[..MaxLineChars] + "…";
            var first = true;
            foreach (var part in line.Split('\n'))
            {
                text.Append(first ? " " : "\t").Append(PrintableText.Of(part)).Append('\n');
                first = false;
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Clip(string text, int max) => PrintableText.Of(text.Length <= max ? text : text[..max] + "…");

    private static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static async Task DisposeAsync(List<TurnAttachment> attachments)
    {
        foreach (var attachment in attachments)
        {
            await attachment.Content.DisposeAsync();
        }
    }

    private static void Count(ILogSource source, string reason, string outcome) =>
        LiveSourceService.Fetches.Add(1, new KeyValuePair<string, object?>("faultmaven.source", source.Name), new KeyValuePair<string, object?>("faultmaven.sources.reason", reason), new KeyValuePair<string, object?>("faultmaven.outcome", outcome));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string Short(string query) => query.Length <= 120 ? query : query[..119] + "…";

    private static string Words(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalHours % 24 == 0 ? $"{span.TotalDays:0} d" : span.TotalHours >= 1 ? $"{span.TotalHours:0.#} h" : span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalSeconds:0} s";

    /// <summary>The first quoted value of the query (<c>{app="checkout"}</c> → <c>checkout</c>), else its first term
    /// (<c>index=main …</c> → <c>index_main</c>), for the file name.</summary>
    private static string FileNamePart(string query)
    {
        var name = QuotedValue().Match(query) is { Success: true } quoted ? quoted.Groups[1].Value : FirstWord().Match(query) is { Success: true } word ? word.Value : "query";
        name = FileNameUnsafe().Replace(name, "_");
        return name.Length == 0 ? "query" : name.Length > 60 ? name[..60] : name;
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9_.:-]{1,100}")]
    private static partial Regex QuestionWord();

    [GeneratedRegex("=~?\"([^\"]{1,80})\"")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"[A-Za-z0-9_][A-Za-z0-9_.:=-]{0,59}")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"[^A-Za-z0-9_.-]")]
    private static partial Regex FileNameUnsafe();
}
