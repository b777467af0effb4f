namespace FaultMaven.Cli;

/// <summary>A failure to report to the user as one line, with the exit code to end with.</summary>
internal sealed class CliException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
