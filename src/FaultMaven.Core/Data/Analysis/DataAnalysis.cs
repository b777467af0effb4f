using FaultMaven.Core.Logs.Analysis;

namespace FaultMaven.Core.Data.Analysis;

/// <summary>What the type-specific analysis of an upload found: a typed record for the agent (one of the type fields is
/// set), findings that point back to their evidence, and a short summary for a person.</summary>
public sealed record DataAnalysis
{
    /// <summary>Gets a few sentences for a person.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the findings, most severe first.</summary>
    public required IReadOnlyList<DataFinding> Findings { get; init; }

    /// <summary>Gets the log analysis, for logs.</summary>
    public LogAnalysisResult? Log { get; init; }

    /// <summary>Gets the parsed traces, for stack traces.</summary>
    public StackTraceAnalysis? StackTraces { get; init; }

    /// <summary>Gets the series statistics, for metrics.</summary>
    public MetricsAnalysis? Metrics { get; init; }

    /// <summary>Gets the parsed settings, for configuration.</summary>
    public ConfigAnalysis? Config { get; init; }

    /// <summary>Gets the workload state, for Kubernetes output.</summary>
    public KubernetesAnalysis? Kubernetes { get; init; }

    /// <summary>Gets what a JSON or YAML document (a status, an alert payload, a manifest) says about health.</summary>
    public DocumentSignals? Document { get; init; }
}
