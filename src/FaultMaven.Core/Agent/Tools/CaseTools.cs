using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace FaultMaven.Core.Agent.Tools;

/// <summary>The tools that let a model look at one case's evidence: <c>get_case_data</c> (uploads and their analyses, summarised —
/// findings, error clusters, anomalies with their line ranges, never the raw file) and <c>query_logs</c> (lines of an upload by text,
/// level, time window or line range). Everything they return is the stored, redacted text.</summary>
public static partial class CaseTools
{
    /// <summary>The name of the evidence overview tool.</summary>
    public const string GetCaseDataName = "get_case_data";

    /// <summary>The name of the log search tool.</summary>
    public const string QueryLogsName = "query_logs";

    private const int MaxLineChars = 300;

    /// <summary>Creates both tools over <paramref name="evidence"/>.</summary>
    public static IReadOnlyList<AIFunction> Create(IReadOnlyList<CaseEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var getCaseData = AIFunctionFactory.Create(
            ([Description("An upload id for its full analysis; omit it for the list of the case's uploads")] string? upload_id = null) =>
                upload_id is null ? (object)evidence.Select(Overview).ToList() : Detail(evidence, upload_id),
            GetCaseDataName,
            "The case's evidence: without upload_id, every upload with its type and summary; with it, that upload's analysis — findings with their ids and line ranges, error clusters, anomalies, exceptions. Cite lines as upload:<id>:L<first>-L<last> and findings as finding:<upload id>/<finding id>.");
        var queryLogs = AIFunctionFactory.Create(
            async ([Description("The upload to search")] string upload_id,
             [Description("Text the line must contain (case-insensitive)")] string? text = null,
             [Description("Only lines of this level: error, warn, info, debug")] string? level = null,
             [Description("Only lines at or after this time (ISO 8601)")] string? from = null,
             [Description("Only lines at or before this time (ISO 8601)")] string? to = null,
             [Description("First line number to consider")] int? first_line = null,
             [Description("Last line number to consider")] int? last_line = null,
             [Description("Most lines to return, 1 to 200")] int limit = 50,
             CancellationToken cancellationToken = default) =>
                await QueryAsync(evidence, upload_id, text, level, Time(from), Time(to), first_line, last_line, Math.Clamp(limit, 1, 200), cancellationToken),
            QueryLogsName,
            "Search one upload's lines by text, level, time window or line range; returns line numbers and text to cite.");
        return [getCaseData, queryLogs];
    }

    private static object Overview(CaseEvidence item) => new
    {
        upload_id = item.Upload.Id,
        name = item.Name,
        type = item.Upload.Classification.Type.ToString().ToLowerInvariant(),
        lines = item.Upload.Lines,
        summary = item.Analysis.Summary,
        findings = item.Analysis.Findings.Count,
    };

    private static object Detail(IReadOnlyList<CaseEvidence> evidence, string id)
    {
        if (evidence.FirstOrDefault(e => e.Upload.Id == id) is not { } item)
        {
            return new { error = $"No upload '{id}' in this case. Uploads: {string.Join(", ", evidence.Select(e => e.Upload.Id))}." };
        }

        var log = item.Analysis.Log;
        return new
        {
            upload_id = id,
            name = item.Name,
            summary = item.Analysis.Summary,
            findings = item.Analysis.Findings.Take(30).Select(f => new { id = f.Id, f.Kind, severity = f.Severity.ToString().ToLowerInvariant(), f.Title, lines = $"L{f.Evidence.First}-L{f.Evidence.Last}" }),
            log = log is null ? null : new
            {
                first = log.FirstTimestamp,
                last = log.LastTimestamp,
                levels = log.Levels,
                error_clusters = log.ErrorClusters.Take(15).Select(t => new { t.Template, t.Count, first_seen = t.FirstSeen, last_seen = t.LastSeen, lines = $"L{t.FirstLine}-L{t.LastLine}", example = t.Example }),
                warning_clusters = log.WarningClusters.Take(10).Select(t => new { t.Template, t.Count, first_seen = t.FirstSeen, lines = $"L{t.FirstLine}-L{t.LastLine}" }),
                anomalies = log.Anomalies.Take(10).Select(a => new { a.Id, kind = a.Kind.ToString(), a.Summary, a.Start, lines = a.EvidenceLines.Take(5) }),
                exceptions = log.Exceptions.Take(10).Select(e => new { e.Type, e.Message, e.Count, lines = e.ExampleLines.Take(3) }),
                incident_start = log.IncidentStart?.Summary,
            },
        };
    }

    private static async Task<object> QueryAsync(IReadOnlyList<CaseEvidence> evidence, string id, string? text, string? level, DateTimeOffset? from, DateTimeOffset? to, int? firstLine, int? lastLine, int limit, CancellationToken cancellationToken)
    {
        if (evidence.FirstOrDefault(e => e.Upload.Id == id) is not { } item || !item.Text.Exists)
        {
            return new { error = $"No upload '{id}' in this case. Uploads: {string.Join(", ", evidence.Select(e => e.Upload.Id))}." };
        }

        var matches = new List<object>();
        var number = 0;
        var total = 0;
        using var reader = new StreamReader(item.Text.OpenRead());
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (number < firstLine || number > lastLine)
            {
                continue;
            }

            if (text is not null && !line.Contains(text, StringComparison.OrdinalIgnoreCase)
                || level is not null && !Level(line).StartsWith(level.ToLowerInvariant()[..Math.Min(4, level.Length)], StringComparison.Ordinal))
            {
                continue;
            }

            if ((from is not null || to is not null) && (LineTime(line) is not { } at || at < from || at > to))
            {
                continue;
            }

            total++;
            if (matches.Count < limit)
            {
                matches.Add(new { line = number, text = line.Length > MaxLineChars ? line[..MaxLineChars] + "…" : line });
            }
        }

        return new { upload_id = id, matched = total, returned = matches.Count, lines = matches };
    }

    private static DateTimeOffset? Time(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static DateTimeOffset? LineTime(string line) => Timestamp().Match(line) is { Success: true } m ? Time(m.Value) : null;

    private static string Level(string line) => LevelWord().Match(line) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : "";

    [GeneratedRegex(@"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"\b(ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelWord();
}
