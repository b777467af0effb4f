namespace FaultMaven.Cli;

/// <summary>A failure to report to the user as one line, with the exit code to end with. The message often quotes the server or a
/// file name, so terminal controls are taken out of it here, once for every place that prints it.</summary>
internal sealed class CliException(string message, int exitCode) : Exception(TerminalText.Clean(message))
{
    public int ExitCode { get; } = exitCode;

    /// <summary>When the server refused for now (429 or 503) and said when to come back (Retry-After), how long to wait.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
