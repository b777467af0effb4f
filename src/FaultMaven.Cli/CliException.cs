namespace FaultMaven.Cli;

/// <summary>A failure to report to the user as one line, with the exit code to end with. The message often quotes the server or a
/// file name, so terminal controls are taken out of it here, once for every place that prints it.</summary>
internal sealed class CliException(string message, int exitCode) : Exception(TerminalText.Clean(message))
{
    public int ExitCode { get; } = exitCode;
}
