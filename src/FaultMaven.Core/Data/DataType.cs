namespace FaultMaven.Core.Data;

/// <summary>What a piece of evidence is, as the classifier decides from its content, file name and source.</summary>
public enum DataType
{
    /// <summary>Not recognised; binary content is refused before it gets this far.</summary>
    Unknown,

    /// <summary>A log file or excerpt; the format names its layout.</summary>
    Log,

    /// <summary>A stack trace or error message on its own (not inside a log).</summary>
    StackTrace,

    /// <summary>Metrics: CSV time series, Prometheus exposition text, JSON series.</summary>
    Metrics,

    /// <summary>Configuration: YAML, JSON, TOML, INI, .env.</summary>
    Config,

    /// <summary>Kubernetes: manifests, <c>kubectl describe</c>, <c>kubectl get pods|events</c>.</summary>
    Kubernetes,

    /// <summary>HTTP traffic as a HAR archive.</summary>
    HttpArchive,

    /// <summary>Source code.</summary>
    SourceCode,

    /// <summary>Prose: documentation, runbooks, page text.</summary>
    Documentation,

    /// <summary>An alert: a notification payload (Alertmanager, Grafana, Datadog, CloudWatch), an alert as text, or a monitor table.</summary>
    Alert,
}

/// <summary>The wire names of <see cref="DataType"/>.</summary>
public static class DataTypes
{
    /// <summary>Gets the kebab-case name used by the API and the CLI.</summary>
    public static string Name(this DataType type) => type switch
    {
        DataType.Log => "log",
        DataType.StackTrace => "stack-trace",
        DataType.Metrics => "metrics",
        DataType.Config => "config",
        DataType.Kubernetes => "kubernetes",
        DataType.HttpArchive => "http-archive",
        DataType.SourceCode => "source-code",
        DataType.Documentation => "documentation",
        DataType.Alert => "alert",
        _ => "unknown",
    };
}
