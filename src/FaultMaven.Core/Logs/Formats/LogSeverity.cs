namespace FaultMaven.Core.Logs.Formats;

/// <summary>A log level normalised across formats.</summary>
public enum LogSeverity
{
    /// <summary>No level could be read.</summary>
    Unknown = 0,

    /// <summary>TRACE, VERBOSE, FINEST.</summary>
    Trace,

    /// <summary>DEBUG, FINE.</summary>
    Debug,

    /// <summary>INFO, NOTICE; HTTP 1xx–3xx.</summary>
    Info,

    /// <summary>WARN, WARNING; HTTP 4xx.</summary>
    Warning,

    /// <summary>ERROR, SEVERE, FAIL; HTTP 5xx.</summary>
    Error,

    /// <summary>FATAL, CRITICAL, ALERT, EMERGENCY, PANIC.</summary>
    Fatal,
}
