namespace FaultMaven.Core.Logs.Analysis;

/// <summary>Everything the log engine found in one input: what was read, what is in it, and what went wrong when. Serialisable.</summary>
public sealed record LogAnalysisResult
{
    /// <summary>How the input was read.</summary>
    public required LogInputSummary Input { get; init; }

    /// <summary>The first and last event timestamps (UTC), when the log has any.</summary>
    public DateTimeOffset? FirstTimestamp { get; init; }

    /// <summary>The last event timestamp (UTC).</summary>
    public DateTimeOffset? LastTimestamp { get; init; }

    /// <summary>Events per normalised level (trace … fatal, unknown).</summary>
    public required IReadOnlyDictionary<string, long> Levels { get; init; }

    /// <summary>The busiest sources (logger, component, program).</summary>
    public required IReadOnlyList<NamedCount> Sources { get; init; }

    /// <summary>Number of distinct templates.</summary>
    public int TemplateCount { get; init; }

    /// <summary>The most frequent templates, with all error and warning templates.</summary>
    public required IReadOnlyList<TemplateSummary> Templates { get; init; }

    /// <summary>Templates of error or fatal events, most frequent first.</summary>
    public required IReadOnlyList<TemplateSummary> ErrorClusters { get; init; }

    /// <summary>Templates of warning events, most frequent first.</summary>
    public required IReadOnlyList<TemplateSummary> WarningClusters { get; init; }

    /// <summary>Exceptions grouped by type and top frames.</summary>
    public required IReadOnlyList<ExceptionGroup> Exceptions { get; init; }

    /// <summary>Templates first seen late in the log (after its first fifth).</summary>
    public required IReadOnlyList<TemplateSummary> NewTemplates { get; init; }

    /// <summary>Templates seen very few times.</summary>
    public required IReadOnlyList<TemplateSummary> RareTemplates { get; init; }

    /// <summary>Totals, errors and warnings per interval.</summary>
    public Timeline? Timeline { get; init; }

    /// <summary>Lines with words that can name a cause, at any level, collected at upload (null in analyses stored before they were).</summary>
    public IReadOnlyList<CueLine>? CueLines { get; init; }

    /// <summary>Quantities the messages state (durations, sizes, percentages) per template, with their trend over the log.</summary>
    public IReadOnlyList<MeasureSeries> Measures { get; init; } = [];

    /// <summary>What stands out, by time: bursts, first errors, silences, template-mix changes.</summary>
    public required IReadOnlyList<LogAnomaly> Anomalies { get; init; }

    /// <summary>The first significant anomaly: where the incident most likely began.</summary>
    public LogAnomaly? IncidentStart { get; init; }

    /// <summary>Trace and request ids that link several events, those with errors first.</summary>
    public required IReadOnlyList<LinkedEvents> Traces { get; init; }
}

/// <summary>How the input was read.</summary>
public sealed record LogInputSummary
{
    /// <summary>The file name, or "-" for standard input.</summary>
    public required string Name { get; init; }

    /// <summary>Detected encoding.</summary>
    public required string Encoding { get; init; }

    /// <summary>Whether it was gzip-compressed.</summary>
    public bool Compressed { get; init; }

    /// <summary>The layout it was read with.</summary>
    public required string Layout { get; init; }

    /// <summary>Share of sampled lines the layout read.</summary>
    public double LayoutShare { get; init; }

    /// <summary>Lines read.</summary>
    public long Lines { get; init; }

    /// <summary>Events (lines with their continuation lines).</summary>
    public long Events { get; init; }

    /// <summary>Events left out by the time window.</summary>
    public long EventsOutsideWindow { get; init; }

    /// <summary>Events without a readable timestamp.</summary>
    public long EventsWithoutTimestamp { get; init; }

    /// <summary>Events earlier than one before them by more than a second.</summary>
    public long OutOfOrderEvents { get; init; }

    /// <summary>Lines joined to the event before them.</summary>
    public long ContinuationLines { get; init; }

    /// <summary>Lines read by a layout other than the detected one (mixed files).</summary>
    public long OtherLayoutLines { get; init; }

    /// <summary>Blank lines.</summary>
    public long BlankLines { get; init; }

    /// <summary>Lines cut at the length limit.</summary>
    public long TruncatedLines { get; init; }

    /// <summary>Events not mined into a template of their own because the miner's template limit was reached (they are counted
    /// under one template that says so).</summary>
    public long UnminedEvents { get; init; }

    /// <summary>Bytes invalid in the detected encoding.</summary>
    public long InvalidBytes { get; init; }

    /// <summary>What the reader wants the user to know (damaged input, cut lines…).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}

/// <summary>A name with a count.</summary>
public sealed record NamedCount(string Name, long Count);

/// <summary>A mined template and where it occurs.</summary>
public sealed record TemplateSummary(
    int Id,
    string Template,
    long Count,
    string Level,
    long Errors,
    long Warnings,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    long FirstLine,
    long LastLine,
    IReadOnlyList<long> ExampleLines,
    string Example);

/// <summary>Exceptions of one type with the same top frames.</summary>
public sealed record ExceptionGroup(
    string Type,
    string Message,
    IReadOnlyList<string> Frames,
    long Count,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<long> ExampleLines);

/// <summary>Events per interval.</summary>
public sealed record Timeline(DateTimeOffset Start, double IntervalSeconds, IReadOnlyList<TimelinePoint> Points);

/// <summary>One interval of the timeline.</summary>
public sealed record TimelinePoint(DateTimeOffset Start, long Total, long Errors, long Warnings);

/// <summary>Events that share a trace or request id.</summary>
public sealed record LinkedEvents(string Kind, string Id, long Events, long Errors, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen, IReadOnlyList<long> Lines);
