using System.Globalization;
using System.Text.RegularExpressions;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Logs.Analysis;

namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>What the quantities a log states say (read at upload by the log analysis, <see cref="MeasureSeries"/>): a call that
/// takes seconds is slow whatever its level; durations that keep growing are a service degrading; memory that only grows is a leak.
/// "Keeps growing" means the values rise with time (rank correlation ≥ 0.6) and the last tenth is at least twice the first.</summary>
internal static partial class MeasureReading
{
    private const double SlowMs = 1000;

    public static IEnumerable<Signal> Read(CaseEvidence item, LogAnalysisResult log, string? component)
    {
        foreach (var series in log.Measures)
        {
            var growing = series.Trend >= 0.6 && series.End >= 2 * Math.Max(series.Start, 1e-9);
            var example = Example(series);
            var evidence = new EvidenceRef(EvidenceKind.Upload, item.Upload.Id, (int)series.FirstLine, (int)series.MaxLine);
            // What the quantity is about: its message and, for a structured field or a count, its key.
            var about = series.Name is null ? series.Template : $"{series.Template} {series.Name}";
            var what = series.Name is null ? example : $"{example} ({series.Name})";
            var kind = series.Kind == "count" && series.Name is { } name ? Latency().IsMatch(name) ? "duration" : Memory().IsMatch(name) ? "size" : "count" : series.Kind;
            (CauseCategory Category, double Strength, string Label, string Quote)? reading = kind switch
            {
                "duration" when growing && (Served().IsMatch(about) || (series.Name is { } field && Latency().IsMatch(field))) => (CauseCategory.ResourceExhaustion, 0.85, "response times keep increasing: the service degrades gradually",
                    $"{what} — {Values(series, "durations rose steadily")} over {series.Count:N0} events"),
                "duration" when growing && !(series.Name is { } counter && Cumulative().IsMatch(counter)) => (CauseCategory.Unknown, 0.5, "an operation keeps slowing down",
                    $"{what} — {Values(series, "durations rose steadily")} over {series.Count:N0} events"),
                "duration" when series.Kind == "duration" && series.Median >= SlowMs && Dependency().IsMatch(about) => (CauseCategory.DependencyFailure, 0.8, "a dependency call is slow",
                    $"{what} — the call takes {Duration(series.Median)} typically ({Duration(series.Min)}–{Duration(series.Max)} over {series.Count:N0} calls) — slow enough on its own to explain the latency"),
                "duration" when series.Kind == "duration" && series.Median >= SlowMs => (CauseCategory.Unknown, 0.45, "an operation is slow",
                    $"{what} — {Duration(series.Median)} typically ({Duration(series.Min)}–{Duration(series.Max)} over {series.Count:N0} events)"),
                "size" or "percent" when growing && Memory().IsMatch(about) => (CauseCategory.ResourceExhaustion, 0.9, "memory keeps growing: a memory leak",
                    $"{what} — {Values(series, "memory grew steadily")} over {series.Count:N0} readings and never came back down — a leak"),
                "count" when growing && series.Name is { } key && Held().IsMatch(key) && !Cumulative().IsMatch(key) => (CauseCategory.ResourceExhaustion, 0.85, $"{key} keep growing: a {Singular(key)} leak",
                    $"{what} — {Values(series, $"{key} grew steadily")} over {series.Count:N0} readings and never came back down — a leak"),
                "percent" when growing && series.Max >= 90 && Resource().IsMatch(about) => (CauseCategory.ResourceExhaustion, 0.8, "a resource is filling up",
                    $"{what} — {Values(series, "rose steadily")} over {series.Count:N0} readings"),
                _ => null,
            };
            if (reading is { } r)
            {
                yield return SignalExtractor.FromText(item, r.Quote, evidence, 1.0, series.Count) with
                {
                    Category = r.Category,
                    Strength = r.Strength,
                    Label = r.Label,
                    FirstSeen = series.FirstSeen,
                    LastSeen = series.LastSeen,
                    Component = component,
                };
            }
        }
    }

    /// <summary>"rose steadily from 100 ms to 4.9 s (peak 5 s)" in the series' own unit.</summary>
    private static string Values(MeasureSeries series, string verb) =>
        $"{verb} from {Amount(series, series.Start)} to {Amount(series, series.End)} (peak {Amount(series, series.Max)})";

    private static string Example(MeasureSeries series) => OfflineInvestigator.Trim(SignalExtractor.Quote(series.Example).Quote, 100);

    private static string Duration(double ms) => ms >= 1000
        ? $"{(ms / 1000).ToString(ms >= 10_000 ? "0" : "0.##", CultureInfo.InvariantCulture)} s"
        : $"{ms.ToString("0", CultureInfo.InvariantCulture)} ms";

    private static string Amount(MeasureSeries series, double value) => series.Kind switch
    {
        "percent" => $"{value.ToString("0.#", CultureInfo.InvariantCulture)}%",
        "size" => $"{value.ToString("#,0", CultureInfo.InvariantCulture)} MB",
        "duration" => Duration(value),
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"\b(?:database|db|sql|query|queries|procedure|upstream|downstream|backend|dependency|remote|external|api|http|grpc|rpc|call|fetch\w*|request to|redis|cache|kafka|s3)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dependency();

    [GeneratedRegex(@"\b(?:request|response|processed|handled|served|latency|rendered|completed|took)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Served();

    // Counters that only grow by definition (requests handled, connections accepted, bytes sent, uptime) are not leaks.
    [GeneratedRegex(@"total|accepted|handled|processed|served|sent|received|requests|_count|count_|opened|created|uptime|since", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cumulative();

    private static string Singular(string key) => key.TrimEnd('s').Replace('_', ' ');

    // What a program holds and must give back: goroutines, threads, file descriptors, handles, sockets, connections, sessions.
    [GeneratedRegex(@"goroutine|thread|\bhandles\b|open_?handles|\bfds?\b|open_?fds|open_?files|file_?descriptors|sockets?|conns?\b|connections|sessions|subscriptions|listeners|timers", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Held();

    [GeneratedRegex(@"latency|duration|response_?time|elapsed|wait", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Latency();

    [GeneratedRegex(@"memory|heap|\brss\b|\bmem\b|resident", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Memory();

    [GeneratedRegex(@"disk|storage|pool|connection|cpu|queue|quota|inode|volume|filesystem", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Resource();
}
