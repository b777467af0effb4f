namespace FaultMaven.Core.Logs.Analysis;

/// <summary>The kinds of anomaly the log engine looks for.</summary>
public enum AnomalyKind
{
    /// <summary>Many more errors in an interval than the log's own baseline.</summary>
    ErrorBurst,

    /// <summary>The first occurrence of an error template.</summary>
    FirstError,

    /// <summary>No events for far longer than usual.</summary>
    Silence,

    /// <summary>The mix of templates in an interval differs sharply from what came before.</summary>
    TemplateMixChange,
}

/// <summary>Something that stands out, with a severity from 0 to 1 and the lines that show it.</summary>
/// <param name="Id">A short id (A1, A2…) in time order, for citing.</param>
/// <param name="Kind">What kind of anomaly.</param>
/// <param name="Severity">How much it stands out, 0–1.</param>
/// <param name="Start">When it starts (UTC), when the log has times.</param>
/// <param name="End">When it ends.</param>
/// <param name="Summary">One readable sentence.</param>
/// <param name="EvidenceLines">1-based line numbers that show it.</param>
/// <param name="TemplateId">The template concerned, if one.</param>
public sealed record LogAnomaly(
    string Id,
    AnomalyKind Kind,
    double Severity,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    string Summary,
    IReadOnlyList<long> EvidenceLines,
    int? TemplateId);
