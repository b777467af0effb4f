using System.Globalization;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Core.Logs.Analysis;

/// <summary>The report: clusters, timeline and anomaly detectors over what <see cref="Add"/> gathered.</summary>
public sealed partial class LogAnalyzer
{
    private const double NewAfterShare = 0.2;
    private const double BurstSigmas = 4;
    private const double MixChangeThreshold = 0.5;
    private const int MixChangeMinEvents = 20;
    private const double SignificantSeverity = 0.5;

    /// <summary>Builds the result; <paramref name="reader"/> (optional) adds how the input was read.</summary>
    public LogAnalysisResult Complete(LogEventReader? reader, string name)
    {
        // Online mining decides before the evidence is in: with the whole input seen, statements the miner kept apart because a
        // place had shown only a few values are joined, as `fm logs parse` joins them.
        _miner.Consolidate();
        var templates = FoldTemplates();
        foreach (var (_, bucket) in _buckets.All)
        {
            bucket.Remap(id => _miner.GetTemplate(id).Current.Id);
        }

        var summaries = templates.Select(t => Summarize(t.Key, t.Value)).ToList();
        var byCount = summaries.OrderByDescending(t => t.Count).ThenBy(t => t.Id).ToList();
        var intervals = Intervals();
        var anomalies = new List<LogAnomaly>();
        anomalies.AddRange(ErrorBursts(intervals));
        anomalies.AddRange(FirstErrors(templates));
        anomalies.AddRange(Silences());
        anomalies.AddRange(MixChanges(intervals, templates));
        var ordered = anomalies
            .OrderBy(a => a.Start ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.EvidenceLines.Count > 0 ? a.EvidenceLines[0] : long.MaxValue)
            .Select((a, i) => a with { Id = $"A{i + 1}" })
            .ToList();

        var top = _options.TopCount;
        return new LogAnalysisResult
        {
            Input = InputSummary(reader, name),
            FirstTimestamp = _first,
            LastTimestamp = _last,
            Levels = Enum.GetValues<LogSeverity>().Where(l => _levels[(int)l] > 0).ToDictionary(l => l.ToString().ToLowerInvariant(), l => _levels[(int)l]),
            Sources = _sources.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(top).Select(s => new NamedCount(s.Key, s.Value)).ToList(),
            TemplateCount = templates.Count,
            Templates = byCount.Where((t, i) => i < _options.TemplateCount || t.Errors + t.Warnings > 0).Take(Math.Max(_options.TemplateCount, 500)).ToList(),
            ErrorClusters = byCount.Where(t => t.Errors > 0).OrderByDescending(t => t.Errors).ThenBy(t => t.Id).Take(top).ToList(),
            WarningClusters = byCount.Where(t => t.Warnings > 0).OrderByDescending(t => t.Warnings).ThenBy(t => t.Id).Take(top).ToList(),
            Exceptions = _exceptions.Values.OrderByDescending(e => e.Count).ThenBy(e => e.Lines[0])
                .Take(top).Select(e => new ExceptionGroup(e.Type, e.Message, e.Frames, e.Count, e.FirstSeen, e.LastSeen, e.Lines)).ToList(),
            NewTemplates = summaries.Where(IsNew).OrderBy(t => t.FirstLine).Take(top).ToList(),
            RareTemplates = _events < 100 ? [] : summaries.Where(t => t.Count <= Math.Max(2, _events / 1000)).OrderBy(t => t.Count).ThenBy(t => t.FirstLine).Take(top).ToList(),
            Timeline = intervals is null ? null : new Timeline(intervals.Start, intervals.Width.TotalSeconds, intervals.Points.Select(p => new TimelinePoint(p.Start, p.Total, p.Errors, p.Warnings)).ToList()),
            CueLines = _cues.Report(),
            Measures = _measures.Report(id => _miner.GetTemplate(id).Current is var t ? (t.Id, t.Text) : default),
            Anomalies = ordered,
            IncidentStart = ordered.FirstOrDefault(a => a.Severity >= SignificantSeverity),
            Traces = _ids.Where(i => i.Value.Events > 1).OrderByDescending(i => i.Value.Errors).ThenByDescending(i => i.Value.Events).ThenBy(i => i.Value.Lines[0]).Take(top)
                .Select(i => new LinkedEvents(i.Key.Kind, i.Key.Id, i.Value.Events, i.Value.Errors, i.Value.FirstSeen, i.Value.LastSeen, i.Value.Lines)).ToList(),
        };
    }

    private LogInputSummary InputSummary(LogEventReader? reader, string name)
    {
        var warnings = new List<string>();
        if (reader?.Lines.Warning is { } warning)
        {
            warnings.Add(warning);
        }

        if (reader?.Lines.TruncatedLines is > 0 and var cut)
        {
            warnings.Add($"{cut.ToString("N0", CultureInfo.InvariantCulture)} line(s) were longer than {reader.Lines.MaxLineLength.ToString("N0", CultureInfo.InvariantCulture)} characters and were cut; the rest of each was not read.");
        }

        if (_miner.UnminedCount > 0)
        {
            warnings.Add($"The template limit was reached: {_miner.UnminedCount.ToString("N0", CultureInfo.InvariantCulture)} event(s) that would have opened a new template were not mined; they are counted under \"{Templates.TemplateMiner.UnminedText}\".");
        }

        if (reader?.Lines.InvalidBytes is > 0 and var invalid)
        {
            warnings.Add($"{invalid.ToString("N0", CultureInfo.InvariantCulture)} byte(s) were not valid {reader.Lines.EncodingName} and were replaced.");
        }

        if (_outOfOrder > 0)
        {
            warnings.Add($"{_outOfOrder.ToString("N0", CultureInfo.InvariantCulture)} event(s) are timestamped earlier than events before them.");
        }

        if (_events == 0 && _outsideWindow == 0)
        {
            warnings.Add("The input holds no log events.");
        }

        return new LogInputSummary
        {
            Name = name,
            Encoding = reader?.Lines.EncodingName ?? "utf-8",
            Compressed = reader?.Lines.Compressed ?? false,
            Layout = reader?.Layout.Name ?? "unknown",
            LayoutShare = Math.Round(reader?.LayoutShare ?? 0, 3),
            Lines = reader?.Lines.LineNumber ?? _lastLine,
            Events = _events,
            EventsOutsideWindow = _outsideWindow,
            EventsWithoutTimestamp = _withoutTime,
            OutOfOrderEvents = _outOfOrder,
            ContinuationLines = reader?.ContinuationLines ?? 0,
            OtherLayoutLines = reader?.OtherLayoutLines ?? 0,
            BlankLines = reader?.BlankLines ?? 0,
            TruncatedLines = reader?.Lines.TruncatedLines ?? 0,
            UnminedEvents = _miner.UnminedCount,
            InvalidBytes = reader?.Lines.InvalidBytes ?? 0,
            Warnings = warnings,
        };
    }

    // Templates merged by the miner after their first events carry their statistics over to the survivor.
    private Dictionary<int, TemplateStats> FoldTemplates()
    {
        var folded = new Dictionary<int, TemplateStats>();
        foreach (var (id, stats) in _templateStats.OrderBy(s => s.Key))
        {
            var current = _miner.GetTemplate(id).Current.Id;
            if (folded.TryGetValue(current, out var target))
            {
                target.Absorb(stats);
            }
            else
            {
                folded[current] = stats;
            }
        }

        return folded;
    }

    private TemplateSummary Summarize(int id, TemplateStats s) => new(
        id,
        _miner.GetTemplate(id).Text,
        s.Count,
        s.MaxSeverity.ToString().ToLowerInvariant(),
        s.Errors,
        s.Warnings,
        s.FirstSeen,
        s.LastSeen,
        s.FirstLine,
        s.LastLine,
        s.Examples,
        s.Example.Length > 300 ? s.Example[..300] : s.Example);

    private bool IsNew(TemplateSummary t)
    {
        if (_events < 100)
        {
            return false;
        }

        if (_first is { } first && _last is { } last && last > first && t.FirstSeen is { } seen)
        {
            return seen > first + ((last - first) * NewAfterShare);
        }

        return t.FirstLine > _lastLine * NewAfterShare;
    }

    private static IEnumerable<LogAnomaly> ErrorBursts(IntervalSet? intervals)
    {
        if (intervals is null || intervals.Points.Count < 5)
        {
            yield break;
        }

        var errors = intervals.Points.Select(p => (double)p.Errors).ToList();
        var median = Median(errors);
        var spread = Math.Max(1, 1.4826 * Median(errors.Select(e => Math.Abs(e - median)).ToList()));
        var threshold = Math.Max(3, median + (BurstSigmas * spread));
        for (var i = 0; i < intervals.Points.Count; i++)
        {
            if (intervals.Points[i].Errors < threshold)
            {
                continue;
            }

            var start = i;
            while (i + 1 < intervals.Points.Count && intervals.Points[i + 1].Errors >= threshold)
            {
                i++;
            }

            var run = intervals.Points.Skip(start).Take(i - start + 1).ToList();
            var peak = run.Max(p => p.Errors);
            var total = run.Sum(p => p.Errors);
            var severity = Math.Min(1, 0.5 + (0.5 * (peak - threshold) / Math.Max(threshold, 1)));
            yield return new LogAnomaly(
                "",
                AnomalyKind.ErrorBurst,
                Math.Round(severity, 2),
                run[0].Start,
                run[^1].Start + intervals.Width,
                $"Error burst: {total} errors in {Describe(intervals.Width * run.Count)} from {run[0].Start:yyyy-MM-dd HH:mm:ss}Z (peak {peak} per {Describe(intervals.Width)}; usual {median:0.#}).",
                run.SelectMany(p => p.ErrorLines).Take(5).ToList(),
                null);
        }
    }

    private IEnumerable<LogAnomaly> FirstErrors(Dictionary<int, TemplateStats> templates)
    {
        var errorTotal = Math.Max(1, templates.Values.Sum(t => t.Errors));
        foreach (var (id, s) in templates.Where(t => t.Value.Errors > 0).OrderBy(t => t.Value.FirstLine).Take(_options.TopCount))
        {
            var summary = Summarize(id, s);
            var late = IsNew(summary);
            var severity = (late ? 0.6 : 0.3) + (0.3 * Math.Min(1, (double)s.Errors / errorTotal)) + (s.MaxSeverity == LogSeverity.Fatal ? 0.1 : 0);
            yield return new LogAnomaly(
                "",
                AnomalyKind.FirstError,
                Math.Round(Math.Min(1, severity), 2),
                s.FirstSeen,
                s.FirstSeen,
                $"First '{Shorten(summary.Template)}' ({s.Errors} error{(s.Errors == 1 ? "" : "s")} in all){(late ? ", not seen earlier in the log" : "")}.",
                [s.FirstLine],
                id);
        }
    }

    private IEnumerable<LogAnomaly> Silences()
    {
        var usual = _gaps.Quantile(0.95);
        var threshold = Math.Max(30, usual * 20);
        foreach (var gap in _gaps.Largest.Where(g => g.Seconds >= threshold).OrderBy(g => g.From))
        {
            var severity = Math.Min(1, 0.5 + (0.25 * Math.Log10(gap.Seconds / threshold)));
            yield return new LogAnomaly(
                "",
                AnomalyKind.Silence,
                Math.Round(severity, 2),
                gap.From,
                gap.To,
                $"No events for {Describe(TimeSpan.FromSeconds(gap.Seconds))} after {gap.From:yyyy-MM-dd HH:mm:ss}Z (95% of gaps are under {Describe(TimeSpan.FromSeconds(Math.Max(usual, 0.001)))}).",
                [gap.LineBefore, gap.LineAfter],
                null);
        }
    }

    private IEnumerable<LogAnomaly> MixChanges(IntervalSet? intervals, Dictionary<int, TemplateStats> templates)
    {
        if (intervals is null || intervals.Points.Count < 5)
        {
            yield break;
        }

        var before = new Dictionary<int, double>();
        var beforeTotal = 0.0;
        var previousFlagged = false;
        foreach (var point in intervals.Points)
        {
            var flagged = false;
            if (point.Total >= MixChangeMinEvents && beforeTotal >= MixChangeMinEvents * 3)
            {
                var divergence = JensenShannon(point.Templates, point.Total, before, beforeTotal);
                if (divergence >= MixChangeThreshold)
                {
                    flagged = true;
                    if (!previousFlagged)
                    {
                        var riser = point.Templates.OrderByDescending(t => ((double)t.Value / point.Total) - (before.GetValueOrDefault(t.Key) / beforeTotal)).ThenBy(t => t.Key).First().Key;
                        var text = _miner.GetTemplate(riser).Text;
                        var riserLine = templates.TryGetValue(riser, out var s) && s.FirstSeen >= point.Start ? s.FirstLine : point.FirstLine;
                        yield return new LogAnomaly(
                            "",
                            AnomalyKind.TemplateMixChange,
                            Math.Round(Math.Min(1, divergence), 2),
                            point.Start,
                            point.Start + intervals.Width,
                            $"The mix of messages changed at {point.Start:yyyy-MM-dd HH:mm:ss}Z (divergence {divergence:0.00} from before); rising: '{Shorten(text)}'.",
                            riserLine == point.FirstLine ? [point.FirstLine] : [point.FirstLine, riserLine],
                            riser);
                    }
                }
            }

            previousFlagged = flagged;
            foreach (var (id, count) in point.Templates)
            {
                before[id] = before.GetValueOrDefault(id) + count;
            }

            beforeTotal += point.Total;
        }
    }

    // Jensen–Shannon divergence in bits (0 = same mix, 1 = nothing in common).
    private static double JensenShannon(Dictionary<int, long> p, double pTotal, Dictionary<int, double> q, double qTotal)
    {
        var sum = 0.0;
        foreach (var key in p.Keys.Union(q.Keys))
        {
            var a = p.GetValueOrDefault(key) / pTotal;
            var b = q.GetValueOrDefault(key) / qTotal;
            var m = (a + b) / 2;
            sum += (a > 0 ? a * Math.Log2(a / m) : 0) + (b > 0 ? b * Math.Log2(b / m) : 0);
        }

        return sum / 2;
    }

    private IntervalSet? Intervals()
    {
        if (_first is not { } first || _last is not { } last)
        {
            return null;
        }

        var span = last - first;
        var width = TimeSpan.FromTicks(Math.Max(_buckets.Width, NiceWidth(span / _options.TimelineIntervals).Ticks));
        var start = new DateTimeOffset(first.UtcTicks - (first.UtcTicks % width.Ticks), TimeSpan.Zero);
        var count = (int)Math.Min(_options.TimelineIntervals * 2, ((last - start).Ticks / width.Ticks) + 1);
        var points = Enumerable.Range(0, count).Select(i => new IntervalPoint(start + (width * i))).ToList();
        foreach (var (index, bucket) in _buckets.All)
        {
            var slot = (int)Math.Clamp(((index * _buckets.Width) - start.UtcTicks) / width.Ticks, 0, count - 1);
            points[slot].Absorb(bucket);
        }

        return new IntervalSet(start, width, points);
    }

    private static TimeSpan NiceWidth(TimeSpan raw)
    {
        TimeSpan[] steps = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1),
            TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromDays(1)];
        foreach (var step in steps)
        {
            if (step >= raw)
            {
                return step;
            }
        }

        return TimeSpan.FromDays(Math.Ceiling(raw.TotalDays));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string Describe(TimeSpan span) => span.TotalSeconds switch
    {
        < 1 => $"{span.TotalMilliseconds:0} ms",
        < 120 => $"{span.TotalSeconds:0.#} s",
        < 7200 => $"{span.TotalMinutes:0.#} min",
        < 172800 => $"{span.TotalHours:0.#} h",
        _ => $"{span.TotalDays:0.#} days",
    };

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private sealed record IntervalSet(DateTimeOffset Start, TimeSpan Width, List<IntervalPoint> Points);

    private sealed class IntervalPoint(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public long Total { get; private set; }

        public long Errors { get; private set; }

        public long Warnings { get; private set; }

        public long FirstLine { get; private set; } = long.MaxValue;

        public Dictionary<int, long> Templates { get; } = [];

        public List<long> ErrorLines { get; } = [];

        public void Absorb(TimeBuckets.Bucket bucket)
        {
            Total += bucket.Total;
            Errors += bucket.Errors;
            Warnings += bucket.Warnings;
            FirstLine = Math.Min(FirstLine, bucket.FirstLine);
            foreach (var (id, count) in bucket.Templates)
            {
                Templates[id] = Templates.GetValueOrDefault(id) + count;
            }

            ErrorLines.AddRange(bucket.ErrorLines.Take(5 - Math.Min(5, ErrorLines.Count)));
        }
    }
}
