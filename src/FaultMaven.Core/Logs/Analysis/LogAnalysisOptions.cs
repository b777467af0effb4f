namespace FaultMaven.Core.Logs.Analysis;

/// <summary>What the analysis looks at and how much it reports.</summary>
public sealed class LogAnalysisOptions
{
    /// <summary>Only events at or after this time (events without a time are then left out).</summary>
    /// <value>null (no lower bound).</value>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only events before this time.</summary>
    /// <value>null (no upper bound).</value>
    public DateTimeOffset? Until { get; init; }

    /// <summary>How many entries each list (templates aside) reports at most.</summary>
    /// <value>20.</value>
    public int TopCount { get; init; } = 20;

    /// <summary>How many templates the result lists at most (error and warning templates always).</summary>
    /// <value>100.</value>
    public int TemplateCount { get; init; } = 100;

    /// <summary>How many intervals the timeline has.</summary>
    /// <value>60.</value>
    public int TimelineIntervals { get; init; } = 60;

    /// <summary>How many trace/request ids are tracked at once (memory bound).</summary>
    /// <value>50,000.</value>
    public int MaxTrackedIds { get; init; } = 50_000;
}
