using System.Diagnostics.Metrics;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;
using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Logs.Analysis;

/// <summary>
/// Streams events into counters, templates, time buckets, exception groups and id links, then reports
/// clusters and anomalies. Memory grows with templates, buckets (bounded) and tracked ids (bounded), not lines.
/// </summary>
public sealed partial class LogAnalyzer(LogAnalysisOptions? options = null)
{
    private const int ExampleLines = 3;

    private readonly LogAnalysisOptions _options = options ?? new LogAnalysisOptions();
    private readonly TemplateMiner _miner = new();
    private readonly Dictionary<int, TemplateStats> _templateStats = [];
    private readonly long[] _levels = new long[Enum.GetValues<LogSeverity>().Length];
    private readonly Dictionary<string, long> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExceptionStats> _exceptions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Id), IdStats> _ids = [];
    private readonly TimeBuckets _buckets = new();
    private readonly GapTracker _gaps = new();
    private readonly MeasureTracker _measures = new();
    private readonly CueLines _cues = new();
    private DateTimeOffset? _first;
    private DateTimeOffset? _last;
    private DateTimeOffset? _latest;
    private long _events;
    private long _outsideWindow;
    private long _withoutTime;
    private long _outOfOrder;
    private long _lastLine;
    private long _latestLine;

    /// <summary>The template miner behind the analysis.</summary>
    public TemplateMiner Miner => _miner;

    /// <summary>Adds one event.</summary>
    public void Add(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        _lastLine = Math.Max(_lastLine, logEvent.LineNumber + logEvent.LineCount - 1);
        var time = logEvent.Timestamp;
        if (_options.Since is not null || _options.Until is not null)
        {
            if (time is null || time < _options.Since || time >= _options.Until)
            {
                _outsideWindow++;
                return;
            }
        }

        _events++;
        var headline = logEvent.Headline;
        var template = _miner.Match(headline);
        var error = IsError(logEvent.Severity, headline);
        var warning = !error && logEvent.Severity == LogSeverity.Warning;
        _levels[(int)logEvent.Severity]++;

        if (!_templateStats.TryGetValue(template.Id, out var stats))
        {
            // The example keeps a structured line's error beside its message ("query failed — deadlock detected"): the quote a
            // person would give, without reading the line back from the text later.
            var newline = logEvent.Message.IndexOf('\n', StringComparison.Ordinal);
            var example = newline > 0 && headline.Length == newline ? $"{headline} — {logEvent.Message[(newline + 1)..].Split('\n', 2)[0]}" : headline;
            stats = new TemplateStats(logEvent.LineNumber, example);
            _templateStats[template.Id] = stats;
        }

        stats.Add(logEvent, error, warning);
        _measures.Add(template.Id, headline, logEvent.Numbers, logEvent.LineNumber, time);
        _cues.Add(logEvent);

        if (logEvent.Source is { Length: > 0 } source && (_sources.ContainsKey(source) || _sources.Count < 10_000))
        {
            _sources[source] = _sources.GetValueOrDefault(source) + 1;
        }

        if (time is { } t)
        {
            _first = _first is null || t < _first ? t : _first;
            _last = _last is null || t > _last ? t : _last;
            if (_latest is { } latest && t < latest - TimeSpan.FromSeconds(1))
            {
                _outOfOrder++;
            }
            else
            {
                _gaps.Add(_latest, t, _latestLine, logEvent.LineNumber);
                if (_latest is null || t >= _latest)
                {
                    _latest = t;
                    _latestLine = logEvent.LineNumber;
                }
            }

            _buckets.Add(t, template.Id, error, warning, logEvent.LineNumber);
        }
        else
        {
            _withoutTime++;
        }

        if (error || logEvent.Detail is not null)
        {
            AddException(logEvent);
        }

        Link("trace", logEvent.TraceId, logEvent, error);
        Link("request", logEvent.RequestId, logEvent, error);
    }

    private static readonly Counter<long> AnalysedEvents = FaultMavenTelemetry.Meter.CreateCounter<long>("faultmaven.logs.events", "{event}", "Log events analysed");

    /// <summary>Reads every event of <paramref name="reader"/> and reports.</summary>
    public LogAnalysisResult Analyze(LogEventReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("logs.analyze");
        while (reader.TryRead(out var logEvent))
        {
            Add(logEvent);
        }

        var result = Complete(reader, name);
        AnalysedEvents.Add(result.Input.Events, new KeyValuePair<string, object?>("layout", result.Input.Layout));
        activity?.SetTag("faultmaven.logs.layout", result.Input.Layout);
        activity?.SetTag("faultmaven.logs.events", result.Input.Events);
        activity?.SetTag("faultmaven.logs.templates", result.TemplateCount);
        activity?.SetTag("faultmaven.logs.anomalies", result.Anomalies.Count);
        return result;
    }

    // Logs without levels still say when something failed.
    private static bool IsError(LogSeverity severity, string headline) =>
        severity >= LogSeverity.Error || (severity == LogSeverity.Unknown && ErrorWords().IsMatch(headline));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:error|exception|fatal|panic|fail(?:ed|ure|ing)?|refused|denied|timed out|timeout|unreachable|crash(?:ed)?|abort(?:ed)?|killed|oom)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ErrorWords();

    private void AddException(LogEvent logEvent)
    {
        if (ExceptionExtractor.Extract(logEvent.Message, logEvent.Detail) is not { } found)
        {
            return;
        }

        var key = found.Frames.Count == 0 ? found.Type : $"{found.Type}|{string.Join('|', found.Frames)}";
        if (!_exceptions.TryGetValue(key, out var stats))
        {
            if (_exceptions.Count >= 10_000)
            {
                return;
            }

            stats = new ExceptionStats(found.Type, found.Message, found.Frames);
            _exceptions[key] = stats;
        }

        stats.Add(logEvent);
    }

    private void Link(string kind, string? id, LogEvent logEvent, bool error)
    {
        if (string.IsNullOrEmpty(id))
        {
            return;
        }

        if (!_ids.TryGetValue((kind, id), out var stats))
        {
            if (_ids.Count >= _options.MaxTrackedIds)
            {
                return;
            }

            stats = new IdStats();
            _ids[(kind, id)] = stats;
        }

        stats.Add(logEvent, error);
    }

    private sealed class TemplateStats(long firstLine, string example)
    {
        public long Count { get; private set; }

        public long Errors { get; private set; }

        public long Warnings { get; private set; }

        public LogSeverity MaxSeverity { get; private set; }

        public DateTimeOffset? FirstSeen { get; private set; }

        public DateTimeOffset? LastSeen { get; private set; }

        public long FirstLine { get; private set; } = firstLine;

        public long LastLine { get; private set; }

        public List<long> Examples { get; } = [];

        public string Example { get; private set; } = example;

        public void Add(LogEvent e, bool error, bool warning)
        {
            Count++;
            Errors += error ? 1 : 0;
            Warnings += warning ? 1 : 0;
            MaxSeverity = e.Severity > MaxSeverity ? e.Severity : MaxSeverity;
            if (e.Timestamp is { } t)
            {
                FirstSeen = FirstSeen is null || t < FirstSeen ? t : FirstSeen;
                LastSeen = LastSeen is null || t > LastSeen ? t : LastSeen;
            }

            FirstLine = Math.Min(FirstLine, e.LineNumber);
            LastLine = Math.Max(LastLine, e.LineNumber);
            if (Examples.Count < ExampleLines)
            {
                Examples.Add(e.LineNumber);
            }
        }

        public void Absorb(TemplateStats other)
        {
            Count += other.Count;
            Errors += other.Errors;
            Warnings += other.Warnings;
            MaxSeverity = other.MaxSeverity > MaxSeverity ? other.MaxSeverity : MaxSeverity;
            FirstSeen = Min(FirstSeen, other.FirstSeen);
            LastSeen = Max(LastSeen, other.LastSeen);
            if (other.FirstLine < FirstLine)
            {
                Example = other.Example;
            }

            FirstLine = Math.Min(FirstLine, other.FirstLine);
            LastLine = Math.Max(LastLine, other.LastLine);
            Examples.AddRange(other.Examples);
            Examples.Sort();
            if (Examples.Count > ExampleLines)
            {
                Examples.RemoveRange(ExampleLines, Examples.Count - ExampleLines);
            }
        }
    }

    private sealed class ExceptionStats(string type, string message, List<string> frames)
    {
        public string Type { get; } = type;

        public string Message { get; } = message;

        public List<string> Frames { get; } = frames;

        public long Count { get; private set; }

        public DateTimeOffset? FirstSeen { get; private set; }

        public DateTimeOffset? LastSeen { get; private set; }

        public List<long> Lines { get; } = [];

        public void Add(LogEvent e)
        {
            Count++;
            FirstSeen = Min(FirstSeen, e.Timestamp);
            LastSeen = Max(LastSeen, e.Timestamp);
            if (Lines.Count < ExampleLines)
            {
                Lines.Add(e.LineNumber);
            }
        }
    }

    private sealed class IdStats
    {
        public long Events { get; private set; }

        public long Errors { get; private set; }

        public DateTimeOffset? FirstSeen { get; private set; }

        public DateTimeOffset? LastSeen { get; private set; }

        public List<long> Lines { get; } = [];

        public void Add(LogEvent e, bool error)
        {
            Events++;
            Errors += error ? 1 : 0;
            FirstSeen = Min(FirstSeen, e.Timestamp);
            LastSeen = Max(LastSeen, e.Timestamp);
            if (Lines.Count < 10)
            {
                Lines.Add(e.LineNumber);
            }
        }
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
