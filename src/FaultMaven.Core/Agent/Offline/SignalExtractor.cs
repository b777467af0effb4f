using System.Text.Json;
using System.Text.RegularExpressions;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Logs.Analysis;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>Reads every analysis of a case for signals of failure: log templates (at any level — a crashing container often says
/// why in a plain line), exceptions, stack traces, Kubernetes, metrics and configuration findings. Log quotes come from the
/// stored redacted line itself, so a JSON line's <c>error</c> field is quoted with its message.</summary>
internal static partial class SignalExtractor
{
    private const int QuoteLength = 240;
    private const int MaxScanned = 20;

    public static async Task<List<Signal>> ExtractAsync(IReadOnlyList<CaseEvidence> evidence, CancellationToken cancellationToken)
    {
        var signals = new List<Signal>();
        foreach (var item in evidence)
        {
            var analysis = item.Analysis;
            var before = signals.Count;
            if (analysis.Log is { } log)
            {
                signals.AddRange(await FromLogAsync(item, log, cancellationToken));
            }

            if (analysis.StackTraces is { } traces)
            {
                signals.AddRange(traces.Groups.Select(g => Exception(item, g.Type, g.Message, g.Occurrences.Count > 0 ? Cite(item, g.Occurrences[0]) : Upload(item), g.Count)));
            }

            if (analysis.Metrics is { } metrics)
            {
                signals.AddRange(FromMetrics(item, metrics));
            }

            // Log findings are the templates above, metric findings the events just read; the others speak through their findings.
            foreach (var finding in analysis.Findings.Where(f => analysis.Log is null && analysis.Metrics is null && f.Severity != FindingSeverity.Info))
            {
                var reading = FailureVocabulary.Read(finding.Title);
                if (reading is null && finding.Severity != FindingSeverity.Error && analysis.Config is null)
                {
                    continue;
                }

                var signal = FromText(item, finding.Title, new EvidenceRef(EvidenceKind.Finding, $"{item.Upload.Id}/{finding.Id}"), finding.Severity == FindingSeverity.Error ? 1.0 : 0.6, 1);
                signals.Add(analysis.Config is not null && reading is null
                    ? signal with { Category = CauseCategory.ConfigurationError, Strength = 0.5, Label = "a setting looks wrong" }
                    : signal with { Component = PodName(finding.Title) ?? signal.Component });
            }

            // Whatever its type, an upload's own lines may name the cause in words its analysis does not list (a job's one-line
            // log, a status document's message field, an Argo CD sync result).
            if (analysis.Log is null)
            {
                signals.AddRange(await ScanAsync(item, signals[before..], cancellationToken));
            }
        }

        return signals.Where(s => s.Strength > 0).ToList();
    }

    /// <summary>Metric moves read by what the series measures and which way is bad: free space or memory falling, usage, latency,
    /// errors or connections rising. A "free" series that bottoms out near zero is an exhaustion in its own right.</summary>
    private static IEnumerable<Signal> FromMetrics(CaseEvidence item, MetricsAnalysis metrics)
    {
        foreach (var change in metrics.Events)
        {
            if (MetricReading(change.Series, change.Value, change.Baseline) is not { } reading)
            {
                continue;
            }

            var verb = change.Kind == "spike" ? "spiked to" : "moved to";
            yield return FromText(item, $"{change.Series} {verb} {Number(change.Value)} from a baseline of {Number(change.Baseline)}", Cite(item, change.Evidence), 0.6, 1) with
            {
                Category = reading.Category,
                Strength = reading.Strength,
                Label = reading.Label,
                FirstSeen = change.Time,
                LastSeen = change.Time,
                Component = null,
            };
        }

        foreach (var series in metrics.Series.Where(s => IsFree(s.Name) && s.Max > 0 && s.Min <= s.Max * 0.02 && s.Last <= s.First * 0.1))
        {
            var reading = MetricReading(series.Name, series.Min, series.Max);
            yield return FromText(item, $"{series.Name} fell from {Number(series.First)} to {Number(series.Last)} (minimum {Number(series.Min)})", Upload(item), 1.0, 1) with
            {
                Category = CauseCategory.ResourceExhaustion,
                Strength = 0.9,
                Label = reading?.Label ?? "a resource ran out",
                FirstSeen = series.Start,
                LastSeen = series.End,
                Component = null,
            };
        }
    }

    private static (CauseCategory Category, double Strength, string Label)? MetricReading(string series, double value, double baseline)
    {
        var free = IsFree(series);
        if (free ? value >= baseline : value <= baseline)
        {
            return null;
        }

        var name = series.ToLowerInvariant();
        return name switch
        {
            _ when name.Contains("replica", StringComparison.Ordinal) && name.Contains("lag", StringComparison.Ordinal) => (CauseCategory.ResourceExhaustion, 0.7, "a replica falls behind its primary"),
            _ when StorageMetric().IsMatch(name) && !NotSpace().IsMatch(name) => (CauseCategory.ResourceExhaustion, free && value <= baseline * 0.1 ? 0.9 : 0.7, "storage is running out"),
            _ when MemoryMetric().IsMatch(name) => (CauseCategory.ResourceExhaustion, free && value <= baseline * 0.1 ? 0.85 : 0.6, "memory is running out"),
            _ when name.Contains("connection", StringComparison.Ordinal) || name.Contains("pool", StringComparison.Ordinal) => (CauseCategory.ResourceExhaustion, 0.55, "connections pile up"),
            _ when name.Contains("cpu", StringComparison.Ordinal) => (CauseCategory.ResourceExhaustion, 0.5, "CPU is saturated"),
            _ when ErrorMetric().IsMatch(name) => (CauseCategory.Unknown, 0.4, "errors rise"),
            _ when LatencyMetric().IsMatch(name) => (CauseCategory.Unknown, 0.4, "latency rises"),
            _ => (CauseCategory.Unknown, 0.3, "a metric moves"),
        };
    }

    /// <summary>Whether a series is bad when it falls (free space, available memory, healthy hosts) rather than when it rises.</summary>
    internal static bool IsFree(string series) =>
        series.Contains("free", StringComparison.OrdinalIgnoreCase) || series.Contains("available", StringComparison.OrdinalIgnoreCase) || series.Contains("healthy", StringComparison.OrdinalIgnoreCase);

    /// <summary>A metric value as a person reads it: thousands separated when large, at most three decimals otherwise.</summary>
    internal static string Number(double value) => Math.Abs(value) >= 1e6 ? value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) : value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<Signal>> FromLogAsync(CaseEvidence item, LogAnalysisResult log, CancellationToken cancellationToken)
    {
        var templates = log.ErrorClusters.Concat(log.WarningClusters).Concat(log.Templates).Concat(log.RareTemplates).Concat(log.NewTemplates)
            .DistinctBy(t => t.Id).ToList();
        // The stored lines themselves quote best (a JSON line's fields); a large log is not read back per turn: its examples, kept at
        // upload, stand in.
        var lines = item.Upload.Characters <= Readings.EvidenceText.MaxCharacters
            ? await ReadLinesAsync(item.Text, templates.Select(t => t.FirstLine).ToHashSet(), cancellationToken)
            : [];
        // A log written by one program names its component even when its file name does not.
        var events = log.Input.Events;
        var dominant = log.Sources is [var first, ..] && events > 0 && first.Count >= events * 0.8 && ServiceNames.IsSource(first.Name) ? first.Name : null;
        var signals = new List<Signal>();
        foreach (var template in templates)
        {
            var raw = lines.GetValueOrDefault(template.FirstLine) ?? template.Example;
            var (quote, component) = Quote(raw);
            var level = Loudness(template.Level);
            var reading = FailureVocabulary.Read(quote);
            if (reading is null && level < 1.0)
            {
                continue;
            }

            signals.Add(FromText(item, quote, Cite(item, EvidenceRange.Lines(template.FirstLine, template.LastLine)), level, template.Count) with
            {
                FirstSeen = template.FirstSeen,
                LastSeen = template.LastSeen,
                Component = (ServiceNames.IsSource(component) ? component : null) ?? ComponentFromName(item.Name) ?? dominant,
            });
        }

        signals.AddRange(Readings.MeasureReading.Read(item, log, ComponentFromName(item.Name) ?? dominant));
        signals.AddRange(await ScanAsync(item, signals, cancellationToken));
        signals.AddRange(log.Exceptions.Select(group => Exception(item, group.Type, group.Message, group.ExampleLines.Count > 0 ? Cite(item, EvidenceRange.Line(group.ExampleLines[0])) : Upload(item), group.Count) with
        {
            FirstSeen = group.FirstSeen,
            LastSeen = group.LastSeen,
        }));
        return signals;
    }

    /// <summary>An exception or stack trace: a defect in the code, unless its type and message name another cause outright
    /// (UnknownHostException, OutOfMemoryError, "connection refused").</summary>
    private static Signal Exception(CaseEvidence item, string type, string message, EvidenceRef evidence, long count)
    {
        var signal = FromText(item, $"{type}: {message}", evidence, 1.0, count);
        return signal.Strength > 0.75 ? signal : signal with { Category = CauseCategory.CodeDefect };
    }

    /// <summary>Lines that name a cause but whose template the analysis did not list (one plain line among tens of thousands):
    /// the whole redacted text is read, lines are pre-filtered by cue words and only those are read closely.</summary>
    private static async Task<List<Signal>> ScanAsync(CaseEvidence item, List<Signal> known, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Signal>(StringComparer.Ordinal);
        var seen = known.Select(s => Shape(s.Quote)).ToHashSet(StringComparer.Ordinal);
        await foreach (var (first, last, count, line) in CueLinesAsync(item, cancellationToken))
        {
            var (quote, component) = Quote(line);
            var shape = Shape(quote);
            if (seen.Contains(shape) || FailureVocabulary.Read(quote) is not { Strength: >= 0.8 })
            {
                continue;
            }

            if (found.TryGetValue(shape, out var existing))
            {
                found[shape] = existing with { Count = existing.Count + count, Evidence = existing.Evidence with { EndLine = (int)last } };
            }
            else if (found.Count < MaxScanned)
            {
                // The line's own level word, when it has one (a continuation line or a trace span carries no parsed level).
                var level = LevelWord().Match(line) is { Success: true } word ? word.Value.StartsWith('W') || word.Value.StartsWith('w') ? 0.6 : 1.0 : Loudness(null);
                found[shape] = FromText(item, quote, new EvidenceRef(EvidenceKind.Upload, item.Upload.Id, (int)first, (int)last), level, count) with
                {
                    Component = component ?? ComponentFromName(item.Name),
                };
            }
        }

        return [.. found.Values];
    }

    /// <summary>The lines with cue words: collected at upload by the log analysis (nothing is re-read per turn), else — uploads of other
    /// types, or stored before the analysis kept them — read from the first <see cref="Readings.EvidenceText.MaxCharacters"/> of the text.</summary>
    private static async IAsyncEnumerable<(long First, long Last, long Count, string Line)> CueLinesAsync(CaseEvidence item, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (item.Analysis.Log?.CueLines is { } collected)
        {
            foreach (var cue in collected)
            {
                yield return (cue.FirstLine, cue.LastLine, cue.Count, cue.Text);
            }

            yield break;
        }

        if (!item.Text.Exists)
        {
            yield break;
        }

        var read = 0L;
        await foreach (var (number, line) in Model.BoundedLineReader.ReadAsync(item.Text, cancellationToken))
        {
            read += line.Length + 1;
            if (read > Readings.EvidenceText.MaxCharacters)
            {
                yield break;
            }

            if (CueLines.HasCue(line))
            {
                yield return (number, number, 1, line);
            }
        }
    }

    /// <summary>How loud a level is: error 1, warning 0.6, info and below 0.5. A line with no level at all (a job's stderr, a
    /// status message) is not quiet for that: 0.8.</summary>
    private static double Loudness(string? level) => level switch
    {
        "error" or "fatal" or "critical" => 1.0,
        "warning" => 0.6,
        "info" or "debug" or "trace" or "notice" => 0.5,
        _ => 0.8,
    };

    /// <summary>A line's shape: digits and hex runs folded, so repeats of one message with other numbers count as one.</summary>
    private static string Shape(string quote) => CueLines.Shape(quote);

    internal static Signal FromText(CaseEvidence item, string text, EvidenceRef evidence, double level, long count)
    {
        var reading = FailureVocabulary.Read(text);
        return new Signal
        {
            Quote = text.Length > QuoteLength ? text[..QuoteLength] + "…" : text,
            Source = item.Name,
            Evidence = evidence,
            Category = reading?.Category ?? CauseCategory.Unknown,
            Strength = reading?.Strength ?? 0.3,
            Label = reading?.Label ?? "something fails",
            Level = level,
            Count = Math.Max(1, count),
            Component = ComponentFromName(item.Name),
        };
    }

    private static EvidenceRef Upload(CaseEvidence item) => new(EvidenceKind.Upload, item.Upload.Id);

    private static EvidenceRef Cite(CaseEvidence item, EvidenceRange range) => range.Unit == "line"
        ? new EvidenceRef(EvidenceKind.Upload, item.Upload.Id, (int)range.First, (int)range.Last)
        : new EvidenceRef(EvidenceKind.Upload, item.Upload.Id);

    /// <summary>A log line as a person would quote it: a JSON event's message and error, or the text after its timestamp; with the
    /// service or component the line names.</summary>
    internal static (string Quote, string? Component) Quote(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(trimmed);
                string? Field(params string[] names) => names.Select(n => json.RootElement.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                    .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
                var message = Field("message", "msg", "MESSAGE", "log", "text");
                var error = Field("error", "err", "exception", "reason", "error_message", "detail");
                var component = Field("service", "component", "app", "logger", "job");
                var quote = message is null ? error ?? trimmed : error is null || message.Contains(error, StringComparison.Ordinal) ? message : $"{message} — {error}";
                return (quote, component);
            }
            catch (JsonException)
            {
                // Not JSON after all: quoted as text.
            }
        }

        var service = ServiceField().Match(trimmed);
        var reference = service.Success ? service : ObjectReference().Match(trimmed);
        var name = reference.Success ? reference.Groups[1].Success ? reference.Groups[1].Value : reference.Groups[2].Value : null;
        return (LeadingTimestamp().Replace(trimmed, ""), name);
    }

    /// <summary>The component a file is named after: <c>logs-payments-api.log</c>, <c>kubectl-describe-pod-worker-5d8f-x2x9q.txt</c>,
    /// <c>worker-5d8f7c9b6-x2x9q.log</c>; null for names that say what the file is rather than whose (<c>rds-events.log</c>).</summary>
    private static string? ComponentFromName(string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var named = LogPrefix().Match(stem);
        if (named.Success)
        {
            // "kubectl-describe-pods", "kubectl-get-events-warnings": a listing of many objects names none of them.
            return stem[named.Length..] is { Length: > 0 } rest && !KindWords().IsMatch(rest) ? rest : null;
        }

        return PodLike().IsMatch(stem) ? stem : null;
    }

    private static string? PodName(string title) => PodInTitle().Match(title) is { Success: true } m ? m.Groups[1].Value : null;

    private static async Task<Dictionary<long, string>> ReadLinesAsync(StoredText text, HashSet<long> wanted, CancellationToken cancellationToken)
    {
        var lines = new Dictionary<long, string>();
        if (wanted.Count == 0 || !text.Exists)
        {
            return lines;
        }

        using var reader = new StreamReader(text.OpenRead());
        var number = 0L;
        var last = wanted.Max();
        while (number < last && await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (wanted.Contains(++number))
            {
                lines[number] = line;
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^\[?\d{4}-\d\d-\d\d[T ][\d:.,]+(?:Z|[+-]\d\d:?\d\d)?\]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTimestamp();

    [GeneratedRegex(@"\b(?:service|component|app)[=:]\s*""?([\w.-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceField();

    // An event row names its object as kind/name: pod/indexer-6d9f8b7c5-q2w4e, Node/ip-10-0-1-7.
    [GeneratedRegex(@"\b(?:pod|node|deployment|job|statefulset|daemonset|replicaset|cronjob)[/=]([a-z0-9][a-z0-9.-]{1,252})|\bin pod ([a-z0-9][a-z0-9.]*-[a-z0-9.-]*[0-9][a-z0-9.-]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ObjectReference();

    [GeneratedRegex(@"^(?:logs?|kubectl-(?:describe|get|logs|events|top)(?:-(?:pods?|jobs?|deployments?|deploy|nodes?|statefulsets?|daemonsets?|services?|svc|events|cronjobs?|replicasets?|namespaces?))?)[-_]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LogPrefix();

    [GeneratedRegex(@"^(?:pods?|nodes?|events?|deployments?|jobs?|services?|all|warnings?|default|namespaces?)(?:-(?:pods?|nodes?|events?|warnings?|all|default|wide))*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindWords();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*-[a-z0-9]{5,10}-[a-z0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PodLike();

    [GeneratedRegex(@"\b(?:ERROR|FATAL|CRITICAL|SEVERE|WARN|WARNING)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"storage|disk|volume|inode|filesystem")]
    private static partial Regex StorageMetric();

    [GeneratedRegex(@"queue|iops|throughput|latency|ops\b")]
    private static partial Regex NotSpace();

    [GeneratedRegex(@"memory|heap|swap")]
    private static partial Regex MemoryMetric();

    [GeneratedRegex(@"error|fault|5xx|fail")]
    private static partial Regex ErrorMetric();

    [GeneratedRegex(@"latency|duration|queue|lag|wait")]
    private static partial Regex LatencyMetric();

    [GeneratedRegex(@"\b[Pp]od/?\s*([a-z0-9][a-z0-9.-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PodInTitle();
}
